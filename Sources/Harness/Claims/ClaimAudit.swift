import Foundation

/// Checks that a claim can fail and says what its evidence and tolerance rest on.
///
/// A claim that cannot fail is a defect: a one-sided bound whose allowance reaches zero
/// or past the sign, a relative tolerance of 50 % or more, a correlation band that admits
/// zero for a paper value above 0.3, or a band of a decade or more in log10.
public enum ClaimAudit {
    /// The problems of `claim`, one line each; empty when it is sound.
    public static func problems(of claim: Claim) -> [String] {
        var problems: [String] = []
        if claim.evidence == .bar && claim.source != .ours {
            problems.append("a bar is a threshold of ours: its source is 'ours', not '\(claim.source.rawValue)'")
        }
        if claim.source == .ours && claim.evidence != .bar {
            problems.append("source 'ours' (a threshold we set) goes with evidence 'bar'")
        }
        if claim.source == .figure && claim.where.range(of: #"fig|image|plot"#, options: [.regularExpression, .caseInsensitive]) == nil {
            problems.append("source 'figure' must say which figure in 'where'")
        }
        guard claim.notReproducible == nil, let paper = claim.paper else { return problems }
        guard let basis = claim.basis else {
            problems.append("no tolerance basis (printed_precision, seed_variation, timing_noise, data_difference, exact)")
            return problems
        }
        if (claim.why ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append("no 'why': the tolerance's basis must be stated in words")
        }
        let allowance = claim.allowance
        if basis == .exact && allowance != 0 {
            problems.append("basis 'exact' with a tolerance of \(formatNumber(allowance))")
        }
        switch claim.comparison ?? .within {
        case .atLeast where paper > 0 && paper - allowance <= 0:
            problems.append("'at least \(formatNumber(paper - allowance))' reaches zero: it cannot fail for a positive quantity")
        case .atMost where paper < 0 && paper + allowance >= 0:
            problems.append("'at most \(formatNumber(paper + allowance))' reaches zero: it cannot fail for a negative quantity")
        default: break
        }
        if let relative = claim.relativeTolerance, relative >= 0.5 {
            problems.append("a relative tolerance of \(formatNumber(relative)) (50 % or more)")
        }
        if isCorrelation(claim), abs(paper) > 0.3 {
            let admitsZero: Bool
            switch claim.comparison ?? .within {
            case .within: admitsZero = abs(paper) <= allowance
            case .atLeast: admitsZero = paper - allowance <= 0
            case .atMost: admitsZero = paper + allowance >= 0
            }
            if admitsZero { problems.append("a correlation band that admits 0 for a paper value of \(formatNumber(paper))") }
        }
        if (claim.unit ?? "").contains("log10") && allowance >= 1 {
            problems.append("a band of ±\(formatNumber(allowance)) in log10 (a decade or more)")
        }
        return problems
    }

    /// The problems of every claim of a file, as `file: claim 'id': problem` lines.
    public static func problems(in file: ClaimFile, path: String) -> [String] {
        file.claims.flatMap { claim in problems(of: claim).map { "\(path): claim '\(claim.id)': \($0)" } }
    }

    static func isCorrelation(_ claim: Claim) -> Bool {
        let text = [claim.key, claim.claim, claim.unit ?? ""].joined(separator: " ")
        return text.range(of: #"srcc|spearman|kendall|\btau\b|\brho\b|correlation|ρ|τ"#,
                          options: [.regularExpression, .caseInsensitive]) != nil
    }
}
