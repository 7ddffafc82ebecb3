import Search

/// What the scaling search measures for a state: memory, latency and accuracy.
public protocol ScalingEnvironment: Sendable {
    /// The memory bound.
    var memoryBound: Double { get }
    /// The latency bound.
    var latencyBound: Double { get }
    /// Memory and latency of `state` (cheap: no training).
    func constraints(_ state: ScalingState) -> (memory: Double, latency: Double)
    /// Accuracy of `state` (the expensive part in the real project).
    func accuracy(_ state: ScalingState) -> Double
}

extension ScalingEnvironment {
    /// Whether `state` satisfies both bounds.
    public func isFeasible(_ state: ScalingState) -> Bool {
        let measured = constraints(state)
        return measured.memory <= memoryBound && measured.latency <= latencyBound
    }
}

/// The project's toy environment (`test.py`) on continuous states: the formulas of
/// ``Search/ToyScalingBenchmark`` (memory = max(w, d), latency = w² + d², accuracy =
/// 1 − (√((w−.5)² + (d−.3)²) + |w−.5| + |d−.3|) / 2); resolution is ignored.
///
/// With latency ≤ 1 and memory ≤ 10 the optimum is accuracy 1 at (0.5, 0.3).
public struct ToyScalingEnvironment: ScalingEnvironment {
    public var memoryBound: Double
    public var latencyBound: Double

    /// The project's bounds: latency 1.0, memory 10.0.
    public init(latencyBound: Double = 1.0, memoryBound: Double = 10.0) {
        self.latencyBound = latencyBound
        self.memoryBound = memoryBound
    }

    public func constraints(_ state: ScalingState) -> (memory: Double, latency: Double) {
        let w = Double(state.width), d = Double(state.depth)
        return (ToyScalingBenchmark.memory(width: w, depth: d), ToyScalingBenchmark.latency(width: w, depth: d))
    }

    public func accuracy(_ state: ScalingState) -> Double {
        ToyScalingBenchmark.accuracy(width: Double(state.width), depth: Double(state.depth))
    }
}
