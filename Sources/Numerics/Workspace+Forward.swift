extension Workspace {
    /// Runs the network on the `count` rows in `input`, leaving every activation in place.
    ///
    /// Hidden layer l: h = x Wᵀ + b (sgemm), x̂ = (h − μ)/√(σ² + ε), y = γ x̂ + β,
    /// a = max(y, 0). With `.batch`, μ and σ² (biased) come from the batch and the
    /// running statistics move by momentum 0.1 (σ² unbiased there, as PyTorch does).
    func forward(parameters p: UnsafePointer<S>, mode: NormalizationMode, statistics: UnsafeMutablePointer<S>?) {
        self.mode = mode
        var x = UnsafePointer(input)
        for (l, layer) in layout.layers.enumerated() {
            let h = pre[l]
            S.gemm(transposeA: false, transposeB: true, m: count, n: layer.outputs, k: layer.inputs,
                   alpha: 1, a: x, lda: layer.inputs, b: p + layer.weight, ldb: layer.inputs,
                   beta: 0, c: h, ldc: layer.outputs)
            addRow(p + layer.bias, to: h, rows: count, columns: layer.outputs)
            guard layer.isHidden else { break }
            normalizeAndActivate(l, layer: layer, parameters: p, statistics: statistics)
            x = UnsafePointer(activation[l])
        }
    }

    private func addRow(_ row: UnsafePointer<S>, to m: UnsafeMutablePointer<S>, rows: Int, columns: Int) {
        for r in 0..<rows {
            let target = m + r * columns
            for c in 0..<columns { target[c] += row[c] }
        }
    }

    private func normalizeAndActivate(_ l: Int, layer: DenseLayerLayout, parameters p: UnsafePointer<S>, statistics: UnsafeMutablePointer<S>?) {
        let n = count
        let w = layer.outputs
        let h = pre[l], xhat = normalized[l], a = activation[l]
        let mu = mean[l], istd = inverseStd[l]
        let eps = S(MLP.epsilon)
        switch mode {
        case .off:
            for i in 0..<(n * w) {
                xhat[i] = h[i]
                a[i] = h[i] > 0 ? h[i] : 0
            }
            return
        case .running:
            guard let stats = statistics else { fatalError("running statistics required") }
            let rm = stats + layer.statistics
            let rv = stats + layout.channels + layer.statistics
            for j in 0..<w {
                mu[j] = rm[j]
                istd[j] = 1 / (rv[j] + eps).squareRoot()
            }
        case .batch(let update):
            mu.update(repeating: 0, count: w)
            istd.update(repeating: 0, count: w)
            for r in 0..<n {
                let row = h + r * w
                for j in 0..<w { mu[j] += row[j] }
            }
            let inv = 1 / S(n)
            for j in 0..<w { mu[j] *= inv }
            for r in 0..<n {
                let row = h + r * w
                for j in 0..<w {
                    let d = row[j] - mu[j]
                    istd[j] += d * d
                }
            }
            if update, let stats = statistics {
                let rm = stats + layer.statistics
                let rv = stats + layout.channels + layer.statistics
                let m = S(MLP.momentum)
                let unbiased = n > 1 ? 1 / S(n - 1) : 0
                for j in 0..<w {
                    rm[j] = (1 - m) * rm[j] + m * mu[j]
                    rv[j] = (1 - m) * rv[j] + m * istd[j] * unbiased
                }
            }
            for j in 0..<w { istd[j] = 1 / (istd[j] * inv + eps).squareRoot() }
        }
        // y = γ(h − μ)/σ + β = a·h + b per channel, computed as x̂ then y.
        let gamma = p + layer.gamma, beta = p + layer.beta
        for r in 0..<n {
            let hr = UnsafePointer(h + r * w), xr = xhat + r * w, ar = a + r * w
            for j in 0..<w {
                let z = (hr[j] - mu[j]) * istd[j]
                xr[j] = z
                let y = gamma[j] * z + beta[j]
                ar[j] = y > 0 ? y : 0
            }
        }
    }
}
