import Datasets
import Foundation

/// Test metrics computed the same way for both fits (local to the bench).
struct BenchMetrics {
    var r2: Double
    var tau: Double
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
        String(format: "R² %.4f, Kendall tau %.4f, MAE %.4f", r2, tau, mae)
    }
}

/// Runs `peers/surrogate_xgboost.py` in the bench venv (created on first use).
struct XGBoostPeer {
    struct Output: Decodable {
        var predictions: [Double]
        var fitSeconds: Double
        var repeats: Int
        var rounds: Int
        var bestIteration: Int
        var version: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let project: URL

    func fit(
        train: AccelNASBench.Samples, validation: AccelNASBench.Samples, test: AccelNASBench.Samples,
        settings: AccelNASBench.XGBoostSettings, seed: UInt64
    ) throws -> Output {
        let python = try ensureVenv()
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
            "num_rounds": settings.numRounds, "early_stopping_rounds": settings.earlyStoppingRounds,
        ]
        let inputURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("surrogate-bench-\(ProcessInfo.processInfo.processIdentifier).json")
        try JSONSerialization.data(withJSONObject: input).write(to: inputURL)
        defer { try? FileManager.default.removeItem(at: inputURL) }
        let script = project.appendingPathComponent("Sources/ReproBench/peers/surrogate_xgboost.py")
        let output = try Self.run(python, [script.path, inputURL.path])
        return try JSONDecoder().decode(Output.self, from: Data(output.utf8))
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

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OMP_NUM_THREADS"] = "1"
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors, as: UTF8.self)
                .split(whereSeparator: \.isNewline).suffix(3).joined(separator: " | ")
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed: \(message)")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
