import Randomness

/// The project's RL scaling search (`RLOptim.search`): contract until feasible, then
/// explore with a per-coordinate down/stay/up policy, train it with REINFORCE on a
/// replay buffer, and halve exploration as the buffer grows.
public struct PolicyScalingSearch: Sendable {
    /// The search's settings; defaults are the project's toy-env settings.
    public struct Settings: Sendable, Hashable, Codable {
        /// Outer epochs (project: 500).
        public var epochs = 500
        /// Policy moves per epoch (toy: 100).
        public var explorationSteps = 100
        /// REINFORCE updates per epoch (toy: 1000).
        public var updateSteps = 1000
        /// Buffer samples per update.
        public var batchSize = 256
        /// Reward = Δaccuracy × this (toy: 10).
        public var rewardScale = 10.0
        /// Step of each coordinate (toy: 0.01, 0.01, 0).
        public var interval: [Double] = [0.01, 0.01, 0]
        /// Reward of invalid or violating moves.
        public var penalty = -0.5
        /// Initial exploration ε; p = (softmax + ε) / Σ.
        public var initialEpsilon = 1.0
        /// ε halves when the buffer exceeds this; it then grows by ``thresholdIncrement``.
        public var epsilonThreshold = 1000
        /// Growth of the halving threshold.
        public var thresholdIncrement = 500
        /// Reject w, d < 0.1 or r < 4 as invalid (toy: off).
        public var checkValidity = false
        /// Policy hidden width.
        public var hidden = 128
        /// Adam learning rate.
        public var learningRate = 1e-3

        /// The project's toy settings.
        public init() {}
    }

    /// The settings.
    public var settings: Settings

    /// Creates a search.
    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// Contraction: add (−0.1, −0.1, 0) until feasible, clamping w and d at 0.1, then
    /// step r by −1; nil when r falls below 4 (no feasible architecture).
    public static func contract<E: ScalingEnvironment>(_ start: ScalingState, in environment: E) -> ScalingState? {
        var state = start
        while !environment.isFeasible(state) {
            if state.width <= 0.1 && state.depth <= 0.1 {
                state.resolution -= 1
                if state.resolution < 4 { return nil }
            } else {
                state.width = max(state.width - Float(0.1), 0.1)
                state.depth = max(state.depth - Float(0.1), 0.1)
            }
        }
        return state
    }
}
