/// The shape drawn at each data point of a line or scatter series.
public enum Marker: String, Sendable, Hashable, CaseIterable {
    /// No marker.
    case none
    /// A filled circle.
    case circle
    /// A filled square.
    case square
    /// A filled upward triangle.
    case triangle
    /// A filled diamond.
    case diamond
    /// A plus sign (stroked).
    case plus
    /// A cross (stroked).
    case cross
}

/// The dash pattern of a stroked line.
public enum Dash: Sendable, Hashable {
    /// Continuous.
    case solid
    /// Long dashes.
    case dashed
    /// Dots.
    case dotted
    /// Dash, dot.
    case dashDot

    /// The on/off lengths in multiples of the line width (empty for solid).
    public var pattern: [Double] {
        switch self {
        case .solid: return []
        case .dashed: return [3.7, 1.6]
        case .dotted: return [1, 1.65]
        case .dashDot: return [6.4, 1.6, 1, 1.6]
        }
    }
}
