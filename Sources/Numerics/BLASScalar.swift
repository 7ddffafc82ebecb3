#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CBLAS

/// A floating-point type with a BLAS matrix product (`Float` → sgemm, `Double` → dgemm).
protocol BLASScalar: BinaryFloatingPoint, Sendable {
    /// Row-major C = α·op(A)·op(B) + β·C, with op(A) of shape m×k and op(B) k×n.
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Self, a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
        beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
    /// e^x.
    static func exponential(_ x: Self) -> Self
    /// The natural logarithm.
    static func logarithm(_ x: Self) -> Self
}

@inline(__always)
private func transpose(_ t: Bool) -> CBLAS_TRANSPOSE { t ? CblasTrans : CblasNoTrans }

extension Float: BLASScalar {
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(CblasRowMajor, transpose(transposeA), transpose(transposeB),
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
    @inline(__always) static func exponential(_ x: Float) -> Float { expf(x) }
    @inline(__always) static func logarithm(_ x: Float) -> Float { logf(x) }
}

extension Double: BLASScalar {
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Double, a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        cblas_dgemm(CblasRowMajor, transpose(transposeA), transpose(transposeB),
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
    @inline(__always) static func exponential(_ x: Double) -> Double { exp(x) }
    @inline(__always) static func logarithm(_ x: Double) -> Double { log(x) }
}
