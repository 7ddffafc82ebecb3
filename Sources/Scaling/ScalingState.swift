/// A scaling state (width multiplier w, depth multiplier d, input resolution r), held
/// in Float32 as the project's search held its state tensor.
///
/// The project stepped states by ±0.1 in Float32, so a state printed as d = 1.5 that
/// was reached from 2.0 is really 1.4999999 and builds 2 blocks per stage, not 3;
/// ``reached(from:to:)`` replays that drift.
public struct ScalingState: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Width multiplier.
    public var width: Float
    /// Depth multiplier.
    public var depth: Float
    /// Input resolution in pixels.
    public var resolution: Float

    /// Creates a state from its three Float32 coordinates.
    public init(width: Float, depth: Float, resolution: Float) {
        self.width = width
        self.depth = depth
        self.resolution = resolution
    }

    /// The state at `target` reached from `start` by straight Float32 steps of 0.1
    /// (w, d) and 1 (r), accumulating rounding as the project's search did.
    public static func reached(from start: (w: Double, d: Double, r: Double),
                               to target: (w: Double, d: Double, r: Double)) -> ScalingState {
        ScalingState(
            width: walk(from: start.w, to: target.w, step: 0.1),
            depth: walk(from: start.d, to: target.d, step: 0.1),
            resolution: walk(from: start.r, to: target.r, step: 1))
    }

    /// Adds `steps` Float32 increments of `step` to Float32(`start`).
    public static func walk(from start: Double, to target: Double, step: Double) -> Float {
        let count = Int(((target - start) / step).rounded())
        let increment = Float(step) * (count < 0 ? -1 : 1)
        var value = Float(start)
        for _ in 0..<abs(count) { value += increment }
        return value
    }

    /// `(w, d, r)` with the Float32 values printed to 7 significant digits.
    public var description: String { "(\(width), \(depth), \(resolution))" }
}
