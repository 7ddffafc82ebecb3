import Statistics

/// The FYP's speed-up arithmetic over execution times.
public enum Speedup {
    /// (baseline − time) / baseline, in percent.
    public static func percent(baseline: Double, time: Double) -> Double { (baseline - time) / baseline * 100 }

    /// The policy-benchmark baseline: the smaller of the geometric means of the initial
    /// (unmodified compiler) runs and of the `plugin_nothing` runs; either may be empty.
    public static func policyBaseline(initialRuns: [Double], nothingRuns: [Double]) -> Double {
        [initialRuns, nothingRuns].filter { !$0.isEmpty }.map { Descriptive.geometricMean($0) }.min() ?? .nan
    }

    /// A policy's speed-up: its geometric-mean time against ``policyBaseline(initialRuns:nothingRuns:)``.
    public static func policyPercent(runs: [Double], initialRuns: [Double], nothingRuns: [Double]) -> Double {
        percent(baseline: policyBaseline(initialRuns: initialRuns, nothingRuns: nothingRuns),
                time: Descriptive.geometricMean(runs))
    }
}
