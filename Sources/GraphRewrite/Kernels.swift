import Foundation
import CBLAS

/// The dense kernels the interpreter and the cost calibration run: GEMM through
/// OpenBLAS, convolution as im2col + GEMM, and element-wise loops. Matrices are
/// row-major [rows × cols] arrays of Double.
public enum Kernels {
    /// C = A · B for A [m × k], B [k × n].
    public static func gemm(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        guard m > 0, n > 0, k > 0 else { return c }
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                c.withUnsafeMutableBufferPointer { cp in
                    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k),
                                1, ap.baseAddress, Int32(k), bp.baseAddress, Int32(n), 0, cp.baseAddress, Int32(n))
                }
            }
        }
        return c
    }

    /// The im2col matrix [channels·k·k × height·width] of a feature map, zero padded by k / 2.
    public static func im2col(_ x: [Double], channels: Int, height: Int, width: Int, kernel k: Int) -> [Double] {
        if k == 1 { return x }
        let pad = k / 2
        var cols = [Double](repeating: 0, count: channels * k * k * height * width)
        for c in 0..<channels {
            for dy in 0..<k {
                for dx in 0..<k {
                    let row = (c * k + dy) * k + dx
                    for y in 0..<height {
                        let sy = y + dy - pad
                        if sy < 0 || sy >= height { continue }
                        for xx in 0..<width {
                            let sx = xx + dx - pad
                            if sx < 0 || sx >= width { continue }
                            cols[row * height * width + y * width + xx] = x[c * height * width + sy * width + sx]
                        }
                    }
                }
            }
        }
        return cols
    }

    /// k × k convolution, stride 1, same padding: weight [out × in·k·k].
    public static func conv(_ weight: [Double], _ x: [Double], out: Int, channels: Int, height: Int, width: Int,
                            kernel k: Int) -> [Double] {
        gemm(weight, im2col(x, channels: channels, height: height, width: width, kernel: k),
             m: out, k: channels * k * k, n: height * width)
    }

    /// Softmax over each column of a [rows × cols] matrix.
    public static func softmaxColumns(_ x: [Double], rows: Int, cols: Int) -> [Double] {
        var y = x
        for c in 0..<cols {
            var top = -Double.infinity
            for r in 0..<rows { top = max(top, x[r * cols + c]) }
            var sum = 0.0
            for r in 0..<rows {
                let e = exp(x[r * cols + c] - top)
                y[r * cols + c] = e
                sum += e
            }
            for r in 0..<rows { y[r * cols + c] /= sum }
        }
        return y
    }

    /// The transpose of a [rows × cols] matrix.
    public static func transpose(_ x: [Double], rows: Int, cols: Int) -> [Double] {
        var y = [Double](repeating: 0, count: x.count)
        for r in 0..<rows {
            for c in 0..<cols { y[c * rows + r] = x[r * cols + c] }
        }
        return y
    }

    /// A 1 × 1 weight [out × in] embedded at the centre of a k × k weight [out × in·k·k].
    public static func enlarge(_ w: [Double], out: Int, inputs: Int, kernel k: Int) -> [Double] {
        var y = [Double](repeating: 0, count: out * inputs * k * k)
        let centre = (k / 2) * k + k / 2
        for o in 0..<out {
            for i in 0..<inputs { y[o * inputs * k * k + i * k * k + centre] = w[o * inputs + i] }
        }
        return y
    }
}
