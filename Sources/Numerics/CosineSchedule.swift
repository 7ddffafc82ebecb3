#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cosine annealing stepped once per epoch (PyTorch `CosineAnnealingLR(T_max: epochs, eta_min:)`).
///
/// lr(e) = lr_min + (lr₀ − lr_min) · (1 + cos(π e / T)) / 2 for epoch e = 0, 1, …, T−1.
public struct CosineSchedule: Sendable, Equatable {
    /// The starting rate lr₀.
    public var initial: Double
    /// The floor lr_min.
    public var minimum: Double
    /// The period T (epochs).
    public var epochs: Int

    /// Creates a schedule.
    public init(initial: Double = 1e-3, minimum: Double = 1e-4, epochs: Int) {
        self.initial = initial
        self.minimum = minimum
        self.epochs = epochs
    }

    /// The rate during 0-based `epoch`.
    public func rate(epoch: Int) -> Double {
        guard epochs > 0 else { return initial }
        return minimum + (initial - minimum) * (1 + cos(Double.pi * Double(epoch) / Double(epochs))) / 2
    }
}
