/// Where a panel's legend goes.
public enum LegendPlacement: Sendable, Hashable {
    /// No legend.
    case none
    /// The inside corner that covers the fewest data points.
    case best
    /// Inside, top right.
    case upperRight
    /// Inside, top left.
    case upperLeft
    /// Inside, bottom left.
    case lowerLeft
    /// Inside, bottom right.
    case lowerRight
    /// Outside the axes, to the right, top aligned.
    case outsideRight
    /// Outside the axes, above, in as many columns as fit.
    case outsideTop
}

/// Where a figure-wide legend, shared by all panels, goes.
public enum SharedLegendPlacement: Sendable, Hashable {
    /// A column right of the panel grid.
    case right
    /// A row (or rows) above the panel grid, below the figure title.
    case top
    /// A row (or rows) below the panel grid.
    case bottom
}
