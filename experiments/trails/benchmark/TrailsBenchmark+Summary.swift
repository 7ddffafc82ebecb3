import Numerics
import Statistics
import TabularStore

extension TrailsBenchmark {
    /// What one data set's benchmark build produced, for numbers, the table and the figure.
    struct Summary {
        var dataset: BenchmarkDataset
        var benchmark: Benchmark
        /// Our epoch matching TRAILS's ground truth in rows seen (``BenchmarkDataset/groundTruthEpoch(trainingRows:epochs:)``).
        var groundTruthEpoch: Int
        /// Architectures trained in this run (the rest were resumed from the work folder).
        var builtNow: Int
        var buildSeconds: Double
        /// Architectures scored with every TFMEM but not trained (config `scoredArchitectures`).
        var scoredOnly: Int = 0

        var finalAUC: [Double] { benchmark.auc(atEpoch: benchmark.epochs) }
        /// Seconds to train one architecture for all epochs (train + validation), mean.
        var trainingSecondsPerArchitecture: Double { benchmark.meanEpochSeconds * Double(benchmark.epochs) }
        /// Seconds to compute every TFMEM for one architecture, mean.
        var scoringSecondsPerArchitecture: Double { benchmark.meanScoringSeconds(TFMEM.allCases) }

        func record(into numbers: inout [String: Double]) {
            let k = dataset.name
            numbers["\(k).architectures"] = Double(benchmark.count)
            numbers["\(k).epochs"] = Double(benchmark.epochs)
            numbers["\(k).best_auc"] = finalAUC.max() ?? .nan
            numbers["\(k).median_auc"] = Descriptive.median(finalAUC)
            numbers["\(k).best_auc_ground_truth_epoch"] = benchmark.bestAUC(atEpoch: groundTruthEpoch)
            numbers["\(k).ground_truth_epoch"] = Double(groundTruthEpoch)
            numbers["\(k).epoch_seconds_mean"] = benchmark.meanEpochSeconds
            numbers["\(k).architectures_per_hour"] = 3600 / (trainingSecondsPerArchitecture + scoringSecondsPerArchitecture)
            numbers["\(k).jacflow_models_per_second"] = 1 / benchmark.jacFlowScoringSeconds
            numbers["\(k).all_tfmem_seconds_mean"] = scoringSecondsPerArchitecture
            numbers["\(k).built_this_run"] = Double(builtNow)
            numbers["\(k).scored_only_architectures"] = Double(scoredOnly)
        }
    }
}
