import Foundation

/// The claims of experiments judged against their published runs.
public struct Verification: Sendable {
    /// One judged claim of one experiment.
    public struct Row: Sendable, Equatable {
        /// The experiment id.
        public var experiment: String
        /// The judgement.
        public var verdict: ClaimVerdict
    }

    /// Every row, in experiment order then claim order.
    public var rows: [Row]

    /// Judges the claims of `experiments` against their current runs in `store`.
    public static func judge(
        _ experiments: [any Experiment.Type], store: any RunStore, layout: ProjectLayout
    ) throws -> Verification {
        var rows: [Row] = []
        for experiment in experiments.sorted(by: { $0.info.id < $1.info.id }) {
            let id = experiment.info.id
            let declaration = try ExperimentDeclaration.load(id: id, layout: layout)
            let run = try store.currentRun(experiment: id)
            for claim in declaration.claims.claims {
                rows.append(Row(experiment: id, verdict: claim.judge(numbers: run?.numbers, scale: run?.scale)))
            }
        }
        return Verification(rows: rows)
    }

    /// How many rows have each verdict.
    public var counts: [ClaimVerdict.Verdict: Int] {
        Dictionary(grouping: rows, by: \.verdict.verdict).mapValues(\.count)
    }

    /// Verdict counts of the claims with each evidence kind.
    public var countsByEvidence: [Evidence: [ClaimVerdict.Verdict: Int]] {
        Dictionary(grouping: rows, by: \.verdict.claim.evidence).mapValues { rows in
            Dictionary(grouping: rows, by: \.verdict.verdict).mapValues(\.count)
        }
    }

    /// One line per evidence kind, recomputed first: `recomputed: 80 pass, 20 miss of 100 judged (5 not judged, …)`.
    public var evidenceSummary: [String] {
        Evidence.allCases.compactMap { evidence in
            guard let counts = countsByEvidence[evidence] else { return nil }
            let pass = counts[.pass] ?? 0
            let miss = counts[.miss] ?? 0
            let others = [ClaimVerdict.Verdict.notJudged, .notReproducible, .notRun].compactMap { verdict in
                counts[verdict].map { "\($0) \(verdict.rawValue)" }
            }
            return "\(evidence.rawValue): \(pass) pass, \(miss) miss of \(pass + miss) judged"
                + (others.isEmpty ? "" : " (" + others.joined(separator: ", ") + ")")
        }
    }

    /// True when any judged claim missed.
    public var hasMiss: Bool { rows.contains { $0.verdict.verdict == .miss } }

    /// The table `id | evidence | claim | paper | reproduced | delta | verdict` as aligned
    /// text, then the verdict counts overall and per evidence kind.
    public func text() -> String {
        var table = [["id", "evidence", "claim", "paper", "reproduced", "delta", "verdict"]]
        for row in rows {
            let verdict = row.verdict
            let unit = verdict.claim.unit.map { $0.isEmpty ? "" : " \($0)" } ?? ""
            table.append([
                row.experiment,
                verdict.claim.evidence.rawValue,
                verdict.claim.claim,
                verdict.claim.paper.map { formatNumber($0, decimals: verdict.claim.resolvingDecimals) + unit } ?? "-",
                verdict.reproduced.map { formatNumber($0, decimals: verdict.claim.resolvingDecimals) + unit } ?? "-",
                verdict.delta.map { ($0 >= 0 ? "+" : "") + formatNumber($0) } ?? "-",
                verdict.verdict.rawValue + (verdict.verdict == .miss || verdict.verdict == .notReproducible
                    ? " (\(verdict.explanation))" : ""),
            ])
        }
        let summary = ClaimVerdict.Verdict.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        return alignColumns(table) + "\n\(rows.count) claims: \(summary)\n"
            + evidenceSummary.map { $0 + "\n" }.joined()
    }
}

/// Lays out rows of cells as left-aligned columns separated by ` | `.
public func alignColumns(_ rows: [[String]]) -> String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
        rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.enumerated().map { index, row in
        let line = row.enumerated().map { column, cell in
            column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
        }.joined(separator: " | ")
        return index == 0
            ? line + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "-|-")
            : line
    }.joined(separator: "\n")
}
