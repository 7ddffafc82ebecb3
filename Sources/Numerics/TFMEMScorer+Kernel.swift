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

    /// Eigenvalues of the empirical NTK Θ = G Gᵀ, G_n = ∂(Σ_k f(x_n)_k)/∂θ.
    ///
    /// Θ is accumulated over parameter chunks of at most `chunkElements / batch` entries,
    /// so at most 32 MB of per-sample gradients are held at once; a network with more
    /// parameters repeats the batch's backward passes once per chunk.
    func ntkEigenvalues(chunkElements: Int = 1 << 22) -> (condition: Double, trace: Double) {
        let n = batch.count
        let count = parameters.count
        let chunk = max(1, min(count, chunkElements / n))
        var kernel = [Double](repeating: 0, count: n * n)
        var gradient = [Double](repeating: 0, count: count)
        var block = [Double](repeating: 0, count: n * chunk)
        var start = 0
        while start < count {
            let length = min(chunk, count - start)
            parameters.withMutablePointer { p in
                gradient.withMutablePointer { g in
                    block.withMutablePointer { b in
                        forwardBatch(p)
                        let c = layout.layers[layout.layers.count - 1].outputs
                        for sample in 0..<n {
                            workspace.logitGradient.update(repeating: 0, count: n * c)
                            (workspace.logitGradient + sample * c).update(repeating: 1, count: c)
                            workspace.backward(parameters: p, gradients: g, inputGradient: true)
                            workspace.scatterAdd(into: g)
                            (b + sample * length).update(from: g + start, count: length)
                        }
                        kernel.withMutablePointer { k in
                            Double.gemm(transposeA: false, transposeB: true, m: n, n: n, k: length, alpha: 1, a: b, lda: length,
                                        b: b, ldb: length, beta: 1, c: k, ldc: n)
                        }
                    }
                }
            }
            start += length
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
