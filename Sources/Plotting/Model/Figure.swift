import Foundation

/// A figure: a canvas holding a grid of panels, a title and an optional shared legend.
///
/// A figure is a plain value; rendering is a separate step (``render(format:)``,
/// ``write(to:formats:)``, or ``draw(on:)`` with any ``Renderer``).
///
/// ```swift
/// var figure = Figure(rows: 2, columns: 2, size: .inches(6.75, 4))
/// figure.sharedX = true
/// figure.legend = .bottom
/// figure[0, 0].add(LineSeries(x: x, y: y, label: "ours"))
/// let warnings = try figure.write(to: folder.appendingPathComponent("fig1"), formats: [.pdf, .svg, .png])
/// ```
public struct Figure: Sendable, Hashable {
    /// The canvas size.
    public var size: FigureSize
    /// Number of panel rows.
    public let rows: Int
    /// Number of panel columns.
    public let columns: Int
    /// The panels, row by row (`rows × columns` of them).
    public var panels: [Panel]
    /// A title over the whole figure.
    public var title: String?
    /// All panels use the same x limits; only the bottom row shows x tick labels and labels.
    public var sharedX: Bool = false
    /// All panels use the same y limits; only the left column shows y tick labels and labels.
    public var sharedY: Bool = false
    /// A legend for all panels, collected from their labelled series; nil gives each panel its own.
    public var legend: SharedLegendPlacement?
    /// Sizes, colours and line widths.
    public var theme: Theme = .paper
    /// Label panels "(a)", "(b)", … before their titles.
    public var panelLetters: Bool = false
    /// Horizontal gap between panel columns, and vertical between rows, in points
    /// (added to what their labels need).
    public var spacing: Double = 8

    /// Creates a figure with a grid of empty panels.
    public init(rows: Int = 1, columns: Int = 1, size: FigureSize = .column, title: String? = nil) {
        self.rows = max(1, rows)
        self.columns = max(1, columns)
        self.size = size
        self.title = title
        self.panels = Array(repeating: Panel(), count: self.rows * self.columns)
    }

    /// Creates a one-panel figure.
    public init(size: FigureSize = .column, panel: Panel) {
        self.init(rows: 1, columns: 1, size: size)
        panels[0] = panel
    }

    /// The panel at `row`, `column` (0-based, top left first).
    public subscript(row: Int, column: Int) -> Panel {
        get { panels[row * columns + column] }
        set { panels[row * columns + column] = newValue }
    }

    /// The single panel of a one-panel figure (the first panel otherwise).
    public var panel: Panel {
        get { panels[0] }
        set { panels[0] = newValue }
    }
}
