import Randomness

/// Masked decisions, for policies whose valid options depend on the state (e.g. which graph
/// rewrites apply where): masked options get probability 0 and no gradient.
extension CategoricalPolicy {
    /// The softmax of decision `decision` restricted to options where `mask` is true
    /// (all zeros when nothing is allowed).
    public func probabilities(_ decision: Int, mask: [Bool]) -> [Double] {
        let row = logits[decision]
        let allowed = row.indices.filter { $0 < mask.count && mask[$0] }
        guard let top = allowed.map({ row[$0] }).max() else { return [Double](repeating: 0, count: row.count) }
        var p = [Double](repeating: 0, count: row.count)
        for k in allowed { p[k] = Foundationless.exp(row[k] - top) }
        let total = p.reduce(0, +)
        return p.map { $0 / total }
    }

    /// Draws an allowed option of `decision`, or nil when the mask allows none.
    public func sample(_ decision: Int, mask: [Bool], using generator: inout SeededGenerator) -> Int? {
        let p = probabilities(decision, mask: mask)
        guard let last = p.indices.last(where: { p[$0] > 0 }) else { return nil }
        let u = generator.nextUnit()
        var cumulative = 0.0
        for (option, probability) in p.enumerated() where probability > 0 {
            cumulative += probability
            if u < cumulative { return option }
        }
        return last
    }

    /// ∂[advantage × log p(choice | mask)]/∂logits of one decision: advantage × (1[k = choice] − p_k)
    /// on allowed options, 0 on masked ones.
    public func gradient(_ decision: Int, choice: Int, mask: [Bool], advantage: Double) -> [Double] {
        let p = probabilities(decision, mask: mask)
        return p.indices.map { k in
            let allowed = k < mask.count && mask[k]
            return allowed ? advantage * ((k == choice ? 1 : 0) - p[k]) : 0
        }
    }
}
