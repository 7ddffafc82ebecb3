import ArgumentParser
import Foundation
import Numerics
import Randomness
import SparseData
import Statistics
import TabularStore

/// Training throughput on the TRAILS benchmark's own mix of architectures, ours against PyTorch CPU.
///
/// Draws the first `architectures` of the benchmark's seeded sample of the 160,000 (the ones a
/// build trains first), trains each for the same steps on frappe-shaped batches with one thread on
/// both sides, architecture by architecture (ours, then PyTorch), and prints the per-architecture
/// ratio PyTorch time / ours, its median, and the fraction of the one-thread SGEMM peak that the
/// largest architectures reach.
struct TrainingMixBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training-mix",
        abstract: "Trains the TRAILS benchmark's architecture mix on frappe-shaped batches, ours vs PyTorch CPU, one thread each.")

    @Option(help: "Architectures: the first N of the benchmark's seeded sample.") var architectures = 30
    @Option(help: "The benchmark's sample seed (trails/benchmark: 2024).") var seed: UInt64 = 2024
    @Option(help: "Rows per mini-batch (frappe: 512).") var batch = 512
    @Option(help: "Timed training steps per architecture.") var steps = 40
    @Option(help: "Untimed warm-up steps per architecture.") var warmup = 5
    @Option(help: "Architectures counted as the largest (by flops per step) for the peak fraction.") var largest = 3
    @Option(help: "Comma-separated architectures to time instead of the sample (e.g. for a profiler).") var only: String?
    @Flag(help: "Do not run or install the PyTorch peer.") var skipTorch = false

    func run() throws {
        BLASThreads.set(1)
        let peak = BLASThreads.measureSGEMM()
        var g = SeededGenerator(seed: seed)
        let mix = try only.map { try $0.split(separator: ",").map { try MLPArchitecture(String($0)) } }
            ?? ArchitectureSample.uniform(count: architectures, generator: &g)
        let torch = !skipTorch && PyTorchPeer.ensureTorch()
        let what = only == nil ? "the first \(mix.count) architectures of the benchmark's sample (seed \(seed)) of the 160,000" : "\(mix.count) given architectures"
        say("training mix: \(what), "
              + "frappe-shaped batches of \(batch) (10 fields, 5,500 ids), \(steps) timed steps after \(warmup), 1 thread each")
        say(String(format: "sgemm peak (1024³, 1 thread): %.1f GFLOP/s", peak))
        say("  #  architecture          flops/step   ours ms/step  torch ms/step  torch/ours  ours GFLOP/s")
        let rows = FrappeShaped.rows(batch * 16, seed: 1)
        var results: [(architecture: MLPArchitecture, flops: Int, ours: Double, torch: Double?)] = []
        for (index, architecture) in mix.enumerated() {
            let ours = try secondsPerStep(architecture, rows: rows)
            let peer = torch ? PyTorchPeer.secondsPerStep(arch: architecture.description, batch: batch, steps: steps, warmup: warmup) : nil
            let flops = Self.flopsPerStep(architecture, batch: batch)
            results.append((architecture, flops, ours, peer))
            let ratio = peer.map { String(format: "%10.2fx", $0 / ours) } ?? "         -"
            let torchText = peer.map { String(format: "%13.2f", 1000 * $0) } ?? "            -"
            say(String(format: "%3d  ", index) + architecture.description.padding(toLength: 20, withPad: " ", startingAt: 0)
                  + String(format: " %11.1fM %14.2f ", Double(flops) / 1e6, 1000 * ours) + torchText + "  " + ratio + String(format: "  %12.1f", Double(flops) / ours / 1e9))
        }
        let ratios = results.compactMap { r in r.torch.map { $0 / r.ours } }
        if ratios.count == results.count, !ratios.isEmpty {
            let smallFlops = Self.flopsPerStep(try MLPArchitecture("64-64-64-64"), batch: batch)
            let small = results.filter { $0.flops < smallFlops }.compactMap { r in r.torch.map { $0 / r.ours } }
            say(String(format: "median ratio torch/ours: %.2fx over %d architectures (goal ≥ 1.0x); min %.2fx, max %.2fx",
                       Descriptive.median(ratios), ratios.count, ratios.min() ?? .nan, ratios.max() ?? .nan))
            if !small.isEmpty {
                say(String(format: "  small architectures (fewer flops than 64-64-64-64, %d of them): median %.2fx",
                           small.count, Descriptive.median(small)))
            }
            say(String(format: "total seconds for one step of each: ours %.3f, torch %.3f",
                       results.map(\.ours).reduce(0, +), results.compactMap(\.torch).reduce(0, +)))
        } else {
            say("pytorch: " + (skipTorch ? "skipped (--skip-torch)" : "unavailable (could not install or import torch in .venv-bench)")
                  + "; ours alone above")
        }
        for r in results.sorted(by: { $0.flops > $1.flops }).prefix(largest) {
            let gflops = Double(r.flops) / r.ours / 1e9
            say("largest: \(r.architecture) " + String(format: "%.1f GFLOP/s = %.0f%% of the sgemm peak", gflops, 100 * gflops / peak)
                  + (r.torch.map { String(format: " (torch %.0f%%)", 100 * Double(r.flops) / $0 / 1e9 / peak) } ?? ""))
        }
    }

    /// Seconds per training step of ours (trainer's own clock, validation excluded).
    private func secondsPerStep(_ architecture: MLPArchitecture, rows: LibSVMDataset) throws -> Double {
        let validation = rows.rows(in: 0..<min(64, rows.count))
        var g = SeededGenerator(seed: 7)
        var model = MLP(architecture: architecture, fields: 10, features: 5500, generator: &g)
        var config = TrainingConfiguration(epochs: 1, batchSize: batch, iterationsPerEpoch: max(warmup, 1))
        _ = try Trainer(configuration: config).train(&model, training: rows, validation: validation, generator: &g)
        config.iterationsPerEpoch = steps
        let history = try Trainer(configuration: config).train(&model, training: rows, validation: validation, generator: &g)
        return (history.epochs.last?.trainSeconds ?? .nan) / Double(steps)
    }

    /// Multiply-adds ×2 of one training step: forward, ∂W and ∂x of every Linear (10 fields × 10 embedding inputs).
    static func flopsPerStep(_ architecture: MLPArchitecture, batch: Int) -> Int {
        let widths = [100] + architecture.widths + [2]
        return zip(widths, widths.dropFirst()).reduce(0) { $0 + 6 * batch * $1.0 * $1.1 }
    }
}

extension PyTorchPeer {
    /// Seconds per training step of PyTorch on one thread (`numerics_torch_mlp.py`), or nil when it fails.
    static func secondsPerStep(arch: String, batch: Int, steps: Int, warmup: Int) -> Double? {
        let output = run(python, ["Sources/ReproBench/peers/numerics_torch_mlp.py", "--threads", "1", "--arch", arch,
                                  "--batch", "\(batch)", "--steps", "\(steps)", "--warmup", "\(warmup)"])
        guard let line = output?.split(separator: "\n").last,
              let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let rate = json["samples_per_second"] as? Double, rate > 0 else { return nil }
        return Double(batch) / rate
    }
}
