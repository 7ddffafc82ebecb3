import Diagnostics
import Foundation

extension XFLOWRL {
    /// A search trace recovered from a vector plot: the vertices matplotlib kept.
    ///
    /// Path simplification dropped collinear points, so values between vertices are
    /// linear interpolations (``cost(atStep:)``), not recorded data.
    public struct DigitisedTrace: Sendable, Hashable, Codable {
        /// The plot the trace was recovered from.
        public var sourcePlot: String
        /// The plot's title.
        public var title: String
        /// (step, cost) vertices of the per-step cost curve.
        public var costVertices: [[Double]]
        /// (step, best cost) vertices of the best-so-far curve.
        public var bestCostVertices: [[Double]]

        enum CodingKeys: String, CodingKey {
            case sourcePlot = "source_plot", title
            case costVertices = "cost_vertices", bestCostVertices = "best_cost_vertices"
        }
    }

    /// One bin of the reward histogram.
    public struct HistogramBin: Sendable, Hashable, Codable {
        /// Left edge.
        public var left: Double
        /// Right edge.
        public var right: Double
        /// Count (whole numbers in the released plot).
        public var count: Double
    }

    /// The reward histogram of XFLOWRL inference steps.
    public struct RewardHistogram: Sendable, Hashable, Codable {
        /// The plot the bins were recovered from.
        public var sourcePlot: String
        /// The bins, left to right.
        public var bins: [HistogramBin]

        enum CodingKeys: String, CodingKey {
            case sourcePlot = "source_plot", bins
        }
    }

    /// Everything in `plot_data_digitised.json`.
    public struct DigitisedPlots: Sendable, Hashable, Codable {
        /// The first 200 steps of the TASO SqueezeNet search (alpha 1.02).
        public var search200: DigitisedTrace
        /// The whole 100,000-step TASO SqueezeNet search.
        public var search100k: DigitisedTrace
        /// The XFLOWRL per-step reward histogram.
        public var rewardHistogram: RewardHistogram

        enum CodingKeys: String, CodingKey {
            case search200 = "taso_search_squeezenet_200"
            case search100k = "taso_search_squeezenet_100001"
            case rewardHistogram = "xflow_inf_hist"
        }
    }

    /// Loads `plot_data_digitised.json`.
    public static func loadDigitisedPlots(from url: URL) throws -> DigitisedPlots {
        try parseDigitisedPlots(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the digitised plots; every vertex must be a (step, value) pair.
    public static func parseDigitisedPlots(_ data: Data, file: String) throws(LoadError) -> DigitisedPlots {
        let plots = try ReleasedFile.document(DigitisedPlots.self, from: data, file: file)
        for (name, trace) in [("taso_search_squeezenet_200", plots.search200),
                              ("taso_search_squeezenet_100001", plots.search100k)] {
            for (key, vertices) in [("cost_vertices", trace.costVertices), ("best_cost_vertices", trace.bestCostVertices)] {
                if let bad = vertices.firstIndex(where: { $0.count != 2 }) {
                    throw LoadError(file: file, key: "\(name).\(key)[\(bad)]", reason: "expected [step, value]")
                }
                if vertices.isEmpty {
                    throw LoadError(file: file, key: "\(name).\(key)", reason: "no vertices")
                }
            }
        }
        return plots
    }
}

extension XFLOWRL.DigitisedTrace {
    /// The per-step cost at `step`, interpolated linearly between recovered vertices.
    public func cost(atStep step: Double) -> Double { Self.interpolate(costVertices, at: step) }

    /// The best-so-far cost at `step`, interpolated linearly between recovered vertices.
    public func bestCost(atStep step: Double) -> Double { Self.interpolate(bestCostVertices, at: step) }

    static func interpolate(_ vertices: [[Double]], at x: Double) -> Double {
        guard let first = vertices.first, let last = vertices.last else { return .nan }
        if x <= first[0] { return first[1] }
        if x >= last[0] { return last[1] }
        for index in 1..<vertices.count where vertices[index][0] >= x {
            let (a, b) = (vertices[index - 1], vertices[index])
            if b[0] == a[0] { return b[1] }
            return a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])
        }
        return last[1]
    }
}

extension XFLOWRL.DigitisedTrace {
    /// The lowest cost any recovered vertex reaches.
    public var minimumCost: Double { costVertices.map { $0[1] }.min() ?? .nan }

    /// The first step at which the per-step cost reaches its minimum (a recovered vertex,
    /// so exact: matplotlib keeps the vertices where the curve changes direction).
    public var firstStepAtMinimum: Double {
        let minimum = minimumCost
        return costVertices.first { $0[1] <= minimum }?[0] ?? .nan
    }

    /// Recovered vertices after `step` whose cost is below the cost reached by `step`.
    public func improvements(after step: Double) -> Int {
        let reached = costVertices.filter { $0[0] <= step }.map { $0[1] }.min() ?? .infinity
        return costVertices.filter { $0[0] > step && $0[1] < reached }.count
    }
}
