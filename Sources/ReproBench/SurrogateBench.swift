import ArgumentParser
import Datasets
import Foundation
import Surrogate

/// Benchmarks the Surrogate engine: fits the Accel-NASBench accuracy surrogate on the
/// stored split with our GBDT and with the `xgboost` Python package (hist, same
/// hyperparameters, one thread) in one run, and prints fit-time ratio, R² and Kendall τ.
struct SurrogateBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "surrogate",
        abstract: "Accuracy surrogate: our GBDT vs Python xgboost (fit time, test R², Kendall tau).")

    @Option(help: "Project root (holds .venv-bench and Sources/ReproBench/peers).")
    var root: String = FileManager.default.currentDirectoryPath

    @Option(help: "Seed of both fits.")
    var seed: UInt64 = 3

    @Option(help: "Timed repetitions of our fit (the best time is reported).")
    var repeats: Int = 3

    @Flag(help: "Skip the Python xgboost peer.")
    var noPeer = false

    func run() throws {
        let project = URL(fileURLWithPath: root).standardizedFileURL
        let dataRoot = Self.dataRoot(project: project)
        let dataset = try AccelNASBench.Dataset.load(dataRoot: dataRoot)
        let split = try dataset.defaultSplit(dataRoot: dataRoot)
        let settings = try AccelNASBench.XGBoostSettings.load(for: .accuracy, dataRoot: dataRoot)
        let train = dataset.samples(split.train, target: .accuracy)
        let validation = dataset.samples(split.validation, target: .accuracy)
        let test = dataset.samples(split.test, target: .accuracy)
        let parameters = BoostingParameters(
            maxDepth: settings.maxDepth, learningRate: settings.learningRate,
            lambda: settings.lambda, alpha: settings.alpha, minChildWeight: settings.minChildWeight,
            colsampleByTree: settings.colsampleByTree, colsampleByLevel: settings.colsampleByLevel,
            baseScore: 0.5, rounds: settings.numRounds, earlyStoppingRounds: settings.earlyStoppingRounds)
        print("accuracy surrogate: train \(train.count), val \(validation.count), test \(test.count) rows × 28")

        var best = Double.infinity
        var model: GradientBoostedTrees?
        for _ in 0..<max(repeats, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            model = try GradientBoostedTrees.fit(
                features: train.features, targets: train.targets, parameters: parameters, seed: seed,
                validation: RegressionSet(features: validation.features, targets: validation.targets))
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        guard let model else { return }
        let ours = BenchMetrics(predicted: model.predict(rows: test.features), measured: test.targets)
        print(String(format: "ours:    fit %.3f s (best of %d), %d rounds, best iteration %d",
                     best, max(repeats, 1), model.validationRMSE.count, model.bestIteration))
        print("         test " + ours.summary)
        guard !noPeer else { return }
        let peer = try XGBoostPeer(project: project).fit(
            train: train, validation: validation, test: test, settings: settings, seed: seed)
        let theirs = BenchMetrics(predicted: peer.predictions, measured: test.targets)
        print(String(format: "xgboost: fit %.3f s (best of %d), %d rounds, best iteration %d (version %@)",
                     peer.fitSeconds, peer.repeats, peer.rounds, peer.bestIteration, peer.version))
        print("         test " + theirs.summary)
        print(String(format: "fit-time ratio ours/xgboost: %.2f  (R² difference %+.4f, tau difference %+.4f)",
                     best / peer.fitSeconds, ours.r2 - theirs.r2, ours.tau - theirs.tau))
    }

    /// `$REPRO_DATA`, else `../shared/data` beside the project, else `data/`.
    static func dataRoot(project: URL) -> URL {
        if let explicit = ProcessInfo.processInfo.environment["REPRO_DATA"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, relativeTo: project).standardizedFileURL
        }
        let shared = project.deletingLastPathComponent().appendingPathComponent("shared/data")
        if FileManager.default.fileExists(atPath: shared.path) { return shared }
        return project.appendingPathComponent("data")
    }
}
