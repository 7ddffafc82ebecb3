extension Workspace {
    /// Mean softmax cross-entropy of the logits against `targets`; writes ∂loss/∂logits.
    ///
    /// loss = −(1/n) Σ_r log softmax(z_r)[t_r];  ∂loss/∂z_r = (softmax(z_r) − onehot(t_r))/n.
    @discardableResult
    func softmaxCrossEntropy() -> Double {
        let n = count
        let c = layout.layers[layout.layers.count - 1].outputs
        let z = logits, dz = logitGradient
        var total = 0.0
        let inv = 1 / S(n)
        for r in 0..<n {
            let zr = z + r * c, dr = dz + r * c
            var m = zr[0]
            for k in 1..<c where zr[k] > m { m = zr[k] }
            var sum: S = 0
            for k in 0..<c {
                dr[k] = S.exponential(zr[k] - m)
                sum += dr[k]
            }
            let t = Int(targets[r])
            total -= Double(zr[t] - m - S.logarithm(sum))
            for k in 0..<c { dr[k] = dr[k] / sum * inv }
            dr[t] -= inv
        }
        return total / Double(n)
    }

    /// Softmax probability of class 1 for each row of the logits.
    func positiveProbabilities() -> [Double] {
        let c = layout.layers[layout.layers.count - 1].outputs
        return (0..<count).map { r in
            let zr = logits + r * c
            var m = zr[0]
            for k in 1..<c where zr[k] > m { m = zr[k] }
            var sum = 0.0
            for k in 0..<c { sum += Double(S.exponential(zr[k] - m)) }
            return Double(S.exponential(zr[1] - m)) / sum
        }
    }
}
