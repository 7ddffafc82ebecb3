/// A continuous map from 0...1 to colours, for heatmaps and coloured scatter points.
public struct Colormap: Sendable, Hashable {
    /// Colours at evenly spaced positions from 0 to 1; values between are interpolated.
    public var stops: [Color]

    /// Creates a colormap through evenly spaced `stops` (at least one).
    public init(stops: [Color]) {
        self.stops = stops.isEmpty ? [.black] : stops
    }

    /// The colour at `t` (clamped to 0...1; NaN maps to the first stop).
    public func color(at t: Double) -> Color {
        guard stops.count > 1, t.isFinite else { return stops[0] }
        let clamped = min(max(t, 0), 1)
        let position = clamped * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        let f = position - Double(index)
        let a = stops[index]
        let b = stops[index + 1]
        return Color(
            red: a.red + (b.red - a.red) * f,
            green: a.green + (b.green - a.green) * f,
            blue: a.blue + (b.blue - a.blue) * f,
            alpha: a.alpha + (b.alpha - a.alpha) * f)
    }

    /// The same colormap run backwards.
    public var reversed: Colormap { Colormap(stops: stops.reversed()) }

    /// Viridis (perceptually uniform, colour-blind safe), sampled at 9 points of matplotlib's table.
    public static let viridis = Colormap(stops: [
        0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C,
        0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725,
    ].map { Color(hex: $0) })

    /// Cividis (designed for colour-vision deficiency), sampled at 9 points.
    public static let cividis = Colormap(stops: [
        0x00224E, 0x123570, 0x3B496C, 0x575D6D, 0x707173,
        0x8A8779, 0xA69D75, 0xC4B56C, 0xFEE838,
    ].map { Color(hex: $0) })

    /// A diverging blue–white–red map for signed values such as correlations.
    public static let blueRed = Colormap(stops: [
        0x2166AC, 0x67A9CF, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xEF8A62, 0xB2182B,
    ].map { Color(hex: $0) })

    /// Light grey to dark blue, for counts.
    public static let blues = Colormap(stops: [
        0xF7FBFF, 0xC6DBEF, 0x6BAED6, 0x2171B5, 0x08306B,
    ].map { Color(hex: $0) })
}
