import Datasets
import Randomness
import Statistics
import Surrogate

extension AccelNASBenchSurrogateFit {
    /// The accuracy surrogate's fit quality on one split: test, validation (the
    /// early-stopping set) and training reports, as the README example prints them.
    struct SplitReports {
        var test: RegressionReport
        var validation: RegressionReport
        var train: RegressionReport

        /// The reports as named numbers, e.g. `test.r2`, `val.kendall`, `train.mae`.
        var numbers: [String: Double] {
            var numbers: [String: Double] = [:]
            for (name, report) in [("test", test), ("val", validation), ("train", train)] {
                numbers["\(name).mae"] = report.meanAbsoluteError
                numbers["\(name).rmse"] = report.rootMeanSquaredError
                numbers["\(name).r2"] = report.rSquared
                numbers["\(name).kendall"] = report.kendallTau
                numbers["\(name).spearman"] = report.spearman
            }
            return numbers
        }
    }

    /// Fits the accuracy surrogate on `split` (early stopping on its validation part)
    /// and reports it on all three parts.
    static func accuracyReports(
        dataset: AccelNASBench.Dataset, split: AccelNASBench.Split, parameters: BoostingParameters, seed: Int
    ) throws -> SplitReports {
        let train = dataset.samples(split.train, target: .accuracy)
        let validation = dataset.samples(split.validation, target: .accuracy)
        let test = dataset.samples(split.test, target: .accuracy)
        let model = try GradientBoostedTrees.fit(
            features: train.features, targets: train.targets, parameters: parameters, seed: UInt64(seed),
            validation: RegressionSet(features: validation.features, targets: validation.targets))
        return SplitReports(
            test: try RegressionReport(truth: test.targets, prediction: model.predict(rows: test.features)),
            validation: try RegressionReport(
                truth: validation.targets, prediction: model.predict(rows: validation.features)),
            train: try RegressionReport(truth: train.targets, prediction: model.predict(rows: train.features)))
    }

    /// A fresh random split of the stored split's architectures (duplicates already
    /// removed) with the stored part sizes, drawn by a seeded Fisher–Yates shuffle:
    /// the README example's kind of split, one draw per seed.
    static func redrawnSplit(of stored: AccelNASBench.Split, seed: Int) -> AccelNASBench.Split {
        var pool = (stored.train + stored.validation + stored.test).sorted()
        var generator = SeededGenerator(seed: UInt64(seed))
        for index in stride(from: pool.count - 1, to: 0, by: -1) {
            let other = Int(generator.next() % UInt64(index + 1))
            pool.swapAt(index, other)
        }
        let testEnd = stored.test.count
        let validationEnd = testEnd + stored.validation.count
        return AccelNASBench.Split(
            train: Array(pool[validationEnd...]), validation: Array(pool[testEnd..<validationEnd]),
            test: Array(pool[..<testEnd]))
    }

    /// Mean and sample standard deviation of every number over the re-drawn splits, as
    /// `accuracy.resplit.<part>.<metric>.mean` / `.sd`, plus the number of splits.
    static func spread(_ reports: [SplitReports]) -> [String: Double] {
        guard let first = reports.first else { return [:] }
        var numbers: [String: Double] = ["accuracy.resplit.count": Double(reports.count)]
        for key in first.numbers.keys {
            let values = reports.compactMap { $0.numbers[key] }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.count > 1
                ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1) : 0
            numbers["accuracy.resplit.\(key).mean"] = mean
            numbers["accuracy.resplit.\(key).sd"] = variance.squareRoot()
        }
        return numbers
    }
}
