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
        Parallel.ranges(columns, work: rows * columns) { cs in
            for r in 0..<rows {
                let target = m + r * columns
                for c in cs { target[c] += row[c] }
            }
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
            // Without stored statistics, use the initial ones (mean 0, variance 1).
            for j in 0..<w {
                mu[j] = statistics.map { $0[layer.statistics + j] } ?? 0
                let variance = statistics.map { $0[layout.channels + layer.statistics + j] } ?? 1
                istd[j] = 1 / (variance + eps).squareRoot()
            }
        case .batch(let update):
            let inv = 1 / S(n)
            let unbiased = n > 1 ? 1 / S(n - 1) : 0
            let m = S(MLP.momentum)
            Parallel.ranges(w, work: 3 * n * w) { js in
                for j in js {
                    mu[j] = 0
                    istd[j] = 0
                }
                for r in 0..<n {
                    let row = UnsafePointer(h + r * w)
                    for j in js { mu[j] += row[j] }
                }
                for j in js { mu[j] *= inv }
                for r in 0..<n {
                    let row = UnsafePointer(h + r * w)
                    for j in js {
                        let d = row[j] - mu[j]
                        istd[j] += d * d
                    }
                }
                if update, let stats = statistics {
                    let rm = stats + layer.statistics
                    let rv = stats + layout.channels + layer.statistics
                    for j in js {
                        rm[j] = (1 - m) * rm[j] + m * mu[j]
                        rv[j] = (1 - m) * rv[j] + m * istd[j] * unbiased
                    }
                }
                for j in js { istd[j] = 1 / (istd[j] * inv + eps).squareRoot() }
            }
        }
        // x̂ = (h − μ)/σ, a = max(γ x̂ + β, 0).
        let gamma = p + layer.gamma, beta = p + layer.beta
        Parallel.ranges(w, work: n * w) { js in
            for r in 0..<n {
                let hr = UnsafePointer(h + r * w), xr = xhat + r * w, ar = a + r * w
                for j in js {
                    let z = (hr[j] - mu[j]) * istd[j]
                    xr[j] = z
                    let y = gamma[j] * z + beta[j]
                    ar[j] = y > 0 ? y : 0
                }
            }
        }
    }
}
