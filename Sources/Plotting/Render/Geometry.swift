/// A point on the canvas, in points from the top left (y grows downwards).
public struct Point: Sendable, Hashable {
    /// Horizontal position.
    public var x: Double
    /// Vertical position (down).
    public var y: Double

    /// Creates a point.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle on the canvas.
public struct Rect: Sendable, Hashable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width.
    public var width: Double
    /// Height.
    public var height: Double

    /// Creates a rectangle.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Left edge.
    public var minX: Double { x }
    /// Right edge.
    public var maxX: Double { x + width }
    /// Top edge.
    public var minY: Double { y }
    /// Bottom edge.
    public var maxY: Double { y + height }
    /// Centre.
    public var center: Point { Point(x + width / 2, y + height / 2) }

    /// Whether the interiors overlap (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `other` lies inside, allowing `tolerance` points of overhang.
    public func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
            && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
    }

    /// Whether the point lies inside or on the edge.
    public func contains(_ p: Point) -> Bool {
        p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY
    }

    /// The rectangle grown by `d` on every side.
    public func insetBy(_ d: Double) -> Rect {
        Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d)
    }
}

/// A vector path made of straight segments, circles and rectangles.
public struct Path: Sendable, Hashable {
    /// One drawing command.
    public enum Element: Sendable, Hashable {
        /// Starts a new subpath.
        case move(Point)
        /// A straight segment from the current point.
        case line(Point)
        /// A closed circle as its own subpath.
        case circle(center: Point, radius: Double)
        /// A closed rectangle as its own subpath.
        case rect(Rect)
        /// Closes the current subpath.
        case close
    }

    /// The commands in order.
    public var elements: [Element] = []

    /// Creates an empty path.
    public init() {}

    /// A polyline through `points`.
    public init(polyline points: [Point], closed: Bool = false) {
        guard let first = points.first else { return }
        elements.reserveCapacity(points.count + 1)
        elements.append(.move(first))
        for p in points.dropFirst() { elements.append(.line(p)) }
        if closed { elements.append(.close) }
    }

    /// A rectangle.
    public init(rect: Rect) { elements = [.rect(rect)] }

    /// Copies of `marker` (drawn around the origin) moved to each of `points`.
    public init(copiesOf marker: Path, at points: [Point]) {
        elements.reserveCapacity(marker.elements.count * points.count)
        for p in points {
            for e in marker.elements {
                switch e {
                case .move(let q): elements.append(.move(Point(q.x + p.x, q.y + p.y)))
                case .line(let q): elements.append(.line(Point(q.x + p.x, q.y + p.y)))
                case .circle(let c, let r): elements.append(.circle(center: Point(c.x + p.x, c.y + p.y), radius: r))
                case .rect(let r): elements.append(.rect(Rect(x: r.x + p.x, y: r.y + p.y, width: r.width, height: r.height)))
                case .close: elements.append(.close)
                }
            }
        }
    }

    /// Starts a subpath at `p`.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// Adds a segment to `p`.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// Closes the current subpath.
    public mutating func close() { elements.append(.close) }
    /// Adds a circle subpath.
    public mutating func addCircle(_ center: Point, radius: Double) {
        elements.append(.circle(center: center, radius: radius))
    }
    /// Adds a rectangle subpath.
    public mutating func addRect(_ rect: Rect) { elements.append(.rect(rect)) }

    /// Whether the path draws nothing.
    public var isEmpty: Bool { elements.isEmpty }

    /// The bounding box of every point, circle and rectangle (nil when empty).
    public var bounds: Rect? {
        var lo = Point(.infinity, .infinity), hi = Point(-.infinity, -.infinity)
        func add(_ p: Point) {
            lo = Point(min(lo.x, p.x), min(lo.y, p.y))
            hi = Point(max(hi.x, p.x), max(hi.y, p.y))
        }
        for e in elements {
            switch e {
            case .move(let p), .line(let p): add(p)
            case .circle(let c, let r): add(Point(c.x - r, c.y - r)); add(Point(c.x + r, c.y + r))
            case .rect(let r): add(Point(r.minX, r.minY)); add(Point(r.maxX, r.maxY))
            case .close: break
            }
        }
        guard lo.x <= hi.x else { return nil }
        return Rect(x: lo.x, y: lo.y, width: hi.x - lo.x, height: hi.y - lo.y)
    }
}
