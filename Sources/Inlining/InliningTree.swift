import Foundation
import Randomness

/// A synthetic inlining problem: an expanded tree of call sites (the union of every
/// tree a compiler could build), a hidden benefit per call site, and an execution time
/// per configuration with a known optimum.
///
/// Node 0 is the top-level declaration. Inlining node v makes its children's call
/// sites exist; its benefit counts only when v and all its ancestors are inlined.
/// time = base × exp(−Σ benefits of effectively inlined nodes); the optimum follows
/// from dynamic programming: value(v) = benefit(v) + Σ max(0, value(child)).
public struct InliningProblem: Hashable, Sendable {
    /// Parent of each node (−1 for the root).
    public var parents: [Int]
    /// Children of each node, in index order.
    public var children: [[Int]]
    /// The log-time benefit of inlining each node (0 for the root).
    public var benefits: [Double]
    /// Execution time with nothing inlined.
    public var baseTime: Double

    /// A random tree of `nodes` call sites: each node's parent is uniform among earlier
    /// nodes at most `maxDepth` deep; benefits are normal(mean, sd).
    public static func random(nodes: Int, maxDepth: Int = 5, meanBenefit: Double = -0.004, sdBenefit: Double = 0.02,
                              baseTime: Double = 10, seed: UInt64) -> InliningProblem {
        var generator = SeededGenerator(seed: seed)
        var parents = [-1], depth = [0]
        for _ in 1..<max(nodes, 2) {
            let eligible = depth.indices.filter { depth[$0] < maxDepth }
            let parent = eligible[Int(generator.next() % UInt64(eligible.count))]
            parents.append(parent)
            depth.append(depth[parent] + 1)
        }
        var children = [[Int]](repeating: [], count: parents.count)
        for (node, parent) in parents.enumerated() where parent >= 0 { children[parent].append(node) }
        let benefits = parents.indices.map { $0 == 0 ? 0 : meanBenefit + sdBenefit * generator.nextNormal() }
        return InliningProblem(parents: parents, children: children, benefits: benefits, baseTime: baseTime)
    }

    /// Which nodes are effectively inlined: flagged, with every ancestor inlined (root always).
    public func effective(_ configuration: InliningConfiguration) -> [Bool] {
        var result = [Bool](repeating: false, count: parents.count)
        result[0] = true
        for node in 1..<parents.count {
            result[node] = configuration.inlined[node] && result[parents[node]]
        }
        return result
    }

    /// The (noise-free) execution time of a configuration.
    public func time(_ configuration: InliningConfiguration) -> Double {
        let on = effective(configuration)
        let gain = benefits.indices.reduce(0.0) { $0 + (on[$1] ? benefits[$1] : 0) }
        return baseTime * exp(-gain)
    }

    /// The optimal configuration and its time (bottom-up dynamic programming).
    public var optimum: (configuration: InliningConfiguration, time: Double) {
        var value = benefits
        for node in stride(from: parents.count - 1, through: 0, by: -1) {
            value[node] += children[node].reduce(0) { $0 + max(0, value[$1]) }
        }
        var inlined = [Bool](repeating: false, count: parents.count)
        inlined[0] = true
        for node in 1..<parents.count where value[node] > 0 { inlined[node] = true }
        let configuration = InliningConfiguration(inlined: inlined)
        return (configuration, time(configuration))
    }
}

/// Which call sites are marked inlined (node 0, the declaration, always is).
public struct InliningConfiguration: Hashable, Sendable {
    /// One flag per node of the expanded tree.
    public var inlined: [Bool]

    /// Creates a configuration.
    public init(inlined: [Bool]) {
        self.inlined = inlined
    }
}
