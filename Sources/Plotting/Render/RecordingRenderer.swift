/// A renderer that draws nothing and records every operation, for tests.
///
/// Text is measured with a simple fixed-advance model (0.6 em per character, 1.17 em
/// line height) unless a `measure` function is given, so layout can be checked without Cairo.
public final class RecordingRenderer: Renderer {
    /// One recorded drawing operation.
    public enum Operation: Sendable, Hashable {
        /// A filled path.
        case fill(Path, Color)
        /// A gradient-filled path.
        case gradient(Path)
        /// A stroked path.
        case stroke(Path, StrokeStyle)
        /// A line of text, the canvas box it covers and the corners of its (rotated) box.
        case text(String, frame: Rect, corners: [Point], font: Font, rotation: Double)
        /// A clip pushed.
        case pushClip(Rect)
        /// A clip popped.
        case popClip
    }

    /// Everything drawn, in order.
    public private(set) var operations: [Operation] = []
    private let measurer: @Sendable (String, Font) -> TextSize

    /// Creates a recorder with an optional text measurer.
    public init(measure: (@Sendable (String, Font) -> TextSize)? = nil) {
        self.measurer = measure ?? { text, font in
            TextSize(width: Double(text.count) * font.size * 0.6, height: font.size * 1.17, baseline: font.size * 0.93)
        }
    }

    public func measure(_ text: String, font: Font) -> TextSize { measurer(text, font) }
    public func fill(_ path: Path, color: Color) { operations.append(.fill(path, color)) }
    public func fill(_ path: Path, gradient: [GradientStop], from start: Point, to end: Point) {
        operations.append(.gradient(path))
    }
    public func stroke(_ path: Path, style: StrokeStyle) { operations.append(.stroke(path, style)) }
    public func text(_ text: String, at point: Point, anchor: TextAnchor, rotation: Double, font: Font, color: Color) {
        let size = measure(text, font: font)
        recordText(text, size: size, at: point, anchor: anchor, rotation: rotation, font: font)
    }
    /// Records text whose size was measured elsewhere.
    public func recordText(_ text: String, size: TextSize, at point: Point, anchor: TextAnchor, rotation: Double, font: Font) {
        let frame = TextBox.frame(size, at: point, anchor: anchor, rotation: rotation)
        let corners = TextBox.corners(size, at: point, anchor: anchor, rotation: rotation)
        operations.append(.text(text, frame: frame, corners: corners, font: font, rotation: rotation))
    }
    public func pushClip(_ rect: Rect) { operations.append(.pushClip(rect)) }
    public func popClip() { operations.append(.popClip) }

    /// The recorded texts with their bounding boxes and rotated corners.
    public var texts: [(text: String, frame: Rect, corners: [Point])] {
        operations.compactMap { if case .text(let s, let f, let c, _, _) = $0 { return (s, f, c) } else { return nil } }
    }
}
