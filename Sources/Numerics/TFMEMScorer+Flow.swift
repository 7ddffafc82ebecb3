import Randomness

extension TFMEMScorer {
    /// A BatchNorm-free Float64 workspace running the network with |θ| on an all-ones input.
    private func linearised(rows: Int) -> (Workspace<Double>, [Double]) {
        let flow = Workspace<Double>(layout: layout, capacity: rows)
        flow.count = rows
        flow.input.update(repeating: 1, count: rows * layout.inputWidth)
        return (flow, parameters.map { abs($0) })
    }

    /// Σ_l Σ |W_l| ⊙ ∂R/∂|W_l|, R = Σ f(1) over a batch of identical all-ones rows.
    ///
    /// With identical rows ∂R/∂W is the batch size times that of one row, so one row is run.
    func synFlow() -> Double {
        let (flow, initial) = linearised(rows: 1)
        var absolute = initial
        var g = [Double](repeating: 0, count: absolute.count)
        absolute.withMutablePointer { p in
            g.withMutablePointer { gp in
                flow.forward(parameters: p, mode: .off, statistics: nil)
                flow.logitGradient.update(repeating: 1, count: layout.layers[layout.layers.count - 1].outputs)
                flow.backward(parameters: p, gradients: gp, inputGradient: false)
            }
        }
        let perRow = linearWeights.reduce(0) { total, range in
            total + range.reduce(0) { $0 + absolute[$1] * g[$1] }
        }
        return perRow * Double(batch.count)
    }

    /// Σ_l w_l · width_l · Σ z_l·|∂(Σf)/∂z_l|, w_l ∝ 1/τ_l (see `TFMEM.expressFlow`).
    func expressFlow(generator: inout SeededGenerator) -> Double {
        let epsilon = 1e-5
        let noise = (0..<(batch.count * layout.inputWidth)).map { _ in epsilon * generator.nextNormal() }
        return expressFlow(perturbation: noise, epsilon: epsilon)
    }

    /// ExpressFlow with the input perturbation δ given (`batch × inputWidth` numbers of scale ε).
    func expressFlow(perturbation: [Double], epsilon: Double) -> Double {
        let rows = batch.count
        let (flow, initial) = linearised(rows: rows)
        let hidden = layout.layers.dropLast()
        var saliency: [Double] = []
        var clean: [[Double]] = []
        var absolute = initial
        var g = [Double](repeating: 0, count: absolute.count)
        absolute.withMutablePointer { p in
            g.withMutablePointer { gp in
                flow.forward(parameters: p, mode: .off, statistics: nil)
                for (l, layer) in hidden.enumerated() {
                    clean.append(Array(UnsafeBufferPointer(start: flow.activation[l], count: rows * layer.outputs)))
                }
                flow.logitGradient.update(repeating: 1, count: rows * layout.layers[layout.layers.count - 1].outputs)
                flow.backward(parameters: p, gradients: gp, inputGradient: false)
                for (l, layer) in hidden.enumerated() {
                    var v = 0.0
                    for i in 0..<(rows * layer.outputs) { v += clean[l][i] * abs(flow.activationGradient[l][i]) }
                    saliency.append(v)
                }
                for i in 0..<(rows * layout.inputWidth) { flow.input[i] = 1 + perturbation[i] }
                flow.forward(parameters: p, mode: .off, statistics: nil)
            }
        }
        var inverseLengths: [Double] = []
        for (l, layer) in hidden.enumerated() {
            var ss = 0.0
            for i in 0..<(rows * layer.outputs) {
                let d = flow.activation[l][i] - clean[l][i]
                ss += d * d
            }
            inverseLengths.append(epsilon / ss.squareRoot())
        }
        let totalInverse = inverseLengths.reduce(0, +)
        var score = 0.0
        for (l, layer) in hidden.enumerated() {
            score += inverseLengths[l] / totalInverse * Double(layer.outputs) * saliency[l]
        }
        return score
    }
}
