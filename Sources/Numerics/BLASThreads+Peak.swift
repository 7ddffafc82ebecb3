import CBLAS

extension BLASThreads {
    /// Measured single-precision matrix-product speed on this machine, in GFLOP/s.
    ///
    /// Times `repetitions` products of two `size × size` matrices with `cblas_sgemm`
    /// (after one warm-up) at the current thread count; 2·size³ flops each.
    public static func measureSGEMM(size: Int = 1024, repetitions: Int = 5) -> Double {
        let n = size
        let a = [Float](repeating: 0.5, count: n * n)
        let b = [Float](repeating: 0.25, count: n * n)
        var c = [Float](repeating: 0, count: n * n)
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        a.withPointer { ap in
            b.withPointer { bp in
                c.withMutablePointer { cp in
                    for i in 0...repetitions {
                        let start = clock.now
                        Float.gemm(transposeA: false, transposeB: false, m: n, n: n, k: n, alpha: 1, a: ap, lda: n,
                                   b: bp, ldb: n, beta: 0, c: cp, ldc: n)
                        if i > 0 { elapsed += clock.now - start }
                    }
                }
            }
        }
        return 2 * Double(n * n * n) * Double(repetitions) / elapsed.seconds / 1e9
    }
}
