import ArgumentParser
import Foundation
import Numerics
import Randomness
import SparseData

/// Benchmarks the Numerics engine: TRAILS MLP training throughput against PyTorch CPU, and TFMEM scoring rate.
struct NumericsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numerics",
        abstract: "Trains the TRAILS MLP on a frappe-shaped stream (ours vs PyTorch CPU) and times TFMEM scoring.")

    @Option(help: "BLAS / PyTorch threads.") var threads = 2
    @Option(help: "The MLP architecture.") var arch = "256-256-256-256"
    @Option(help: "Rows per mini-batch.") var batch = 512
    @Option(help: "Timed training steps.") var steps = 200
    @Option(help: "Architectures scored for the TFMEM rate.") var models = 200
    @Option(help: "A frappe libsvm file for the TFMEM batch (synthetic frappe-shaped rows if missing).")
    var frappe = "../shared/data/datasets/frappe/valid.libsvm"
    @Option(help: "Epochs of real frappe training (valid.libsvm → train, half of test.libsvm → validation); 0 skips.")
    var realEpochs = 2
    @Flag(help: "Do not run or install the PyTorch peer.") var skipTorch = false

    func run() throws {
        BLASThreads.set(threads)
        say("numerics bench: \(threads) BLAS thread(s), OpenBLAS reports \(BLASThreads.current)")
        let peak = BLASThreads.measureSGEMM()
        say(String(format: "sgemm peak (1024³, %d threads): %.1f GFLOP/s", threads, peak))

        try worstCaseMemory()
        let architecture = try MLPArchitecture(arch)
        let ours = try trainOurs(architecture)
        let flops = flopsPerStep(architecture)
        let gflops = ours * Double(flops) / Double(batch) / 1e9
        say(String(format: "ours:    %8.0f samples/s  (%.1f GFLOP/s, %.0f%% of sgemm peak)", ours, gflops, 100 * gflops / peak))
        if skipTorch {
            say("pytorch: skipped (--skip-torch)")
        } else if let torch = PyTorchPeer.trainingRate(threads: threads, arch: arch, batch: batch, steps: steps) {
            say(String(format: "pytorch: %8.0f samples/s  (%.1f GFLOP/s)", torch.rate, torch.rate * Double(flops) / Double(batch) / 1e9)
                  + "  [torch \(torch.version)]")
            say(String(format: "ratio ours/pytorch: %.2fx (target ≥ 1.0x)", ours / torch.rate))
        } else {
            say("pytorch: unavailable (could not install or import torch in .venv-bench); ours alone above")
        }
        say(String(format: "peak resident memory so far: %.0f MB", peakResidentMB()))
        try threadInvariance(architecture)
        try realTraining(architecture)
        try scoring()
    }

    /// Multiply-adds ×2 of one training step: forward, ∂W and ∂x for every Linear.
    private func flopsPerStep(_ architecture: MLPArchitecture) -> Int {
        let widths = [100] + architecture.widths + [2]
        return zip(widths, widths.dropFirst()).reduce(0) { $0 + 6 * batch * $1.0 * $1.1 }
    }

    private func trainOurs(_ architecture: MLPArchitecture) throws -> Double {
        let stream = FrappeShaped.rows(batch * 64, seed: 1)
        let validation = FrappeShaped.rows(1024, seed: 2)
        var g = SeededGenerator(seed: 7)
        var warm = MLP(architecture: architecture, fields: 10, features: 5500, generator: &g)
        var config = TrainingConfiguration(epochs: 1, batchSize: batch, iterationsPerEpoch: 10)
        _ = try Trainer(configuration: config).train(&warm, training: stream, validation: validation, generator: &g)
        var model = MLP(architecture: architecture, fields: 10, features: 5500, generator: &g)
        config.iterationsPerEpoch = steps
        let history = try Trainer(configuration: config).train(&model, training: stream, validation: validation, generator: &g)
        let seconds = history.epochs.last?.trainSeconds ?? .nan
        return Double(steps * batch) / seconds
    }

    /// Whether 1 and `threads` BLAS threads give bit-identical weights after a few steps.
    private func threadInvariance(_ architecture: MLPArchitecture) throws {
        let stream = FrappeShaped.rows(batch * 8, seed: 4)
        func run(_ count: Int) throws -> (MLP, [Double]) {
            BLASThreads.set(count)
            var g = SeededGenerator(seed: 9)
            var model = MLP(architecture: architecture, fields: 10, features: 5500, generator: &g)
            let config = TrainingConfiguration(epochs: 2, batchSize: batch, iterationsPerEpoch: 5)
            let history = try Trainer(configuration: config).train(&model, training: stream, validation: stream, generator: &g)
            return (model, history.validationAUC)
        }
        let (a, curveA) = try run(1)
        let (b, curveB) = try run(max(threads, 2))
        BLASThreads.set(threads)
        let same = a.parameters == b.parameters && curveA == curveB
        say("determinism: 1 vs \(max(threads, 2)) BLAS threads after 10 steps of \(architecture): "
              + (same ? "bit-identical" : "DIFFERENT"))
    }

    /// Peak memory of training the widest TRAILS MLP on a diabetes-shaped stream (43 fields, batch 1024).
    private func worstCaseMemory() throws {
        var g = SeededGenerator(seed: 5)
        var ids: [Int32] = [], labels: [Float] = []
        for _ in 0..<4096 {
            for f in 0..<43 { ids.append(Int32(f * 8 + Int(g.next() % 8))) }
            labels.append(g.nextUnit() < 0.5 ? 1 : 0)
        }
        let data = try LibSVMDataset(fields: 43, labels: labels, featureIDs: ids,
                                     featureValues: [Float](repeating: 1, count: ids.count))
        var model = MLP(architecture: try MLPArchitecture("512-512-512-512"), fields: 43, features: 369, generator: &g)
        let config = TrainingConfiguration(epochs: 2, batchSize: 1024, iterationsPerEpoch: 10)
        _ = try Trainer(configuration: config).train(&model, training: data, validation: data, generator: &g)
        say(String(format: "memory: training 512-512-512-512, 43 fields, batch 1024 → peak resident %.0f MB (target < 200 MB)",
                     peakResidentMB()))
    }

    /// Trains on the real frappe rows with the TRAILS protocol and prints the AUC curve.
    private func realTraining(_ architecture: MLPArchitecture) throws {
        let testPath = frappe.replacingOccurrences(of: "valid.libsvm", with: "test.libsvm")
        guard realEpochs > 0, FileManager.default.fileExists(atPath: frappe), FileManager.default.fileExists(atPath: testPath) else {
            say("real frappe training: skipped (no data at \(frappe) or --real-epochs 0)")
            return
        }
        let training = try LibSVMDataset(path: frappe)
        let test = try LibSVMDataset(path: testPath)
        let validation = test.rows(in: 0..<(test.count / 2))
        var g = SeededGenerator(seed: 2024)
        var model = MLP(architecture: architecture, fields: training.fields, features: 5500, generator: &g)
        let trainer = Trainer(configuration: TrainingConfiguration(epochs: realEpochs, batchSize: batch))
        say("real frappe: \(architecture), \(training.count) training rows, \(validation.count) validation rows, batch \(batch)")
        _ = try trainer.train(&model, training: training, validation: validation, generator: &g) { record in
            say(String(format: "  epoch %2d  lr %.2e  loss %.4f  val AUC %.4f  time %.2f s (train %.2f s)",
                         record.epoch, record.learningRate, record.trainLoss, record.validationAUC,
                         record.cumulativeSeconds, record.trainSeconds))
        }
        say(String(format: "peak resident memory after real training: %.0f MB", peakResidentMB()))
        if !skipTorch, PyTorchPeer.ensureTorch() {
            let directory = (frappe as NSString).deletingLastPathComponent
            say("pytorch, same split and protocol (\(threads) thread(s)):")
            let output = PyTorchPeer.run(PyTorchPeer.python, ["Sources/ReproBench/peers/numerics_torch_frappe.py", directory,
                                                            "\(realEpochs)", architecture.description, "\(threads)"])
            say(output.map { $0.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") } ?? "  (failed)")
        }
    }

    private func scoring() throws {
        let data: LibSVMDataset
        var source = "synthetic frappe-shaped rows"
        if FileManager.default.fileExists(atPath: frappe) {
            data = try LibSVMDataset(path: frappe)
            source = frappe
        } else {
            data = FrappeShaped.rows(1024, seed: 3)
        }
        let scoringBatch = data.rows(in: 0..<32)
        var g = SeededGenerator(seed: 11)
        let choices = MLPArchitecture.tabularChoices
        let architectures = try (0..<models).map { _ in
            try MLPArchitecture(widths: (0..<4).map { _ in choices[Int(g.next() % UInt64(choices.count))] })
        }
        say("TFMEM scoring on a batch of 32 from \(source), \(models) random architectures of the 160,000:")
        let clock = ContinuousClock()
        let start = clock.now
        var checksum = 0.0
        var nonFinite: [String] = []
        for a in architectures {
            let model = MLP(architecture: a, fields: 10, features: 5500, generator: &g)
            let value = try model.score(.jacFlow, batch: scoringBatch, generator: &g)
            if value.isFinite { checksum += value } else { nonFinite.append(a.description) }
        }
        let elapsed = (clock.now - start).seconds
        say(String(format: "  jacflow: %.1f architectures/s (%.2f ms each, incl. init; target ≥ 50/s; TRAILS: 0.0212 s) [checksum %.3e]",
                     Double(models) / elapsed, 1000 * elapsed / Double(models), checksum))
        if !nonFinite.isEmpty {
            say("  non-finite JacFlow (singular NASWOT kernel) for \(nonFinite.count): \(nonFinite.prefix(5).joined(separator: ", "))")
        }
        let few = Array(architectures.prefix(10))
        for metric in TFMEM.allCases where metric != .jacFlow {
            let t0 = clock.now
            for a in few {
                let model = MLP(architecture: a, fields: 10, features: 5500, generator: &g)
                _ = try model.score(metric, batch: scoringBatch, generator: &g)
            }
            let ms = 1000 * (clock.now - t0).seconds / Double(few.count)
            say("  " + metric.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0) + String(format: "%8.2f ms per architecture", ms))
        }
        say(String(format: "peak resident memory: %.0f MB", peakResidentMB()))
    }
}

extension Duration {
    fileprivate var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) * 1e-18
    }
}

/// Peak resident set size of this process in MB.
func peakResidentMB() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Frappe-shaped synthetic rows: 10 fields, field f's id in [550f, 550f+550), value 1, random labels.
enum FrappeShaped {
    static func rows(_ count: Int, seed: UInt64) -> LibSVMDataset {
        var g = SeededGenerator(seed: seed)
        var ids: [Int32] = [], values: [Float] = [], labels: [Float] = []
        ids.reserveCapacity(count * 10)
        for _ in 0..<count {
            for f in 0..<10 { ids.append(Int32(f * 550 + Int(g.next() % 550))) }
            values.append(contentsOf: repeatElement(1, count: 10))
            labels.append(g.nextUnit() < 0.33 ? 1 : 0)
        }
        guard let data = try? LibSVMDataset(fields: 10, labels: labels, featureIDs: ids, featureValues: values) else {
            fatalError("frappe-shaped rows: sizes agree by construction")
        }
        return data
    }
}

/// The PyTorch CPU peer (`peers/numerics_torch_mlp.py`) in the project's `.venv-bench`.
enum PyTorchPeer {
    static let python = ".venv-bench/bin/python"

    /// Samples/s of PyTorch training the same model, or nil when torch cannot be made available.
    static func trainingRate(threads: Int, arch: String, batch: Int, steps: Int) -> (rate: Double, version: String)? {
        guard ensureTorch() else { return nil }
        let output = run(python, ["Sources/ReproBench/peers/numerics_torch_mlp.py", "--threads", "\(threads)",
                                  "--arch", arch, "--batch", "\(batch)", "--steps", "\(steps)"])
        guard let line = output?.split(separator: "\n").last,
              let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let rate = json["samples_per_second"] as? Double else { return nil }
        return (rate, json["torch"] as? String ?? "?")
    }

    /// Whether `import torch` works in `.venv-bench`, creating the venv and installing torch from PyPI if needed.
    static func ensureTorch() -> Bool {
        if run(python, ["-c", "import torch"]) != nil { return true }
        say("pytorch: installing torch into .venv-bench (PyPI; large download) ...")
        if !FileManager.default.fileExists(atPath: python) {
            guard run("/usr/bin/python3", ["-m", "venv", ".venv-bench"]) != nil else { return false }
        }
        // A CPU-only wheel among pip's find-links (no CUDA libraries to download) wins over PyPI's default build.
        let wheel = localCPUWheel()
        guard run(".venv-bench/bin/pip", ["install", "-q", wheel ?? "torch"]) != nil else { return false }
        return run(python, ["-c", "import torch"]) != nil
    }

    /// A `torch-*+cpu-*.whl` in a folder of pip's configured `find-links`, or nil.
    static func localCPUWheel() -> String? {
        guard let config = run(".venv-bench/bin/pip", ["config", "list"]) else { return nil }
        let folders = config.split(separator: "\n").filter { $0.contains("find-links") }.compactMap { line in
            line.split(separator: "=", maxSplits: 1).last.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'\" ")) }
        }
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if let name = names.sorted().last(where: { $0.hasPrefix("torch-") && $0.contains("+cpu") && $0.hasSuffix(".whl") }) {
                return folder + "/" + name
            }
        }
        return nil
    }

    /// Runs a process and returns its standard output, or nil if it could not run or failed.
    static func run(_ executable: String, _ arguments: [String]) -> String? {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return nil }
        return try? PeerProcess.output(executable, arguments)
    }
}

/// Writes a line to standard output unbuffered, so progress shows through pipes.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
