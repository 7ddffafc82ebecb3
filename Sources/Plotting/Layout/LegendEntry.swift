/// One row of a legend: a small sample of the series and its label.
struct LegendEntry: Sendable, Hashable {
    enum Handle: Sendable, Hashable {
        case line(color: Color, width: Double, dash: Dash, marker: Marker)
        case patch(color: Color, edge: Color?)
        case marker(color: Color, marker: Marker)
        case errorBar(color: Color, marker: Marker)
    }

    var label: String
    var handle: Handle
}
