import Foundation

/// Linear models without intercept, as the FYP's reward assignment fitted them.
public enum LinearRegression {
    /// Ridge: w = argmin ‖y − Aw‖² + λ‖w‖², solved from (AᵀA + λI) w = Aᵀy.
    public static func ridge(_ a: [[Double]], _ y: [Double], lambda: Double) -> [Double] {
        let p = a.first?.count ?? 0
        var gram = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        var rhs = [Double](repeating: 0, count: p)
        for (row, target) in zip(a, y) {
            for i in 0..<p where row[i] != 0 {
                rhs[i] += row[i] * target
                for j in 0..<p where row[j] != 0 { gram[i][j] += row[i] * row[j] }
            }
        }
        for i in 0..<p { gram[i][i] += lambda }
        return solve(gram, rhs)
    }

    /// Lasso: w = argmin (1 / 2n)‖y − Aw‖² + α‖w‖₁ (scikit-learn's objective) by cyclic
    /// coordinate descent, until the largest weight change is below `tolerance`.
    public static func lasso(_ a: [[Double]], _ y: [Double], alpha: Double, maxIterations: Int = 5000,
                             tolerance: Double = 1e-10) -> [Double] {
        let n = Double(a.count)
        let p = a.first?.count ?? 0
        var w = [Double](repeating: 0, count: p)
        var residual = y
        let norms = (0..<p).map { j in a.reduce(0) { $0 + $1[j] * $1[j] } / n }
        for _ in 0..<maxIterations {
            var largest = 0.0
            for j in 0..<p where norms[j] > 0 {
                var rho = 0.0
                for (i, row) in a.enumerated() where row[j] != 0 { rho += row[j] * (residual[i] + row[j] * w[j]) }
                rho /= n
                let updated = (rho > alpha ? rho - alpha : (rho < -alpha ? rho + alpha : 0)) / norms[j]
                let change = updated - w[j]
                if change != 0 {
                    for (i, row) in a.enumerated() where row[j] != 0 { residual[i] -= row[j] * change }
                    w[j] = updated
                }
                largest = max(largest, abs(change))
            }
            if largest < tolerance { break }
        }
        return w
    }

    /// R² of predictions A·w against y (1 − SS_res / SS_tot).
    public static func rSquared(_ a: [[Double]], _ y: [Double], weights w: [Double]) -> Double {
        let mean = y.reduce(0, +) / Double(max(y.count, 1))
        var residual = 0.0, total = 0.0
        for (row, target) in zip(a, y) {
            let prediction = zip(row, w).reduce(0) { $0 + $1.0 * $1.1 }
            residual += (target - prediction) * (target - prediction)
            total += (target - mean) * (target - mean)
        }
        return total > 0 ? 1 - residual / total : 0
    }

    /// Solves a symmetric positive-definite system by Gaussian elimination with pivoting.
    static func solve(_ matrix: [[Double]], _ rhs: [Double]) -> [Double] {
        var m = matrix, b = rhs
        let n = b.count
        for column in 0..<n {
            let pivot = (column..<n).max { abs(m[$0][column]) < abs(m[$1][column]) } ?? column
            m.swapAt(column, pivot)
            b.swapAt(column, pivot)
            let d = m[column][column]
            guard d != 0 else { continue }
            for row in (column + 1)..<max(n, column + 1) {
                let f = m[row][column] / d
                if f == 0 { continue }
                for k in column..<n { m[row][k] -= f * m[column][k] }
                b[row] -= f * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<max(n, row + 1) { sum -= m[row][k] * x[k] }
            x[row] = m[row][row] != 0 ? sum / m[row][row] : 0
        }
        return x
    }
}
