import Datasets
import Foundation
import Harness
import Plotting
import Tables

/// The inlining-policy uncertainty plots of the FYP: how the uncertainty threshold B trades the
/// familiarity classifier's and the decision classifier's training scores against the examples
/// the decision classifier keeps (`roc_plots/results.csv`), and how the share of call sites
/// labelled "I don't know", inline and apply moves with the ridge λ of each reward model
/// (`class_distribution.csv`, behind the Git-LFS `ridge/prop_{apply,inline,idk}` plots).
public enum OCamlInliningUncertaintyThreshold: Experiment {
    /// Which "I don't know" share the λ crossing is reported for.
    public struct Config: ScaleFreeConfig {
        /// The "I don't know" share whose first crossing in λ is reported per reward model
        /// (the λ at which more than this share of call sites is left to flambda).
        public var idkShare = 0.5

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "ocaml-inlining/uncertainty-threshold", title: "Uncertainty threshold B and the \"I don't know\" label",
        reproduces: "roc_plots (results.csv); ridge/prop_{apply,inline,idk} (Git-LFS, redrawn from class_distribution.csv)",
        order: 6,
        note: "Drawn from the released roc_plots/results.csv and class_distribution.csv; the policies' training "
            + "data (data.pickle, feature_reward_pair_v3.sexp) are Git-LFS pointers, so no score or label is recomputed. Decision share = decision "
            + "training examples / familiar training examples. The λ crossing interpolates the \"I don't know\" share "
            + "linearly in log10 λ between the two λ that bracket the configured share.")

    /// A share of call sites: a fraction from 0 to 1.
    public static var configRanges: [String: ClosedRange<Double>] { ["idkShare": 0...1] }

    public static func inputs(for config: Config) -> [DataInput] {
        [DataInput(OCamlInlining.rocPath), DataInput(OCamlInlining.classDistributionPath)]
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let roc = try OCamlInlining.ROCRow.load(from: context.input(OCamlInlining.rocPath))
            .sorted { $0.threshold < $1.threshold }
        let classes = try OCamlInlining.ClassDistribution.load(from: context.input(OCamlInlining.classDistributionPath))
        var numbers = try rocNumbers(roc)
        var notes: [String] = []
        if numbers["roc.familiar_examples_distinct"] == 1 {
            notes.append("Familiar training examples are the same at every B; only the decision classifier's training set changes with B.")
        }
        var models: [String] = []
        for row in classes where !models.contains(row.model) { models.append(row.model) }
        var byModel: [String: [OCamlInlining.ClassDistribution]] = [:]
        for model in models {
            let rows = classes.filter { $0.model == model }.sorted { $0.lambda < $1.lambda }
            if let repeated = zip(rows, rows.dropFirst()).first(where: { $0.lambda == $1.lambda }) {
                throw HarnessError.malformedInput(path: OCamlInlining.classDistributionPath, location: "model \(model)",
                                                  reason: "λ \(repeated.0.lambda) appears twice")
            }
            byModel[model] = rows
            numbers.merge(classNumbers(model: model, rows: rows, share: config.idkShare)) { first, _ in first }
            if numbers["\(model).first_lambda_idk_above"] == nil {
                notes.append("\(model): the \"I don't know\" share never exceeds \(config.idkShare) over the released λ.")
            }
        }
        numbers["class.max_sum_deviation"] = classes.map { abs($0.iDontKnow + $0.inline + $0.apply - 1) }.max() ?? .nan
        if let count = wholeCount(classes.flatMap { [$0.iDontKnow, $0.inline, $0.apply] }) {
            numbers["class.call_sites"] = Double(count)
            notes.append("Every fraction of class_distribution.csv is a whole number of call sites out of \(count), the smallest such count.")
        }
        try writeTables(roc: roc, models: models, byModel: byModel, context: context)
        try plot(roc: roc, models: models, byModel: byModel, share: config.idkShare, context: context)
        return RunResult(numbers: numbers, notes: notes)
    }

    /// The numbers of every threshold row, keyed by B to three decimals, and their extremes.
    static func rocNumbers(_ roc: [OCamlInlining.ROCRow]) throws -> [String: Double] {
        var numbers: [String: Double] = [:]
        for row in roc {
            let key = "roc.b" + String(format: "%.3f", row.threshold)
            if numbers["\(key).decision_score"] != nil {
                throw HarnessError.malformedInput(path: OCamlInlining.rocPath, location: "B = \(row.threshold)",
                                                  reason: "two rows share B to three decimals")
            }
            numbers["\(key).familiar_examples"] = Double(row.familiarExamples)
            numbers["\(key).familiarity_score"] = row.familiarityScore
            numbers["\(key).decision_examples"] = Double(row.decisionExamples)
            numbers["\(key).decision_score"] = row.decisionScore
            numbers["\(key).decision_share"] = Double(row.decisionExamples) / Double(max(row.familiarExamples, 1))
        }
        numbers["roc.thresholds"] = Double(roc.count)
        numbers["roc.familiar_examples_distinct"] = Double(Set(roc.map(\.familiarExamples)).count)
        numbers["roc.decision_examples_rises"] =
            Double(zip(roc, roc.dropFirst()).filter { $1.decisionExamples > $0.decisionExamples }.count)
        if let lowest = roc.min(by: { $0.familiarityScore < $1.familiarityScore }) {
            numbers["roc.familiarity_score_min"] = lowest.familiarityScore
            numbers["roc.familiarity_score_min_b"] = lowest.threshold
        }
        return numbers
    }

    /// One reward model's numbers: the first λ whose "I don't know" share exceeds `share`,
    /// the crossing interpolated in log10 λ, and the shares at the smallest and largest λ.
    static func classNumbers(model: String, rows: [OCamlInlining.ClassDistribution], share: Double) -> [String: Double] {
        var numbers: [String: Double] = [:]
        if let first = rows.first, let last = rows.last {
            numbers["\(model).idk_at_smallest_lambda"] = first.iDontKnow
            numbers["\(model).idk_at_largest_lambda"] = last.iDontKnow
        }
        guard let index = rows.firstIndex(where: { $0.iDontKnow > share }) else { return numbers }
        let above = rows[index]
        numbers["\(model).first_lambda_idk_above"] = above.lambda
        if index > 0, above.lambda > 0, rows[index - 1].lambda > 0 {
            let below = rows[index - 1]
            let t = (share - below.iDontKnow) / (above.iDontKnow - below.iDontKnow)
            let logLambda = log10(below.lambda) + t * (log10(above.lambda) - log10(below.lambda))
            numbers["\(model).lambda_idk_crossing"] = pow(10, logLambda)
        }
        return numbers
    }

    /// The smallest count N ≤ 100,000 for which every fraction times N is a whole number
    /// (to 1e-6): the number of call sites the fractions were counted over; nil when none.
    static func wholeCount(_ fractions: [Double]) -> Int? {
        (1...100_000).first { n in fractions.allSatisfy { abs($0 * Double(n) - ($0 * Double(n)).rounded()) < 1e-6 } }
    }

    /// The threshold table and the label-share table.
    static func writeTables(roc: [OCamlInlining.ROCRow], models: [String],
                            byModel: [String: [OCamlInlining.ClassDistribution]], context: RunContext) throws {
        var rocTable = Tables.Table(title: "Policy training scores against the uncertainty threshold B", columns: [
            Column("B", format: .fixed(digits: 3)), Column("Familiar examples", format: .integer),
            Column("Familiarity score", format: .fixed(digits: 4)), Column("Decision examples", format: .integer),
            Column("Decision share", format: .percent(digits: 2)), Column("Decision score", format: .fixed(digits: 4)),
        ])
        for row in roc {
            rocTable.addRow([.number(row.threshold), .number(Double(row.familiarExamples)), .number(row.familiarityScore),
                             .number(Double(row.decisionExamples)),
                             .number(Double(row.decisionExamples) / Double(max(row.familiarExamples, 1))),
                             .number(row.decisionScore)])
        }
        try rocTable.write(to: context.output("roc"))
        var classTable = Tables.Table(title: "Share of call sites per label, by reward model and ridge λ", columns: [
            Column("λ", format: .scientific(digits: 0)), Column("I don't know", format: .percent(digits: 2)),
            Column("Inline", format: .percent(digits: 2)), Column("Apply", format: .percent(digits: 2)),
        ])
        for model in models {
            for row in byModel[model] ?? [] {
                classTable.addRow([.number(row.lambda), .number(row.iDontKnow), .number(row.inline), .number(row.apply)],
                                  group: model)
            }
        }
        try classTable.write(to: context.output("class-distribution"))
    }

    /// Scores and examples against B, the "I don't know" share of every model against λ, and
    /// one panel of the three label shares per model.
    static func plot(roc: [OCamlInlining.ROCRow], models: [String],
                     byModel: [String: [OCamlInlining.ClassDistribution]], share: Double, context: RunContext) throws {
        let columns = max(3, models.count)
        var figure = Figure(rows: 2, columns: columns, size: .inches(6.75, 4.8),
                            title: "Policy scores against the uncertainty threshold B (a, b); label shares against ridge λ (c–f)")
        figure.panelLetters = true
        let palette = figure.theme.palette
        let b = roc.map(\.threshold)
        // Room below the lowest score for the legend.
        let allScores = roc.map(\.familiarityScore) + roc.map(\.decisionScore)
        let (lowest, highest) = (allScores.min() ?? 0, allScores.max() ?? 1)
        let span = max(highest - lowest, 0.01)
        var scores = Panel(title: "Training score", xLabel: "B",
                           y: Axis(limits: (lowest - 0.45 * span)...(highest + 0.05 * span)), legend: .lowerRight)
        scores.add(LineSeries(x: b, y: roc.map(\.familiarityScore), label: "familiarity", color: palette[0], marker: .circle))
        scores.add(LineSeries(x: b, y: roc.map(\.decisionScore), label: "decision", color: palette[1], marker: .square))
        figure[0, 0] = scores
        var examples = Panel(title: "Training examples", xLabel: "B", y: Axis(scale: .log10), legend: .lowerLeft)
        examples.add(LineSeries(x: b, y: roc.map { Double($0.familiarExamples) }, label: "familiar", color: palette[0],
                                marker: .circle))
        examples.add(LineSeries(x: b, y: roc.map { Double($0.decisionExamples) }, label: "decision", color: palette[1],
                                marker: .square))
        figure[0, 1] = examples
        var idk = Panel(title: "\"I don't know\" share", xLabel: "λ", x: Axis(scale: .log10),
                        y: Axis(limits: 0...1, format: .percent), legend: .upperLeft)
        for (index, model) in models.enumerated() {
            let rows = byModel[model] ?? []
            idk.add(LineSeries(x: rows.map(\.lambda), y: rows.map(\.iDontKnow), label: model,
                               color: palette[index % palette.count], marker: .circle))
        }
        idk.add(ReferenceLine.horizontal(share, color: .gray))
        figure[0, 2] = idk
        for (index, model) in models.enumerated() {
            let rows = byModel[model] ?? []
            var panel = Panel(title: model, xLabel: "λ", yLabel: index == 0 ? "share of call sites" : nil,
                              x: Axis(scale: .log10), y: Axis(limits: 0...1, format: .percent),
                              legend: index == 0 ? .upperLeft : .none)
            let shares = [("I don't know", rows.map(\.iDontKnow), 3), ("inline", rows.map(\.inline), 2),
                          ("apply", rows.map(\.apply), 4)]
            for (label, values, colour) in shares {
                panel.add(LineSeries(x: rows.map(\.lambda), y: values, label: label, color: palette[colour % palette.count],
                                     marker: .circle))
            }
            figure[1, index] = panel
        }
        _ = try figure.write(to: context.output("uncertainty-threshold"))
    }
}
