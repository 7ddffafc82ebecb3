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
        out.update(repeating: 0, count: columns)
        for r in 0..<rows {
            let row = m + r * columns
            for c in 0..<columns { out[c] += row[c] }
        }
    }

    private func normalizationBackward(_ l: Int, layer: DenseLayerLayout, parameters p: UnsafePointer<S>, gradients g: UnsafeMutablePointer<S>) {
        let n = count
        let w = layer.outputs
        let dy = activationGradient[l], a = activation[l], xhat = normalized[l], dh = preGradient[l]
        for i in 0..<(n * w) where !(a[i] > 0) { dy[i] = 0 }
        let dgamma = g + layer.gamma, dbeta = g + layer.beta
        if mode == .off {
            dh.update(from: dy, count: n * w)
            dgamma.update(repeating: 0, count: w)
            dbeta.update(repeating: 0, count: w)
            return
        }
        dgamma.update(repeating: 0, count: w)
        dbeta.update(repeating: 0, count: w)
        for r in 0..<n {
            let dyr = dy + r * w, xr = xhat + r * w
            for j in 0..<w {
                dgamma[j] += dyr[j] * xr[j]
                dbeta[j] += dyr[j]
            }
        }
        let gamma = p + layer.gamma, istd = inverseStd[l]
        if case .batch = mode {
            let inv = 1 / S(n)
            for r in 0..<n {
                let dyr = dy + r * w, xr = xhat + r * w, dhr = dh + r * w
                for j in 0..<w {
                    dhr[j] = gamma[j] * istd[j] * (dyr[j] - dbeta[j] * inv - xr[j] * dgamma[j] * inv)
                }
            }
        } else {
            for r in 0..<n {
                let dyr = dy + r * w, dhr = dh + r * w
                for j in 0..<w { dhr[j] = gamma[j] * istd[j] * dyr[j] }
            }
        }
    }
}
