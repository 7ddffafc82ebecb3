import Foundation

/// The reward-assignment design matrix: one row per explored configuration, two
/// columns per node of the expanded tree (2v: inlined / declaration, 2v+1: call
/// site visible but not inlined). A depth-first walk from the root with factor 1
/// writes `factor` into the visited node's column; children get factor × γ.
public enum DesignMatrix {
    /// The row of one configuration.
    public static func row(_ configuration: InliningConfiguration, problem: InliningProblem, decay: Double) -> [Double] {
        var row = [Double](repeating: 0, count: 2 * problem.parents.count)
        var stack: [(node: Int, factor: Double)] = [(0, 1)]
        while let (node, factor) = stack.popLast() {
            let inlined = node == 0 || configuration.inlined[node]
            row[2 * node + (inlined ? 0 : 1)] = factor
            if inlined {
                for child in problem.children[node] { stack.append((child, factor * decay)) }
            }
        }
        return row
    }

    /// The matrix of `configurations`.
    public static func build(_ configurations: [InliningConfiguration], problem: InliningProblem,
                             decay: Double) -> [[Double]] {
        configurations.map { row($0, problem: problem, decay: decay) }
    }

    /// The FYP log benefit: −log(t / b).
    public static func logBenefit(time: Double, baseline: Double) -> Double { -log(time / baseline) }
}
