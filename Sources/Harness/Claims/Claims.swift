import Foundation

/// The numbers a paper reports for one experiment, read from the `claims.json`
/// beside its code so a reviewer can read them without reading Swift.
///
/// ```json
/// {"claims": [
///   {"key": "accuracy.test.r2", "claim": "Accuracy surrogate test R²",
///    "paper": 0.984, "tolerance": 0.009, "where": "repo README example"},
///   {"key": "accuracy.cifar100", "claim": "Best-state accuracy", "paper": 66.6,
///    "where": "README table", "not_reproducible": "needs 30 epochs of CIFAR-100 per state"}
/// ]}
/// ```
public struct ClaimFile: Codable, Sendable, Equatable {
    /// The claims, in the order the site lists them.
    public var claims: [Claim]

    /// Creates a claim file.
    public init(claims: [Claim]) { self.claims = claims }

    /// Reads and validates a `claims.json`; errors name the file and the claim.
    public static func load(from url: URL) throws -> ClaimFile {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw HarnessError.missingInput(path: url.path, hint: "every experiment folder needs a claims.json")
        }
        let file: ClaimFile
        do { file = try JSONDecoder().decode(ClaimFile.self, from: data) } catch {
            throw HarnessError.malformedInput(path: url.path, location: "", reason: describeDecodingError(error))
        }
        for (index, claim) in file.claims.enumerated() {
            if claim.notReproducible == nil && claim.paper == nil {
                throw HarnessError.malformedInput(
                    path: url.path, location: "claims[\(index)]",
                    reason: "claim '\(claim.key)' needs a paper value or a not_reproducible reason")
            }
        }
        let keys = file.claims.map(\.id)
        if let duplicate = keys.first(where: { key in keys.filter { $0 == key }.count > 1 }) {
            throw HarnessError.malformedInput(path: url.path, location: "", reason: "duplicate claim '\(duplicate)'")
        }
        return file
    }
}

/// One number the paper reports, the key of the number we compute for it, and
/// how close ours must be.
public struct Claim: Codable, Sendable, Equatable {
    /// How the reproduced value is compared with the paper's.
    public enum Comparison: String, Codable, Sendable {
        /// |reproduced − paper| ≤ tolerance.
        case within
        /// reproduced ≥ paper − tolerance.
        case atLeast = "at_least"
        /// reproduced ≤ paper + tolerance.
        case atMost = "at_most"
    }

    /// The key of the computed number in ``RunResult/numbers``.
    public var key: String
    /// What the number is, in words.
    public var claim: String
    /// The paper's value (absent only for claims not reproducible here).
    public var paper: Double?
    /// Absolute tolerance (default 0).
    public var tolerance: Double?
    /// Tolerance relative to |paper| (e.g. 0.05 for 5 %); added to ``tolerance``.
    public var relativeTolerance: Double?
    /// How to compare (default ``Comparison/within``).
    public var comparison: Comparison?
    /// How our number was obtained: recomputed by our engines, replotted from the
    /// authors' released results, or a bar we set.
    public var evidence: Evidence
    /// What kind of number ``paper`` is: printed by the authors, read off a figure,
    /// derived by us from released files, or a threshold of ours.
    public var source: SourceKind
    /// What the tolerance rests on (required for every judged claim).
    public var basis: ToleranceBasis?
    /// The variant of the experiment the claim belongs to (e.g. `recomputed`); nil for the
    /// experiment itself. A variant runs as its own experiment, `<paper>/<name>/<variant>`.
    public var variant: String?
    /// Unit of the values, e.g. `s`, `%`, `×`.
    public var unit: String?
    /// Where the paper reports it: figure, table, section, README.
    public var `where`: String
    /// Why the tolerance is what it is.
    public var why: String?
    /// Set when the claim cannot be checked here, with the reason.
    public var notReproducible: String?
    /// Distinguishes two claims on the same key (defaults to the key).
    public var name: String?

    enum CodingKeys: String, CodingKey {
        case key, claim, paper, tolerance, comparison, unit, `where`, why, name, evidence, source, basis, variant
        case relativeTolerance = "relative_tolerance"
        case notReproducible = "not_reproducible"
    }

    /// Creates a claim.
    public init(
        key: String, claim: String, paper: Double?, tolerance: Double? = nil,
        relativeTolerance: Double? = nil, comparison: Comparison? = nil, unit: String? = nil,
        where location: String, why: String? = nil, notReproducible: String? = nil, name: String? = nil,
        evidence: Evidence = .recomputed, source: SourceKind = .paper, basis: ToleranceBasis? = nil,
        variant: String? = nil
    ) {
        self.evidence = evidence
        self.source = source
        self.basis = basis
        self.variant = variant
        self.key = key
        self.claim = claim
        self.paper = paper
        self.tolerance = tolerance
        self.relativeTolerance = relativeTolerance
        self.comparison = comparison
        self.unit = unit
        self.where = location
        self.why = why
        self.notReproducible = notReproducible
        self.name = name
    }

    /// A unique name within the experiment.
    public var id: String { name ?? key }

    /// The allowed distance from the paper's value.
    public var allowance: Double {
        (tolerance ?? 0) + (relativeTolerance ?? 0) * abs(paper ?? 0)
    }

    /// Digits after the decimal point that tell apart two values one ``allowance`` apart (one
    /// more than the allowance's first significant digit), so that a miss by less than six
    /// significant digits can show is still visible; nil without an allowance.
    public var resolvingDecimals: Int? {
        let step = allowance
        guard step > 0, step.isFinite else { return nil }
        return max(0, Int((-log10(step)).rounded(.up)) + 1)
    }

    /// The tolerance in words, e.g. `±0.01`, `≥ 0.90`.
    public var toleranceText: String {
        guard let paper else { return "" }
        switch comparison ?? .within {
        case .within: return "±\(formatNumber(allowance))"
        case .atLeast: return "≥ \(formatNumber(paper - allowance))"
        case .atMost: return "≤ \(formatNumber(paper + allowance))"
        }
    }

    /// Judges this claim against the numbers of a run at `scale` (nil: never run).
    public func judge(numbers: [String: Double]?, scale: Scale?) -> ClaimVerdict {
        if let reason = notReproducible {
            return ClaimVerdict(claim: self, reproduced: numbers?[key], verdict: .notReproducible, explanation: reason)
        }
        guard let numbers, let scale else {
            return ClaimVerdict(claim: self, reproduced: nil, verdict: .notRun, explanation: "no run yet")
        }
        guard let value = numbers[key], let paper else {
            return ClaimVerdict(
                claim: self, reproduced: nil, verdict: scale == .paper ? .miss : .notJudged,
                explanation: "the run computed no number '\(key)'")
        }
        if scale != .paper {
            return ClaimVerdict(
                claim: self, reproduced: value, verdict: .notJudged,
                explanation: "computed at \(scale) scale; claims are judged at paper scale")
        }
        let passes: Bool
        switch comparison ?? .within {
        case .within: passes = abs(value - paper) <= allowance * (1 + 1e-12) + 1e-12
        case .atLeast: passes = value >= paper - allowance - 1e-12
        case .atMost: passes = value <= paper + allowance + 1e-12
        }
        let explanation = passes ? "" : "reproduced \(formatNumber(value, decimals: resolvingDecimals)) is outside "
            + "\(toleranceText) of \(formatNumber(paper, decimals: resolvingDecimals))"
        return ClaimVerdict(claim: self, reproduced: value, verdict: passes ? .pass : .miss, explanation: explanation)
    }
}

/// The outcome of comparing one claim with a run.
public struct ClaimVerdict: Sendable, Equatable, Codable {
    /// The verdict kinds.
    public enum Verdict: String, Sendable, Codable, CaseIterable {
        case pass
        case miss
        /// Computed at smoke scale: shown, not judged.
        case notJudged = "not judged"
        /// Marked not reproducible here, with a reason.
        case notReproducible = "not reproducible here"
        /// The experiment has not run.
        case notRun = "not run"
    }

    /// The claim judged.
    public var claim: Claim
    /// Our value, when computed.
    public var reproduced: Double?
    /// The verdict.
    public var verdict: Verdict
    /// Why it missed, or why it was not judged.
    public var explanation: String

    /// reproduced − paper, when both exist.
    public var delta: Double? {
        guard let reproduced, let paper = claim.paper else { return nil }
        return reproduced - paper
    }
}

/// Formats a number compactly and deterministically (up to 6 significant digits).
public func formatNumber(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    var text = String(format: "%.6g", value)
    if text.contains("e") { return text }
    if text.contains(".") {
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
    }
    return text
}

/// Formats a number as ``formatNumber(_:)`` does, or with `decimals` digits after the point
/// (trailing zeros dropped) when that shows more of it: `11098.04449` with 4 decimals is
/// `11098.0445`, where six significant digits give `11098`.
public func formatNumber(_ value: Double, decimals: Int?) -> String {
    let compact = formatNumber(value)
    guard let decimals, value.isFinite, !compact.contains("e") else { return compact }
    var fixed = String(format: "%.\(decimals)f", value)
    if fixed.contains(".") {
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
    }
    func fractionDigits(_ text: String) -> Int { text.split(separator: ".").dropFirst().first?.count ?? 0 }
    return fractionDigits(fixed) > fractionDigits(compact) ? fixed : compact
}

/// Describes a JSON decoding error as one line with the coding path.
public func describeDecodingError(_ error: Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ keys: [CodingKey]) -> String {
        let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return text.isEmpty ? "top level" : String(text.drop(while: { $0 == "." }))
    }
    switch error {
    case .keyNotFound(let key, let context):
        return "missing key '\(key.stringValue)' at \(path(context.codingPath))"
    case .typeMismatch(let type, let context):
        return "expected \(type) at \(path(context.codingPath))"
    case .valueNotFound(let type, let context):
        return "null where \(type) expected at \(path(context.codingPath))"
    case .dataCorrupted(let context):
        let underlying = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
        return "invalid JSON at \(path(context.codingPath))" + (underlying.map { ": \($0)" } ?? "")
    @unknown default:
        return "\(error)"
    }
}
