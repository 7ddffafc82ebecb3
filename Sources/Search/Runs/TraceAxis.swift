/// The x axis on which traces are aligned for aggregation.
public enum TraceAxis: String, Hashable, Sendable {
    /// Simulated seconds.
    case clock
    /// Number of evaluations.
    case evaluations
}
