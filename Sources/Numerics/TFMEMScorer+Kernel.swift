extension TFMEMScorer {
    /// log|det K| of the ReLU activation-pattern kernel.
    func naswot() -> Double {
        parameters.withMutablePointer { forwardBatch($0) }
        let n = batch.count
        let units = layout.layers.dropLast().reduce(0) { $0 + $1.outputs }
        var codes = [Double](repeating: 0, count: n * units)
        var offset = 0
        for (l, layer) in layout.layers.dropLast().enumerated() {
            let a = workspace.activation[l]
            for r in 0..<n {
                for j in 0..<layer.outputs where a[r * layer.outputs + j] > 0 {
                    codes[r * units + offset + j] = 1
                }
            }
            offset += layer.outputs
        }
        // K = C Cᵀ + (1−C)(1−C)ᵀ = N_A − Hamming.
        let complement = codes.map { 1 - $0 }
        var k = [Double](repeating: 0, count: n * n)
        codes.withPointer { c in
            complement.withPointer { d in
                k.withMutablePointer { kp in
                    Double.gemm(transposeA: false, transposeB: true, m: n, n: n, k: units, alpha: 1, a: c, lda: units,
                                b: c, ldb: units, beta: 0, c: kp, ldc: n)
                    Double.gemm(transposeA: false, transposeB: true, m: n, n: n, k: units, alpha: 1, a: d, lda: units,
                                b: d, ldb: units, beta: 1, c: kp, ldc: n)
                }
            }
        }
        return DenseLinearAlgebra.logAbsDeterminant(k, n: n)
    }

    /// −Σ [log(λ + k) + 1/(λ + k)] over the eigenvalues of corrcoef(J).
    func jacobCov() -> Double {
        let n = batch.count
        var g = [Double](repeating: 0, count: parameters.count)
        parameters.withMutablePointer { p in
            g.withMutablePointer { gp in
                forwardBatch(p)
                let c = layout.layers[layout.layers.count - 1].outputs
                workspace.logitGradient.update(repeating: 1, count: n * c)
                workspace.backward(parameters: p, gradients: gp, inputGradient: true)
            }
        }
        let width = layout.inputWidth
        let jacobian = Array(UnsafeBufferPointer(start: workspace.inputGradient, count: n * width))
        let correlation = DenseLinearAlgebra.rowCorrelation(jacobian, rows: n, columns: width)
        let eigenvalues = DenseLinearAlgebra.symmetricEigenvalues(correlation, n: n)
        let k = 1e-5
        return -eigenvalues.reduce(0) { $0 + log($1 + k) + 1 / ($1 + k) }
    }

    /// Eigenvalues of the empirical NTK Θ = G Gᵀ as TRAILS scores it.
    ///
    /// G_n holds row n's per-sample gradients of every Linear weight and bias (no embedding,
    /// no BatchNorm) for one backward pass of Σ_n f(x_n)[y_n], the logit of each row's label.
    /// Per-sample gradient hooks form row n's weight gradient as the outer product of the
    /// layer's output gradient b_n and its input a_n, so
    /// Θ_nm = Σ_l (b_n·b_m)(a_n·a_m + 1): two n×n Gram matrices per layer, no per-sample pass.
    func ntkEigenvalues() -> (condition: Double, trace: Double) {
        let n = batch.count
        var kernel = [Double](repeating: 0, count: n * n)
        var gradient = [Double](repeating: 0, count: parameters.count)
        var inputs = [Double](repeating: 0, count: n * n)
        var outputs = [Double](repeating: 0, count: n * n)
        parameters.withMutablePointer { p in
            gradient.withMutablePointer { g in
                forwardBatch(p)
                let c = layout.layers[layout.layers.count - 1].outputs
                workspace.logitGradient.update(repeating: 0, count: n * c)
                for row in 0..<n { workspace.logitGradient[row * c + Int(workspace.targets[row])] = 1 }
                workspace.backward(parameters: p, gradients: g, inputGradient: false)
                for (l, layer) in layout.layers.enumerated() {
                    let a = l == 0 ? UnsafePointer(workspace.input) : UnsafePointer(workspace.activation[l - 1])
                    let b = UnsafePointer(workspace.preGradient[l])
                    inputs.withMutablePointer { gram in
                        Double.gemm(transposeA: false, transposeB: true, m: n, n: n, k: layer.inputs, alpha: 1, a: a,
                                    lda: layer.inputs, b: a, ldb: layer.inputs, beta: 0, c: gram, ldc: n)
                    }
                    outputs.withMutablePointer { gram in
                        Double.gemm(transposeA: false, transposeB: true, m: n, n: n, k: layer.outputs, alpha: 1, a: b,
                                    lda: layer.outputs, b: b, ldb: layer.outputs, beta: 0, c: gram, ldc: n)
                    }
                    for i in 0..<(n * n) { kernel[i] += outputs[i] * (inputs[i] + 1) }
                }
            }
        }
        let eigenvalues = DenseLinearAlgebra.symmetricEigenvalues(kernel, n: n)
        let trace = (0..<n).reduce(0) { $0 + kernel[$1 * n + $1] }
        guard let low = eigenvalues.first, let high = eigenvalues.last else { return (.nan, trace) }
        return (high / low, trace)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
