import Randomness

extension InliningProblem {
    /// The leaves of the current (effective) tree: visible call sites that are not
    /// inlined, or inlined with no children.
    public func leaves(of configuration: InliningConfiguration) -> [Int] {
        let on = effective(configuration)
        return (1..<parents.count).filter { node in
            guard on[parents[node]] else { return false }
            return !on[node] || children[node].isEmpty
        }
    }

    /// The FYP neighbour move (`uniform_random_mutation`): with probability ½ flip three
    /// distinct random leaves (inlined ↔ not inlined); otherwise pick a random leaf and
    /// backtrack, un-inlining its parent (which removes the subtree). Falls back to the
    /// other move when one is impossible; returns the input when neither is.
    public func neighbour(of configuration: InliningConfiguration,
                          using generator: inout SeededGenerator) -> InliningConfiguration {
        let leaves = self.leaves(of: configuration)
        let flip = generator.nextUnit() < 0.5
        var next = configuration
        let backtrackable = leaves.filter { parents[$0] > 0 }
        if (flip || backtrackable.isEmpty) && !leaves.isEmpty {
            var pool = leaves
            for _ in 0..<min(3, pool.count) {
                let pick = pool.remove(at: Int(generator.next() % UInt64(pool.count)))
                next.inlined[pick].toggle()
            }
        } else if !backtrackable.isEmpty {
            let leaf = backtrackable[Int(generator.next() % UInt64(backtrackable.count))]
            next.inlined[parents[leaf]] = false
        }
        return next
    }

    /// The configuration with nothing inlined (FYP `from_empty`).
    public var empty: InliningConfiguration {
        var inlined = [Bool](repeating: false, count: parents.count)
        inlined[0] = true
        return InliningConfiguration(inlined: inlined)
    }
}
