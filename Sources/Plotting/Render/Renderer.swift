/// A drawing backend: measures text and draws paths and text on a canvas whose
/// units are points with the origin at the top left.
///
/// ``Figure/draw(on:)`` lays a figure out and paints it through this protocol, so the
/// same code drives Cairo (PDF, SVG, PNG) and ``RecordingRenderer`` (tests).
public protocol Renderer: AnyObject {
    /// The size `text` takes in `font`, unrotated.
    func measure(_ text: String, font: Font) -> TextSize
    /// Fills `path` (non-zero winding).
    func fill(_ path: Path, color: Color)
    /// Fills `path` with a linear gradient running from `start` to `end`.
    func fill(_ path: Path, gradient: [GradientStop], from start: Point, to end: Point)
    /// Strokes `path`.
    func stroke(_ path: Path, style: StrokeStyle)
    /// Fills a copy of `marker` (a path around the origin) at each of `points`.
    ///
    /// The default builds one path and calls ``fill(_:color:)``; vector backends may stamp
    /// one shared shape instead.
    func fillMarkers(_ marker: Path, at points: [Point], color: Color)
    /// Draws one line of text; `anchor` names the point of the text box placed at `point`,
    /// and the text turns `rotation` degrees counter-clockwise about that point.
    func text(_ text: String, at point: Point, anchor: TextAnchor, rotation: Double, font: Font, color: Color)
    /// Restricts drawing to `rect` until the matching ``popClip()``.
    func pushClip(_ rect: Rect)
    /// Removes the most recent clip.
    func popClip()
}

extension Renderer {
    public func fillMarkers(_ marker: Path, at points: [Point], color: Color) {
        fill(Path(copiesOf: marker, at: points), color: color)
    }
}

/// Geometry of placed text shared by layout and renderers.
public enum TextBox {
    /// The top-left corner of the unrotated text box relative to its anchor point.
    public static func origin(of size: TextSize, anchor: TextAnchor) -> Point {
        let x: Double
        switch anchor.horizontal {
        case .left: x = 0
        case .center: x = -size.width / 2
        case .right: x = -size.width
        }
        let y: Double
        switch anchor.vertical {
        case .top: y = 0
        case .center: y = -size.height / 2
        case .baseline: y = -size.baseline
        case .bottom: y = -size.height
        }
        return Point(x, y)
    }

    /// The corners of text of `size` placed at `point` with `anchor`, turned `rotation`
    /// degrees counter-clockwise (top left, top right, bottom right, bottom left before turning).
    public static func corners(_ size: TextSize, at point: Point, anchor: TextAnchor, rotation: Double = 0) -> [Point] {
        let o = origin(of: size, anchor: anchor)
        let corners = [
            Point(o.x, o.y), Point(o.x + size.width, o.y),
            Point(o.x + size.width, o.y + size.height), Point(o.x, o.y + size.height),
        ]
        let a = -rotation * Double.pi / 180
        let c = cos(a), s = sin(a)
        return corners.map { Point(point.x + $0.x * c - $0.y * s, point.y + $0.x * s + $0.y * c) }
    }

    /// The axis-aligned bounding box of text of `size` placed at `point` with `anchor`
    /// and turned `rotation` degrees counter-clockwise.
    public static func frame(_ size: TextSize, at point: Point, anchor: TextAnchor, rotation: Double = 0) -> Rect {
        let turned = corners(size, at: point, anchor: anchor, rotation: rotation)
        let xs = turned.map(\.x), ys = turned.map(\.y)
        let minX = xs.min() ?? 0, maxX = xs.max() ?? 0, minY = ys.min() ?? 0, maxY = ys.max() ?? 0
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

import Foundation
