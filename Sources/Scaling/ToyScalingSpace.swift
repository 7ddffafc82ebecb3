import Randomness
import Search

/// The toy environment as a search space for the shared engines: (w, d) on the RL
/// search's 0.01 grid, restricted to states that satisfy the bounds (checking the
/// bounds is cheap; only accuracy counts as an evaluation, as in the RL search).
///
/// Points are grid indices (w = i · step, d = j · step); the value is accuracy.
public struct ToyScalingSpace: SearchSpace, Objective {
    /// A grid point.
    public struct Point: Hashable, Sendable {
        /// Width index.
        public var w: Int
        /// Depth index.
        public var d: Int

        /// Creates a grid point.
        public init(w: Int, d: Int) {
            self.w = w
            self.d = d
        }
    }

    /// The grid point nearest to `state`.
    public func point(nearest state: ScalingState) -> Point {
        Point(w: Int((Double(state.width) / step).rounded()), d: Int((Double(state.depth) / step).rounded()))
    }

    /// The environment.
    public var environment: ToyScalingEnvironment
    /// Grid step (the RL search's interval).
    public var step: Double
    /// Largest index per coordinate.
    public var maxIndex: Int

    /// The grid 0.01 … 2.00 by default.
    public init(environment: ToyScalingEnvironment = ToyScalingEnvironment(), step: Double = 0.01, maxIndex: Int = 200) {
        self.environment = environment
        self.step = step
        self.maxIndex = maxIndex
    }

    /// The scaling state of a point.
    public func state(_ point: Point) -> ScalingState {
        ScalingState(width: Float(Double(point.w) * step), depth: Float(Double(point.d) * step), resolution: 0)
    }

    /// Whether a point lies on the grid and satisfies the bounds.
    public func isFeasible(_ point: Point) -> Bool {
        (1...maxIndex).contains(point.w) && (1...maxIndex).contains(point.d) && environment.isFeasible(state(point))
    }

    /// A uniform feasible point (rejection sampling).
    public func sample(using generator: inout SeededGenerator) -> Point {
        while true {
            let point = Point(w: 1 + Int(generator.next() % UInt64(maxIndex)), d: 1 + Int(generator.next() % UInt64(maxIndex)))
            if isFeasible(point) { return point }
        }
    }

    /// A random feasible neighbour one grid step away (the RL search's move set).
    public func mutate(_ point: Point, using generator: inout SeededGenerator) -> Point {
        let options = neighbours(of: point)
        guard !options.isEmpty else { return point }
        return options[Int(generator.next() % UInt64(options.count))]
    }

    /// Feasible points differing by −1, 0 or +1 in each coordinate (not both 0).
    public func neighbours(of point: Point) -> [Point] {
        var result: [Point] = []
        for dw in -1...1 {
            for dd in -1...1 where dw != 0 || dd != 0 {
                let next = Point(w: point.w + dw, d: point.d + dd)
                if isFeasible(next) { result.append(next) }
            }
        }
        return result
    }

    public func features(of point: Point) -> [Double] { [Double(point.w) * step, Double(point.d) * step] }

    public func evaluate(_ point: Point, fidelity: Int?) throws -> Evaluation {
        Evaluation(value: environment.accuracy(state(point)), cost: 1)
    }
}
