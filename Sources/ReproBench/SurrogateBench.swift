import ArgumentParser
import Datasets
import Foundation
import Statistics
import Surrogate

/// Benchmarks the Surrogate engine: fits the Accel-NASBench accuracy surrogate on the
/// stored split with our GBDT and with the `xgboost` Python package (hist, same
/// hyperparameters, same early stopping, one thread) in one run, and prints fit-time ratio
/// and both models' test R², Kendall τ, Spearman ρ and MAE side by side.
struct SurrogateBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "surrogate",
        abstract: "Accuracy surrogate: our GBDT vs Python xgboost on the same split (fit time, R², tau, rho, MAE).")

    @Option(help: "Project root (holds .venv-bench and Sources/ReproBench/peers).")
    var root: String = FileManager.default.currentDirectoryPath

    @Option(help: "Seed of both fits.")
    var seed: UInt64 = 3

    @Option(help: "Timed repetitions of our fit (the best time is reported).")
    var repeats: Int = 3

    @Flag(help: "Skip the Python xgboost peer.")
    var noPeer = false

    @Flag(help: "Also fit the tuned random forest (ours only) for each target.")
    var forest = false

    @Option(help: "Surrogate target: accuracy, train_time, throughput_<device>, latency_<fpga>, or all.")
    var target: String = "accuracy"

    func run() throws {
        let project = URL(fileURLWithPath: root).standardizedFileURL
        let dataRoot = Self.dataRoot(project: project)
        let (dataset, split) = try AccelNASBench.Dataset.loadWithDefaultSplit { dataRoot.appendingPathComponent($0) }
        let targets: [AccelNASBench.Target]
        if target == "all" {
            targets = AccelNASBench.Target.surrogateTargets
        } else if let one = AccelNASBench.Target(name: target) {
            targets = [one]
        } else {
            throw ValidationError("unknown target '\(target)'")
        }
        for target in targets {
            try run(target: target, dataset: dataset, split: split, dataRoot: dataRoot, project: project)
        }
    }

    private func run(
        target: AccelNASBench.Target, dataset: AccelNASBench.Dataset, split: AccelNASBench.Split,
        dataRoot: URL, project: URL
    ) throws {
        let settings = try AccelNASBench.XGBoostSettings.load(
            from: dataRoot.appendingPathComponent(AccelNASBench.XGBoostSettings.configPath(for: target)))
        let train = dataset.samples(split.train, target: target)
        let validation = dataset.samples(split.validation, target: target)
        let test = dataset.samples(split.test, target: target)
        let parameters = BoostingParameters(
            maxDepth: settings.maxDepth, learningRate: settings.learningRate,
            lambda: settings.lambda, alpha: settings.alpha, minChildWeight: settings.minChildWeight,
            colsampleByTree: settings.colsampleByTree, colsampleByLevel: settings.colsampleByLevel,
            baseScore: 0.5, rounds: settings.numRounds, earlyStoppingRounds: settings.earlyStoppingRounds,
            keepBestIteration: false)
        print("\(target) surrogate: train \(train.count), val \(validation.count), test \(test.count) rows × 28")

        var best = Double.infinity
        var bestWall = Double.infinity
        var fitted: GradientBoostedTrees?
        for _ in 0..<max(repeats, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.cpuSeconds()
            fitted = try GradientBoostedTrees.fit(
                features: train.features, targets: train.targets, parameters: parameters, seed: seed,
                validation: RegressionSet(features: validation.features, targets: validation.targets))
            best = min(best, Self.cpuSeconds() - cpuStart)
            bestWall = min(bestWall, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        guard let allRounds = fitted else { return }
        let model = allRounds.keepingRounds(allRounds.bestIteration + 1)
        let ours = SurrogateBenchMetrics(predicted: model.predict(rows: test.features), measured: test.targets)
        let oursAll = SurrogateBenchMetrics(
            predicted: allRounds.predict(rows: test.features), measured: test.targets)
        print(String(format: "ours:    fit %.3f s CPU, %.3f s wall (best of %d), %d rounds, best iteration %d",
                     best, bestWall, max(repeats, 1), model.validationRMSE.count, model.bestIteration))
        print("         test " + ours.summary + " (best iteration)")
        print("         test " + oursAll.summary + " (all rounds, as the paper's code predicts)")
        let json = try model.jsonData()
        let nodes = model.trees.reduce(0) { $0 + $1.nodeCount }
        let reloaded = try GradientBoostedTrees(jsonData: json)
        print(String(format: "         model %d trees, %d nodes, JSON %.1f MB, round trip %@",
                     model.trees.count, nodes, Double(json.count) / 1e6, reloaded == model ? "exact" : "DIFFERS"))
        if !noPeer {
            let peer = try SurrogatePeers(project: project).fit(
                train: train, validation: validation, test: test, settings: settings, seed: seed,
                repeats: max(repeats, 1))
            let theirs = SurrogateBenchMetrics(predicted: peer.predictions, measured: test.targets)
            print(String(format: "xgboost: fit %.3f s CPU, %.3f s wall (best of %d), %d rounds, best iteration %d (%@)",
                         peer.fitSeconds, peer.wallSeconds, peer.repeats, peer.rounds, peer.bestIteration,
                         "xgboost " + peer.version))
            let theirsAll = SurrogateBenchMetrics(predicted: peer.predictionsAllTrees, measured: test.targets)
            print("         test " + theirs.summary + " (best iteration)")
            print("         test " + theirsAll.summary + " (all rounds)")
            print(String(format: "fit-time ratio ours/xgboost (CPU): %.2f  (R² difference %+.4f, tau difference %+.4f)",
                         best / peer.fitSeconds, ours.r2 - theirs.r2, ours.tau - theirs.tau))
            print(SurrogateBenchMetrics.sideBySide(
                title: "same split (train \(train.count) / val \(validation.count) / test \(test.count)), same "
                    + "hyper-parameters, early stopping after \(settings.earlyStoppingRounds) rounds on val:",
                rows: [("ours, best iteration", ours), ("xgboost, best iteration", theirs),
                       ("ours, all rounds", oursAll), ("xgboost, all rounds", theirsAll)]))
        }
        if forest, AccelNASBench.ForestSettings.configFile(for: target) != nil {
            try runForest(target: target, dataRoot: dataRoot, project: project, train: train, test: test)
        }
    }

    private func runForest(
        target: AccelNASBench.Target, dataRoot: URL, project: URL,
        train: AccelNASBench.Samples, test: AccelNASBench.Samples
    ) throws {
        let settings = try AccelNASBench.ForestSettings.load(
            from: dataRoot.appendingPathComponent(AccelNASBench.ForestSettings.configPath(for: target)))
        let parameters = ForestParameters(
            treeCount: settings.treeCount, maxFeatures: settings.maxFeatures,
            minSamplesSplit: settings.minSamplesSplit, minSamplesLeaf: settings.minSamplesLeaf,
            bootstrap: settings.bootstrap)
        let start = Self.cpuSeconds()
        let model = try RandomForest.fit(
            features: train.features, targets: train.targets, parameters: parameters, seed: seed)
        let seconds = Self.cpuSeconds() - start
        let metrics = SurrogateBenchMetrics(predicted: model.predict(rows: test.features), measured: test.targets)
        print(String(format: "forest:  fit %.3f s CPU, %d trees", seconds, settings.treeCount))
        print("         test " + metrics.summary)
        guard !noPeer else { return }
        let peer = try SurrogatePeers(project: project).fitForest(
            train: train, test: test, settings: settings, seed: seed)
        let theirs = SurrogateBenchMetrics(predicted: peer.predictions, measured: test.targets)
        print(String(format: "sklearn: fit %.3f s CPU, %.3f s wall (scikit-learn %@)",
                     peer.fitSeconds, peer.wallSeconds, peer.version))
        print("         test " + theirs.summary)
        print(String(format: "forest fit-time ratio ours/sklearn (CPU): %.2f  (R² difference %+.4f)",
                     seconds / peer.fitSeconds, metrics.r2 - theirs.r2))
    }

    /// CPU time of this process in seconds (the machine is shared, so wall time is noisy).
    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
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

/// Test metrics computed the same way for both fits (local to the bench).
struct SurrogateBenchMetrics {
    var r2: Double
    var tau: Double
    var rho: Double
    var mae: Double

    init(predicted: [Double], measured: [Double]) {
        let n = Double(measured.count)
        let mean = measured.reduce(0, +) / n
        var residual = 0.0
        var total = 0.0
        var absolute = 0.0
        for (p, y) in zip(predicted, measured) {
            residual += (y - p) * (y - p)
            total += (y - mean) * (y - mean)
            absolute += abs(y - p)
        }
        r2 = 1 - residual / total
        mae = absolute / n
        tau = Self.kendallTauB(predicted, measured)
        rho = (try? Correlation.spearman(predicted, measured)) ?? .nan
    }

    /// A table of named metric rows: R², Kendall τ, Spearman ρ and MAE in columns.
    static func sideBySide(title: String, rows: [(String, SurrogateBenchMetrics)]) -> String {
        let width = max(24, rows.map(\.0.count).max() ?? 0)
        func pad(_ text: String) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = [title, pad("model") + "       R²  Kendall τ  Spearman ρ      MAE"]
        for (name, metrics) in rows {
            lines.append(pad(name) + String(format: " %8.4f %10.4f %11.4f %8.4f",
                                            metrics.r2, metrics.tau, metrics.rho, metrics.mae))
        }
        return lines.joined(separator: "\n")
    }

    /// Kendall tau-b by pair counting (O(n²), fine for a 512-row test set).
    static func kendallTauB(_ x: [Double], _ y: [Double]) -> Double {
        var concordant = 0.0
        var discordant = 0.0
        var tiesX = 0.0
        var tiesY = 0.0
        for i in 0..<x.count {
            for j in (i + 1)..<x.count {
                let dx = x[i] - x[j]
                let dy = y[i] - y[j]
                if dx == 0 && dy == 0 { continue }
                if dx == 0 { tiesX += 1 } else if dy == 0 { tiesY += 1 }
                else if (dx > 0) == (dy > 0) { concordant += 1 } else { discordant += 1 }
            }
        }
        let denominator = ((concordant + discordant + tiesX) * (concordant + discordant + tiesY)).squareRoot()
        return denominator > 0 ? (concordant - discordant) / denominator : 0
    }

    var summary: String {
        String(format: "R² %.4f, Kendall tau %.4f, Spearman rho %.4f, MAE %.4f", r2, tau, rho, mae)
    }
}

/// Runs the Python peers (`peers/surrogate_*.py`) in the bench venv (created on first use).
struct SurrogatePeers {
    struct Output: Decodable {
        var predictions: [Double]
        var predictionsAllTrees: [Double]
        var fitSeconds: Double
        var wallSeconds: Double
        var repeats: Int
        var rounds: Int
        var bestIteration: Int
        var version: String
    }

    let project: URL

    func fit(
        train: AccelNASBench.Samples, validation: AccelNASBench.Samples, test: AccelNASBench.Samples,
        settings: AccelNASBench.XGBoostSettings, seed: UInt64, repeats: Int
    ) throws -> Output {
        let input: [String: Any] = [
            "train": ["x": train.features, "y": train.targets],
            "val": ["x": validation.features, "y": validation.targets],
            "test": ["x": test.features, "y": test.targets],
            "params": [
                "max_depth": settings.maxDepth, "min_child_weight": settings.minChildWeight,
                "colsample_bytree": settings.colsampleByTree, "colsample_bylevel": settings.colsampleByLevel,
                "lambda": settings.lambda, "alpha": settings.alpha, "learning_rate": settings.learningRate,
                "seed": seed,
            ],
            "repeats": repeats, "num_rounds": settings.numRounds, "early_stopping_rounds": settings.earlyStoppingRounds,
        ]
        let output = try runPeer("surrogate_xgboost.py", input: input)
        return try JSONDecoder().decode(Output.self, from: Data(output.utf8))
    }

    struct ForestOutput: Decodable {
        var predictions: [Double]
        var fitSeconds: Double
        var wallSeconds: Double
        var version: String
    }

    /// Runs `peers/surrogate_sklearn_forest.py` with the tuned forest settings.
    func fitForest(
        train: AccelNASBench.Samples, test: AccelNASBench.Samples,
        settings: AccelNASBench.ForestSettings, seed: UInt64
    ) throws -> ForestOutput {
        let python = try ensureVenv()
        if (try? Self.run(python, ["-c", "import sklearn"])) == nil {
            print("installing scikit-learn into the bench venv …")
            _ = try Self.run(python, ["-m", "pip", "install", "--quiet", "scikit-learn"])
        }
        let input: [String: Any] = [
            "train": ["x": train.features, "y": train.targets],
            "test": ["x": test.features, "y": test.targets],
            "params": [
                "n_estimators": settings.treeCount, "min_samples_split": settings.minSamplesSplit,
                "min_samples_leaf": settings.minSamplesLeaf, "max_features": settings.maxFeatures,
                "bootstrap": settings.bootstrap, "random_state": seed,
            ],
        ]
        let output = try runPeer("surrogate_sklearn_forest.py", input: input)
        return try JSONDecoder().decode(ForestOutput.self, from: Data(output.utf8))
    }

    private func runPeer(_ script: String, input: [String: Any]) throws -> String {
        let python = try ensureVenv()
        let inputURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("surrogate-bench-\(ProcessInfo.processInfo.processIdentifier).json")
        try JSONSerialization.data(withJSONObject: input).write(to: inputURL)
        defer { try? FileManager.default.removeItem(at: inputURL) }
        let path = project.appendingPathComponent("Sources/ReproBench/peers/\(script)")
        return try Self.run(python, [path.path, inputURL.path])
    }

    private func ensureVenv() throws -> String {
        let venv = project.appendingPathComponent(".venv-bench")
        let python = venv.appendingPathComponent("bin/python").path
        if !FileManager.default.fileExists(atPath: python) {
            print("creating \(venv.path) …")
            _ = try Self.run("/usr/bin/python3", ["-m", "venv", venv.path])
        }
        if (try? Self.run(python, ["-c", "import xgboost, numpy"])) == nil {
            print("installing xgboost and numpy into \(venv.path) …")
            _ = try Self.run(python, ["-m", "pip", "install", "--quiet", "xgboost", "numpy"])
        }
        return python
    }

    /// Runs a peer with one OpenMP thread, like ours.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        try PeerProcess.output(executable, arguments, environment: ["OMP_NUM_THREADS": "1"])
    }
}
