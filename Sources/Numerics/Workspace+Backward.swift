extension Workspace {
    /// Back-propagates `logitGradient` through the last forward pass.
    ///
    /// Writes ∂/∂W, ∂/∂b, ∂/∂γ, ∂/∂β of every layer into `gradients` (same layout as
    /// the parameters; the embedding part is left alone) and, when `inputGradient`
    /// is requested, ∂/∂input into `self.inputGradient`.
    ///
    /// BatchNorm with batch statistics: dĥ = dy·γ, dh = (1/σ)(dĥ − mean(dĥ) − x̂·mean(dĥ·x̂)).
    func backward(parameters p: UnsafePointer<S>, gradients g: UnsafeMutablePointer<S>, inputGradient wantInput: Bool) {
        let n = count
        for l in layout.layers.indices.reversed() {
            let layer = layout.layers[l]
            if layer.isHidden { normalizationBackward(l, layer: layer, parameters: p, gradients: g) }
            let dh = UnsafePointer(preGradient[l])
            let x = l == 0 ? UnsafePointer(input) : UnsafePointer(activation[l - 1])
            S.gemm(transposeA: true, transposeB: false, m: layer.outputs, n: layer.inputs, k: n,
                   alpha: 1, a: dh, lda: layer.outputs, b: x, ldb: layer.inputs,
                   beta: 0, c: g + layer.weight, ldc: layer.inputs)
            columnSums(dh, rows: n, columns: layer.outputs, into: g + layer.bias)
            if l > 0 || wantInput {
                let dx = l == 0 ? inputGradient : activationGradient[l - 1]
                S.gemm(transposeA: false, transposeB: false, m: n, n: layer.inputs, k: layer.outputs,
                       alpha: 1, a: dh, lda: layer.outputs, b: p + layer.weight, ldb: layer.inputs,
                       beta: 0, c: dx, ldc: layer.inputs)
            }
        }
    }

    private func columnSums(_ m: UnsafePointer<S>, rows: Int, columns: Int, into out: UnsafeMutablePointer<S>) {
        Parallel.ranges(columns, work: rows * columns) { cs in
            for c in cs { out[c] = 0 }
            for r in 0..<rows {
                let row = m + r * columns
                for c in cs { out[c] += row[c] }
            }
        }
    }

    private func normalizationBackward(_ l: Int, layer: DenseLayerLayout, parameters p: UnsafePointer<S>, gradients g: UnsafeMutablePointer<S>) {
        let n = count
        let w = layer.outputs
        let dy = activationGradient[l], a = UnsafePointer(activation[l]), xhat = UnsafePointer(normalized[l]), dh = preGradient[l]
        let dgamma = g + layer.gamma, dbeta = g + layer.beta
        dgamma.update(repeating: 0, count: w)
        dbeta.update(repeating: 0, count: w)
        if mode == .off {
            for i in 0..<(n * w) { dh[i] = a[i] > 0 ? dy[i] : 0 }
            return
        }
        let gamma = p + layer.gamma, istd = UnsafePointer(inverseStd[l])
        let batchMode: Bool
        if case .batch = mode { batchMode = true } else { batchMode = false }
        let inv = batchMode ? 1 / S(n) : 0
        let scale = scratch, shift = scratch + w, slope = scratch + 2 * w
        Parallel.ranges(w, work: 3 * n * w) { js in
            // ReLU mask, then Σ dy·x̂ and Σ dy per channel (simple loops, so they vectorise).
            for r in 0..<n {
                let dyr = dy + r * w, ar = a + r * w
                for j in js { dyr[j] *= ar[j] > 0 ? 1 : 0 }
            }
            for r in 0..<n {
                let dyr = UnsafePointer(dy + r * w), xr = xhat + r * w
                for j in js { dgamma[j] += dyr[j] * xr[j] }
                for j in js { dbeta[j] += dyr[j] }
            }
            // dh = k·(dy − c − x̂·e), per channel k = γ/σ, c = Σdy/n, e = Σdy·x̂/n (c = e = 0 outside batch mode).
            for j in js {
                scale[j] = gamma[j] * istd[j]
                shift[j] = dbeta[j] * inv
                slope[j] = dgamma[j] * inv
            }
            for r in 0..<n {
                let dyr = UnsafePointer(dy + r * w), xr = xhat + r * w, dhr = dh + r * w
                for j in js {
                    dhr[j] = scale[j] * (dyr[j] - shift[j] - xr[j] * slope[j])
                }
            }
        }
    }
}
