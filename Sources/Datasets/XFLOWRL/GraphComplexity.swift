import Diagnostics
import Foundation

extension XFLOWRL {
    /// The substitution locations of one XFER on one graph (EXPERIMENTS.md).
    public struct ComplexityRow: Sendable, Hashable {
        /// The graph, e.g. `squeezenet1.1`.
        public var graph: String
        /// TASO's XFER id in XFLOWRL numbering.
        public var xferID: Int
        /// Locations where that XFER applies.
        public var count: Int
        /// Number of distinct applicable XFERs on the graph, as printed.
        public var totalSubstitutions: Int
        /// Total locations on the graph, as printed.
        public var totalLocations: Int
    }

}

/// A row of `graph_complexity.csv`.
extension XFLOWRL.ComplexityRow: CSVRecord {
    public static let columns = ["graph", "xfer_id", "count", "total_substitutions", "total_locations"]

    public init(row: CSVTable.Row) throws(LoadError) {
        self.init(
            graph: try row.text("graph"), xferID: try row.int("xfer_id"), count: try row.int("count"),
            totalSubstitutions: try row.int("total_substitutions"),
            totalLocations: try row.int("total_locations"))
    }
}
