import Diagnostics
import Foundation

extension XFLOWRL {
    /// One bar of the runtime or optimisation-time chart.
    public struct FigureValue: Sendable, Hashable {
        /// `xflow_taso_runtime_results` or `xflow_taso_optimization_times`.
        public var figure: String
        /// The graph, e.g. `SqueezeNet`.
        public var graph: String
        /// `Original`, `TASO` or `XFLOWRL`.
        public var method: String
        /// The bar's value.
        public var value: Double
        /// `ms` or `s`.
        public var unit: String
        /// The printed percentage of the original runtime, when the chart prints one.
        public var percentOfOriginal: Double?
    }

    /// Loads `figure_values_from_plot_labels.csv`.
    public static func loadFigureValues(from url: URL) throws -> [FigureValue] {
        try parseFigureValues(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the figure-values CSV.
    public static func parseFigureValues(_ data: Data, file: String) throws(LoadError) -> [FigureValue] {
        let table = try CSVTable.parse(
            data, file: file, required: ["figure", "graph", "method", "value", "unit", "relative_to_original_pct"])
        var values: [FigureValue] = []
        for row in table.rows {
            values.append(FigureValue(
                figure: try row.text("figure"), graph: try row.text("graph"), method: try row.text("method"),
                value: try row.double("value"), unit: try row.text("unit"),
                percentOfOriginal: try row.optionalDouble("relative_to_original_pct")))
        }
        return values
    }
}
