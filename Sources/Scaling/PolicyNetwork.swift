import Foundation
import Randomness

/// The project's scaling policy: an MLP 3 → h → h → 9 with LeakyReLU(0.2), read as
/// three softmaxes over (decrease, stay, increase) for w, d and r; trained with Adam.
///
/// Small enough to run as plain loops; weights are stored row-major [out][in].
public struct PolicyNetwork: Sendable {
    /// Hidden width (the project uses 128).
    public let hidden: Int
    var w1: [Double], b1: [Double], w2: [Double], b2: [Double], w3: [Double], b3: [Double]
    private var adam: AdamState
    /// Adam's learning rate.
    public var learningRate: Double

    /// PyTorch-style initialisation: U(±1/√fan_in) for weights and biases.
    public init(hidden: Int = 128, learningRate: Double = 1e-3, generator: inout SeededGenerator) {
        self.hidden = hidden
        self.learningRate = learningRate
        func uniform(_ count: Int, fanIn: Int) -> [Double] {
            let bound = 1 / Double(fanIn).squareRoot()
            return (0..<count).map { _ in (generator.nextUnit() * 2 - 1) * bound }
        }
        w1 = uniform(hidden * 3, fanIn: 3); b1 = uniform(hidden, fanIn: 3)
        w2 = uniform(hidden * hidden, fanIn: hidden); b2 = uniform(hidden, fanIn: hidden)
        w3 = uniform(9 * hidden, fanIn: hidden); b3 = uniform(9, fanIn: hidden)
        adam = AdamState(sizes: [w1.count, b1.count, w2.count, b2.count, w3.count, b3.count])
    }

    /// Per-coordinate probabilities of (decrease, stay, increase) at `observation`.
    public func probabilities(_ observation: [Double]) -> [[Double]] {
        let pass = forward(observation)
        return pass.probabilities
    }

    struct Pass {
        var h1: [Double], a1: [Double], h2: [Double], a2: [Double]
        var probabilities: [[Double]]
    }

    func forward(_ x: [Double]) -> Pass {
        let h1 = affine(w1, b1, x, outputs: hidden)
        let a1 = h1.map { $0 > 0 ? $0 : 0.2 * $0 }
        let h2 = affine(w2, b2, a1, outputs: hidden)
        let a2 = h2.map { $0 > 0 ? $0 : 0.2 * $0 }
        let logits = affine(w3, b3, a2, outputs: 9)
        let probabilities = (0..<3).map { k -> [Double] in
            let row = Array(logits[(3 * k)..<(3 * k + 3)])
            let top = row.max() ?? 0
            let e = row.map { exp($0 - top) }
            let sum = e.reduce(0, +)
            return e.map { $0 / sum }
        }
        return Pass(h1: h1, a1: a1, h2: h2, a2: a2, probabilities: probabilities)
    }

    private func affine(_ w: [Double], _ b: [Double], _ x: [Double], outputs: Int) -> [Double] {
        var y = b
        let n = x.count
        w.withUnsafeBufferPointer { wp in
            for o in 0..<outputs {
                var sum = 0.0
                let base = o * n
                for i in 0..<n { sum += wp[base + i] * x[i] }
                y[o] += sum
            }
        }
        return y
    }

    /// One REINFORCE step on `batch`: loss = −mean(reward × Σ_k log p(a_k | obs)).
    /// Returns the loss before the step.
    @discardableResult
    public mutating func reinforce(_ batch: [(observation: [Double], actions: [Int], reward: Double)]) -> Double {
        var gw1 = [Double](repeating: 0, count: w1.count), gb1 = [Double](repeating: 0, count: b1.count)
        var gw2 = [Double](repeating: 0, count: w2.count), gb2 = [Double](repeating: 0, count: b2.count)
        var gw3 = [Double](repeating: 0, count: w3.count), gb3 = [Double](repeating: 0, count: b3.count)
        var loss = 0.0
        let scale = 1 / Double(batch.count)
        for sample in batch {
            let pass = forward(sample.observation)
            var dLogits = [Double](repeating: 0, count: 9)
            for k in 0..<3 {
                loss -= sample.reward * log(pass.probabilities[k][sample.actions[k]]) * scale
                for j in 0..<3 {
                    let indicator = j == sample.actions[k] ? 1.0 : 0.0
                    dLogits[3 * k + j] = -sample.reward * scale * (indicator - pass.probabilities[k][j])
                }
            }
            let dA2 = backward(w3, dLogits, input: pass.a2, gradW: &gw3, gradB: &gb3)
            let dH2 = zip(dA2, pass.h2).map { $1 > 0 ? $0 : 0.2 * $0 }
            let dA1 = backward(w2, dH2, input: pass.a1, gradW: &gw2, gradB: &gb2)
            let dH1 = zip(dA1, pass.h1).map { $1 > 0 ? $0 : 0.2 * $0 }
            _ = backward(w1, dH1, input: sample.observation, gradW: &gw1, gradB: &gb1, needInput: false)
        }
        var parameters = [w1, b1, w2, b2, w3, b3]
        adam.step(&parameters, gradients: [gw1, gb1, gw2, gb2, gw3, gb3], learningRate: learningRate)
        (w1, b1, w2, b2, w3, b3) = (parameters[0], parameters[1], parameters[2], parameters[3], parameters[4], parameters[5])
        return loss
    }

    private func backward(_ w: [Double], _ dy: [Double], input: [Double], gradW: inout [Double], gradB: inout [Double],
                          needInput: Bool = true) -> [Double] {
        let n = input.count
        var dx = [Double](repeating: 0, count: needInput ? n : 0)
        for o in 0..<dy.count where dy[o] != 0 {
            let d = dy[o]
            gradB[o] += d
            let base = o * n
            for i in 0..<n {
                gradW[base + i] += d * input[i]
                if needInput { dx[i] += d * w[base + i] }
            }
        }
        return dx
    }
}

/// Adam (β₁ 0.9, β₂ 0.999, ε 1e-8) over a list of parameter arrays.
struct AdamState: Sendable {
    var m: [[Double]], v: [[Double]]
    var t = 0

    init(sizes: [Int]) {
        m = sizes.map { [Double](repeating: 0, count: $0) }
        v = m
    }

    mutating func step(_ parameters: inout [[Double]], gradients: [[Double]], learningRate: Double) {
        t += 1
        let c1 = 1 - pow(0.9, Double(t)), c2 = 1 - pow(0.999, Double(t))
        for p in parameters.indices {
            for i in parameters[p].indices {
                let g = gradients[p][i]
                m[p][i] = 0.9 * m[p][i] + 0.1 * g
                v[p][i] = 0.999 * v[p][i] + 0.001 * g * g
                parameters[p][i] -= learningRate * (m[p][i] / c1) / ((v[p][i] / c2).squareRoot() + 1e-8)
            }
        }
    }
}
