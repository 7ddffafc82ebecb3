/// Small dense Float64 linear algebra for the TFMEM kernels (n ≲ 100).
enum DenseLinearAlgebra {
    /// log|det A| of the row-major n×n `a` by LU with partial pivoting; −∞ when singular.
    static func logAbsDeterminant(_ a: [Double], n: Int) -> Double {
        var m = a
        var total = 0.0
        for k in 0..<n {
            var pivot = k
            for r in (k + 1)..<max(k + 1, n) where abs(m[r * n + k]) > abs(m[pivot * n + k]) { pivot = r }
            let p = m[pivot * n + k]
            if p == 0 { return -.infinity }
            if pivot != k {
                for c in 0..<n { m.swapAt(k * n + c, pivot * n + c) }
            }
            total += log(abs(p))
            for r in (k + 1)..<max(k + 1, n) {
                let f = m[r * n + k] / p
                if f == 0 { continue }
                for c in (k + 1)..<n { m[r * n + c] -= f * m[k * n + c] }
            }
        }
        return total
    }

    /// Eigenvalues (ascending) of the symmetric row-major n×n `a`, by cyclic Jacobi rotations.
    static func symmetricEigenvalues(_ a: [Double], n: Int) -> [Double] {
        var m = a
        for _ in 0..<100 {
            var off = 0.0, diag = 0.0
            for i in 0..<n {
                diag += m[i * n + i] * m[i * n + i]
                for j in 0..<n where j != i { off += m[i * n + j] * m[i * n + j] }
            }
            if off <= 1e-30 * max(diag, 1e-300) { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) {
                    let apq = m[p * n + q]
                    if apq == 0 { continue }
                    let theta = (m[q * n + q] - m[p * n + p]) / (2 * apq)
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = m[k * n + p], akq = m[k * n + q]
                        m[k * n + p] = c * akp - s * akq
                        m[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = m[p * n + k], aqk = m[q * n + k]
                        m[p * n + k] = c * apk - s * aqk
                        m[q * n + k] = s * apk + c * aqk
                    }
                }
            }
        }
        return (0..<n).map { m[$0 * n + $0] }.sorted()
    }

    /// Pearson correlation matrix of the rows of the row-major r×c `x` (NumPy `corrcoef`).
    static func rowCorrelation(_ x: [Double], rows: Int, columns: Int) -> [Double] {
        var centered = x
        var norms = [Double](repeating: 0, count: rows)
        for r in 0..<rows {
            var mean = 0.0
            for c in 0..<columns { mean += x[r * columns + c] }
            mean /= Double(columns)
            var ss = 0.0
            for c in 0..<columns {
                let d = x[r * columns + c] - mean
                centered[r * columns + c] = d
                ss += d * d
            }
            norms[r] = ss.squareRoot()
        }
        var out = [Double](repeating: 0, count: rows * rows)
        for i in 0..<rows {
            for j in i..<rows {
                var dot = 0.0
                for c in 0..<columns { dot += centered[i * columns + c] * centered[j * columns + c] }
                let v = dot / (norms[i] * norms[j])
                out[i * rows + j] = v
                out[j * rows + i] = v
            }
        }
        return out
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
