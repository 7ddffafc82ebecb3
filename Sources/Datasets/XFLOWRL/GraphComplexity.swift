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

    /// Loads `graph_complexity.csv`.
    public static func loadGraphComplexity(from url: URL) throws -> [ComplexityRow] {
        try parseGraphComplexity(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the complexity CSV.
    public static func parseGraphComplexity(_ data: Data, file: String) throws(LoadError) -> [ComplexityRow] {
        let table = try CSVTable.parse(
            data, file: file, required: ["graph", "xfer_id", "count", "total_substitutions", "total_locations"])
        var rows: [ComplexityRow] = []
        for row in table.rows {
            rows.append(ComplexityRow(
                graph: try row.text("graph"), xferID: try row.int("xfer_id"), count: try row.int("count"),
                totalSubstitutions: try row.int("total_substitutions"),
                totalLocations: try row.int("total_locations")))
        }
        return rows
    }
}
