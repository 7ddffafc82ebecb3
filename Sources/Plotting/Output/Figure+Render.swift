import Foundation

/// A rendered figure and what the renderer had to drop or change.
public struct Rendering: Sendable {
    /// The file contents.
    public var data: Data
    /// Warnings such as dropped non-finite points.
    public var warnings: [PlotWarning]
}

extension Figure {
    /// Lays the figure out and paints it on `renderer`; returns the warnings.
    @discardableResult
    public func draw(on renderer: Renderer) -> [PlotWarning] {
        var drawing = FigureDrawing(figure: self, renderer: renderer)
        return drawing.run()
    }

    /// The warnings rendering would give (dropped points, impossible limits), without drawing.
    public var warnings: [PlotWarning] { draw(on: RecordingRenderer()) }

    /// The figure as a file in `format`, with warnings.
    ///
    /// PNGs use `pngScale` pixels per point (2 ≈ 144 dpi).
    public func rendering(format: OutputFormat, pngScale: Double = 2) throws -> Rendering {
        let canvas = try CairoCanvas(format: format, width: size.width, height: size.height, pngScale: pngScale)
        let warnings = draw(on: canvas)
        let data = try canvas.finish()
        return Rendering(data: data, warnings: warnings)
    }

    /// The figure as a file in `format` (warnings dropped; use ``rendering(format:pngScale:)`` to see them).
    public func render(format: OutputFormat, pngScale: Double = 2) throws -> Data {
        try rendering(format: format, pngScale: pngScale).data
    }

    /// Writes the figure next to `base` (a path without extension) in every format, each
    /// atomically (temporary file, then rename); returns the warnings.
    ///
    /// ```swift
    /// try figure.write(to: context.output("figure9"), formats: [.pdf, .svg, .png])
    /// ```
    @discardableResult
    public func write(to base: URL, formats: [OutputFormat] = OutputFormat.allCases, pngScale: Double = 2) throws -> [PlotWarning] {
        var warnings: [PlotWarning] = []
        for format in formats {
            let result = try rendering(format: format, pngScale: pngScale)
            if warnings.isEmpty { warnings = result.warnings }
            let url = base.appendingPathExtension(format.fileExtension)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Self.writeAtomically(result.data, to: url)
            } catch {
                throw PlotError.write(path: url.path, reason: "\(error)")
            }
        }
        return warnings
    }

    /// Writes `data` to a temporary file beside `url` and renames it over `url`, so readers
    /// never see a half-written figure.
    static func writeAtomically(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.globallyUniqueString).tmp")
        try data.write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PlotError.write(path: url.path, reason: reason)
        }
    }
}
