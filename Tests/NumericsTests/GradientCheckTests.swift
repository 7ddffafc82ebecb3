import TestSupport
import Randomness
import SparseData
import Testing
@testable import Numerics

/// Loss and analytic gradient (parameters and embedded input) of `model` on `data`, computed in `S`.
private func lossAndGradient<S: BLASScalar>(
    _ model: MLP, parameters: [S], data: LibSVMDataset, mode: NormalizationMode, statistics: [S]
) -> (loss: Double, gradient: [S], input: [S], inputGradient: [S]) {
    let workspace = Workspace<S>(layout: model.layout, capacity: data.count)
    var p = parameters, s = statistics
    var g = [S](repeating: 0, count: p.count)
    let loss = p.withMutablePointer { pp in
        s.withMutablePointer { sp in
            g.withMutablePointer { gp in
                workspace.load(data, rows: 0..<data.count, table: pp)
                workspace.forward(parameters: pp, mode: mode, statistics: sp)
                let loss = workspace.softmaxCrossEntropy()
                workspace.backward(parameters: pp, gradients: gp, inputGradient: true)
                workspace.scatterAdd(into: gp)
                return loss
            }
        }
    }
    let width = model.layout.inputWidth * data.count
    let input = Array(UnsafeBufferPointer(start: workspace.input, count: width))
    let inputGradient = Array(UnsafeBufferPointer(start: workspace.inputGradient, count: width))
    return (loss, g, input, inputGradient)
}

/// The named parameter blocks of the layout, for per-layer reporting.
private func blocks(_ layout: ParameterLayout) -> [(String, Range<Int>)] {
    var out = [("embedding", 0..<layout.embeddingCount)]
    for (l, layer) in layout.layers.enumerated() {
        out.append(("linear\(l).weight", layer.weight..<(layer.weight + layer.inputs * layer.outputs)))
        out.append(("linear\(l).bias", layer.bias..<(layer.bias + layer.outputs)))
        if layer.isHidden {
            out.append(("bn\(l).gamma", layer.gamma..<(layer.gamma + layer.outputs)))
            out.append(("bn\(l).beta", layer.beta..<(layer.beta + layer.outputs)))
        }
    }
    return out
}

private func smallModel(seed: UInt64) throws -> (MLP, LibSVMDataset) {
    var g = SeededGenerator(seed: seed)
    var model = MLP(architecture: try MLPArchitecture("6-5-7-4"), fields: 4, features: 40, embeddingSize: 3, generator: &g)
    // Perturb γ, β, biases and running statistics away from their init so that every term is exercised.
    for layer in model.layout.layers {
        for i in layer.bias..<(layer.bias + layer.outputs) { model.parameters[i] = Float(g.nextNormal() * 0.3) }
        if layer.isHidden {
            for j in 0..<layer.outputs {
                model.parameters[layer.gamma + j] = Float(1 + 0.3 * g.nextNormal())
                model.parameters[layer.beta + j] = Float(0.3 * g.nextNormal())
            }
        }
    }
    for i in model.runningStatistics.indices {
        model.runningStatistics[i] = Float(i < model.layout.channels ? 0.2 * g.nextNormal() : 0.5 + g.nextUnit())
    }
    return (model, Synthetic.dataset(rows: 12, seed: seed + 1, values: .random))
}

private let modes: [NormalizationMode] = [.batch(updateRunning: false), .running, .off]

/// Every layer's parameters against central differences in Float64 (h = 1e-6).
@Test(arguments: modes)
func float64GradientsMatchFiniteDifferences(mode: NormalizationMode) throws {
    let (model, data) = try smallModel(seed: 7)
    let p = model.parameters.map(Double.init)
    let s = model.runningStatistics.map(Double.init)
    let analytic = lossAndGradient(model, parameters: p, data: data, mode: mode, statistics: s).gradient
    let h = 1e-6
    for (name, range) in blocks(model.layout) {
        var worst = 0.0
        for i in range {
            // Skip embedding rows the batch does not touch (their gradient is exactly 0).
            var plus = p, minus = p
            plus[i] += h
            minus[i] -= h
            let numeric = (lossAndGradient(model, parameters: plus, data: data, mode: mode, statistics: s).loss
                - lossAndGradient(model, parameters: minus, data: data, mode: mode, statistics: s).loss) / (2 * h)
            let scale = max(abs(numeric) + abs(analytic[i]), 1e-4)
            worst = max(worst, abs(numeric - analytic[i]) / scale)
        }
        #expect(worst < 1e-6, "\(mode) \(name): relative error \(worst)")
    }
}

/// The gradient with respect to the embedded input (Linear backward into the embedding) in Float64.
@Test(arguments: modes)
func float64InputGradientMatchesFiniteDifferences(mode: NormalizationMode) throws {
    let (model, data) = try smallModel(seed: 11)
    let p = model.parameters.map(Double.init)
    let s = model.runningStatistics.map(Double.init)
    let base = lossAndGradient(model, parameters: p, data: data, mode: mode, statistics: s)
    let layout = model.layout
    let h = 1e-6
    var worst = 0.0
    for i in stride(from: 0, to: base.input.count, by: 5) {
        func loss(_ delta: Double) -> Double {
            let workspace = Workspace<Double>(layout: layout, capacity: data.count)
            workspace.count = data.count
            for k in base.input.indices { workspace.input[k] = base.input[k] }
            workspace.input[i] += delta
            for r in 0..<data.count { workspace.targets[r] = data.labels[r] > 0 ? 1 : 0 }
            var pp = p, ss = s
            return pp.withMutablePointer { pp in
                ss.withMutablePointer { sp in
                    workspace.forward(parameters: pp, mode: mode, statistics: sp)
                    return workspace.softmaxCrossEntropy()
                }
            }
        }
        let numeric = (loss(h) - loss(-h)) / (2 * h)
        worst = max(worst, abs(numeric - base.inputGradient[i]) / max(abs(numeric) + abs(base.inputGradient[i]), 1e-4))
    }
    #expect(worst < 1e-6, "\(mode) input gradient: relative error \(worst)")
}

/// Float32 gradients (per layer and whole network) against central differences of the loss.
///
/// The differences are taken along each block's gradient direction g/|g| with a
/// step of 1e-4, on the network evaluated in Float64 at the Float32 weights, so
/// the comparison measures the Float32 backward pass, not Float32 rounding of the
/// loss. Blocks whose gradient is zero in exact arithmetic (Linear biases in
/// front of batch-statistics BatchNorm) are skipped.
@Test(arguments: modes)
func float32GradientsMatchFiniteDifferences(mode: NormalizationMode) throws {
    let (model, data) = try smallModel(seed: 3)
    let s = model.runningStatistics
    let analytic = lossAndGradient(model, parameters: model.parameters, data: data, mode: mode, statistics: s).gradient
    let p64 = model.parameters.map(Double.init), s64 = s.map(Double.init)
    var checks = blocks(model.layout)
    checks.append(("whole network", 0..<model.parameters.count))
    for (name, range) in checks {
        let direction = range.map { Double(analytic[$0]) }
        let norm = direction.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 1e-4 else { continue }
        let h = 1e-4 / norm
        var plus = p64, minus = p64
        for (k, i) in range.enumerated() {
            plus[i] += h * direction[k]
            minus[i] -= h * direction[k]
        }
        let numeric = (lossAndGradient(model, parameters: plus, data: data, mode: mode, statistics: s64).loss
            - lossAndGradient(model, parameters: minus, data: data, mode: mode, statistics: s64).loss) / (2 * h * norm)
        let relative = abs(numeric - norm) / norm
        #expect(relative < 1e-3, "\(mode) \(name): relative error \(relative) (|g| = \(norm))")
    }
}

@Test func batchNormUpdatesRunningStatisticsLikePyTorch() throws {
    let (model, data) = try smallModel(seed: 5)
    let workspace = Workspace<Double>(layout: model.layout, capacity: data.count)
    var p = model.parameters.map(Double.init)
    var s = [Double](repeating: 0, count: model.layout.channels) + [Double](repeating: 1, count: model.layout.channels)
    p.withMutablePointer { pp in
        s.withMutablePointer { sp in
            workspace.load(data, rows: 0..<data.count, table: pp)
            workspace.forward(parameters: pp, mode: .batch(updateRunning: true), statistics: sp)
        }
    }
    // Layer 0: running mean = 0.1·batch mean, running var = 0.9 + 0.1·unbiased batch variance.
    let w = model.layout.layers[0].outputs
    let n = data.count
    for j in 0..<w {
        let column = (0..<n).map { workspace.pre[0][$0 * w + j] }
        let mean = column.reduce(0, +) / Double(n)
        let unbiased = column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n - 1)
        #expect(abs(s[j] - 0.1 * mean) < 1e-12)
        #expect(abs(s[model.layout.channels + j] - (0.9 + 0.1 * unbiased)) < 1e-12)
    }
}
