/// When a search run must stop: after a number of evaluations, simulated seconds or wall seconds.
///
/// Any combination may be set; the run stops at the first limit reached. Limits are exact:
/// - evaluations: exactly `evaluations` evaluations are counted;
/// - simulated seconds: an evaluation that would end after the limit is discarded (the search
///   never sees it) and the run ends with the clock at or below the limit;
/// - wall seconds: checked before each evaluation (wall time cannot be exact; it is the only
///   limit that makes a run depend on the machine).
public struct Budget: Hashable, Sendable {
    /// The maximum number of evaluations, or nil.
    public var evaluations: Int?
    /// The maximum simulated seconds, or nil.
    public var simulatedSeconds: Double?
    /// The maximum wall-clock seconds, or nil.
    public var wallSeconds: Double?

    /// Creates a budget from any combination of limits.
    public init(evaluations: Int? = nil, simulatedSeconds: Double? = nil, wallSeconds: Double? = nil) {
        self.evaluations = evaluations
        self.simulatedSeconds = simulatedSeconds
        self.wallSeconds = wallSeconds
    }

    /// A budget of `count` evaluations.
    public static func evaluations(_ count: Int) -> Budget { Budget(evaluations: count) }

    /// A budget of `seconds` of simulated time.
    public static func simulatedSeconds(_ seconds: Double) -> Budget { Budget(simulatedSeconds: seconds) }

    /// A budget of `seconds` of wall time.
    public static func wallSeconds(_ seconds: Double) -> Budget { Budget(wallSeconds: seconds) }

    /// Whether any limit is set (an unlimited budget would never stop a search).
    public var isLimited: Bool {
        evaluations != nil || simulatedSeconds != nil || wallSeconds != nil
    }
}

/// Why a search run stopped.
public enum StopReason: String, Hashable, Sendable {
    /// The evaluation limit was reached.
    case evaluations
    /// The simulated-time limit was reached.
    case simulatedTime
    /// The wall-time limit was reached.
    case wallTime
    /// The algorithm finished on its own (e.g. an exhausted space or a completed schedule).
    case completed
}
