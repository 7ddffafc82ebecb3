/// A file format a figure can be rendered to.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// Vector PDF with embedded (subset) fonts and a fixed creation date.
    case pdf
    /// SVG with glyphs as paths and normalised ids.
    case svg
    /// A raster PNG at ``Figure/pngScale`` pixels per point.
    case png

    /// The file extension.
    public var fileExtension: String { rawValue }
}
