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

}

/// A row of `figure_values_from_plot_labels.csv`.
extension XFLOWRL.FigureValue: CSVRecord {
    public static let columns = ["figure", "graph", "method", "value", "unit", "relative_to_original_pct"]

    public init(row: CSVTable.Row) throws(LoadError) {
        self.init(
            figure: try row.text("figure"), graph: try row.text("graph"), method: try row.text("method"),
            value: try row.double("value"), unit: try row.text("unit"),
            percentOfOriginal: try row.optionalDouble("relative_to_original_pct"))
    }
}
