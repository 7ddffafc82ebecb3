/// A clock that advances by the reported cost of each evaluation, not by wall time.
///
/// Anytime curves plotted against it come out identical on any machine.
public struct SimulatedClock: Hashable, Sendable {
    /// Simulated seconds elapsed since the start of the run.
    public private(set) var now: Double

    /// Creates a clock reading `start` seconds.
    public init(start: Double = 0) {
        self.now = start
    }

    /// Moves the clock forward by `seconds` (negative costs are ignored).
    public mutating func advance(by seconds: Double) {
        if seconds > 0 { now += seconds }
    }
}
