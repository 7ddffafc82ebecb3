extension TFMEMScorer {
    /// Σ_l ‖∂L/∂W_l‖_F.
    func gradNorm() -> Double {
        let g = lossGradient()
        return linearWeights.reduce(0) { total, range in
            total + range.reduce(0) { $0 + g[$1] * g[$1] }.squareRoot()
        }
    }

    /// Σ_l Σ |W_l ⊙ ∂L/∂W_l|.
    func snip() -> Double {
        let g = lossGradient()
        return linearWeights.reduce(0) { total, range in
            total + range.reduce(0) { $0 + abs(parameters[$1] * g[$1]) }
        }
    }

    /// −Σ W ⊙ Hg with Hg from a central difference of gradients along g (Linear weights only).
    func grasp() -> Double {
        let g = lossGradient()
        let ranges = linearWeights
        let norm = ranges.reduce(0) { t, r in t + r.reduce(0) { $0 + g[$1] * g[$1] } }.squareRoot()
        guard norm > 0 else { return 0 }
        let epsilon = 1e-5
        var plus = parameters, minus = parameters
        for range in ranges {
            for i in range {
                plus[i] += epsilon * g[i] / norm
                minus[i] -= epsilon * g[i] / norm
            }
        }
        let gPlus = lossGradient(plus), gMinus = lossGradient(minus)
        var total = 0.0
        for range in ranges {
            for i in range {
                let hg = (gPlus[i] - gMinus[i]) / (2 * epsilon) * norm
                total -= parameters[i] * hg
            }
        }
        return total
    }

    /// Σ_l fan-in_l · Σ_c ½ mean_n (a·∂L/∂a)² over the Linear outputs a.
    ///
    /// TRAILS scores Fisher per weight: each output channel's value is spread over that
    /// channel's row of weights and summed, which multiplies a layer's channel sum by its fan-in.
    func fisher() -> Double {
        _ = lossGradient()
        let n = batch.count
        var total = 0.0
        for (l, layer) in layout.layers.enumerated() {
            let a = workspace.pre[l], g = workspace.preGradient[l]
            var channels = 0.0
            for c in 0..<layer.outputs {
                var sum = 0.0
                for r in 0..<n {
                    let v = a[r * layer.outputs + c] * g[r * layer.outputs + c]
                    sum += v * v
                }
                channels += 0.5 * sum / Double(n)
            }
            total += Double(layer.inputs) * channels
        }
        return total
    }

    /// Σ_l ‖W_l‖_F.
    func weightNorm() -> Double {
        linearWeights.reduce(0) { total, range in
            total + range.reduce(0) { $0 + parameters[$1] * parameters[$1] }.squareRoot()
        }
    }

    /// ‖∂L/∂θ‖² over all parameters (NASI's approximation of the NTK trace).
    func ntkTraceApprox() -> Double {
        lossGradient().reduce(0) { $0 + $1 * $1 }
    }
}
