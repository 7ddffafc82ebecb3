extension InliningProblem {
    /// The FYP's optimal decisions from fitted rewards (`print_ridge.py`): bottom-up,
    /// value(v) = w[2v] + γ · Σ_children value(child); inline v when that exceeds
    /// w[2v+1] (the reward of not inlining).
    public func decisions(fromWeights w: [Double], decay: Double) -> InliningConfiguration {
        var value = [Double](repeating: 0, count: parents.count)
        var inlined = [Bool](repeating: false, count: parents.count)
        for node in stride(from: parents.count - 1, through: 0, by: -1) {
            let inlineValue = w[2 * node] + decay * children[node].reduce(0) { $0 + value[$1] }
            let keep = w[2 * node + 1]
            inlined[node] = node == 0 || inlineValue > keep
            value[node] = inlined[node] ? inlineValue : keep
        }
        return InliningConfiguration(inlined: inlined)
    }
}
