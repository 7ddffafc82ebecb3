/// Where a text's anchor point sits on the text box.
public struct TextAnchor: Sendable, Hashable {
    /// Horizontal alignment.
    public enum Horizontal: Sendable, Hashable { case left, center, right }
    /// Vertical alignment.
    public enum Vertical: Sendable, Hashable { case top, center, baseline, bottom }

    /// Horizontal alignment.
    public var horizontal: Horizontal
    /// Vertical alignment.
    public var vertical: Vertical

    /// Creates an anchor.
    public init(_ horizontal: Horizontal, _ vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// Centre of the text.
    public static let center = TextAnchor(.center, .center)
    /// Left end, vertically centred.
    public static let left = TextAnchor(.left, .center)
    /// Right end, vertically centred.
    public static let right = TextAnchor(.right, .center)
    /// Bottom centre (text sits above the point).
    public static let bottom = TextAnchor(.center, .bottom)
    /// Top centre (text hangs below the point).
    public static let top = TextAnchor(.center, .top)
}
