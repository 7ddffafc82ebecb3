import CCairoPango
import Foundation

/// A ``Renderer`` drawing with Cairo and Pango onto a PDF, SVG or PNG surface in memory.
///
/// Owns its surface, context, Pango context and font descriptions and frees each exactly
/// once in `deinit`. Not `Sendable`: create, draw and finish it within one function.
final class CairoCanvas: Renderer {
    private let format: OutputFormat
    private let sink = ByteSink()
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private let pango: OpaquePointer
    private var fonts: [Font: OpaquePointer] = [:]
    private var finished = false

    /// Creates a canvas of `width` × `height` points.
    init(format: OutputFormat, width: Double, height: Double, pngScale: Double) throws {
        guard width >= 1, height >= 1, width <= 20_000, height <= 20_000, pngScale > 0, pngScale <= 20 else {
            throw PlotError.invalidSize(width: width, height: height)
        }
        self.format = format
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let created: OpaquePointer?
        switch format {
        case .pdf:
            created = cairo_pdf_surface_create_for_stream(ByteSink.write, closure, width, height)
        case .svg:
            created = cairo_svg_surface_create_for_stream(ByteSink.write, closure, width, height)
        case .png:
            created = cairo_image_surface_create(
                CAIRO_FORMAT_ARGB32, Int32((width * pngScale).rounded(.up)), Int32((height * pngScale).rounded(.up)))
        }
        guard let created else { throw PlotError.cairo(format: format.rawValue, status: "no surface") }
        let status = cairo_surface_status(created)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(created)
            throw PlotError.cairo(format: format.rawValue, status: String(cString: cairo_status_to_string(status)))
        }
        surface = created
        switch format {
        case .pdf:
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "repro Plotting")
        case .svg:
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        case .png:
            break
        }
        guard let context = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw PlotError.cairo(format: format.rawValue, status: "no context")
        }
        cr = context
        if format == .png { cairo_scale(cr, pngScale, pngScale) }
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(cr, options)
        guard let pangoContext = pango_cairo_create_context(cr) else {
            cairo_font_options_destroy(options)
            cairo_destroy(cr)
            cairo_surface_destroy(surface)
            throw PlotError.cairo(format: format.rawValue, status: "no Pango context")
        }
        pango = pangoContext
        pango_cairo_context_set_font_options(pango, options)
        pango_cairo_context_set_resolution(pango, 72)
        cairo_font_options_destroy(options)
    }

    deinit {
        for (_, description) in fonts { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(pango))
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Finishes the surface and returns the file bytes (SVG normalised).
    func finish() throws -> Data {
        guard !finished else { return sink.data }
        finished = true
        if format == .png {
            cairo_surface_flush(surface)
            let status = cairo_surface_write_to_png_stream(
                surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
            guard status == CAIRO_STATUS_SUCCESS else {
                throw PlotError.cairo(format: "png", status: String(cString: cairo_status_to_string(status)))
            }
        } else {
            cairo_surface_finish(surface)
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PlotError.cairo(format: format.rawValue, status: String(cString: cairo_status_to_string(status)))
        }
        return format == .svg ? SVGNormalizer.normalize(sink.data) : sink.data
    }

    // MARK: Text

    private func fontDescription(_ font: Font) -> OpaquePointer? {
        if let d = fonts[font] { return d }
        guard let d = pango_font_description_new() else { return nil }
        pango_font_description_set_family(d, font.family)
        pango_font_description_set_absolute_size(d, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(d, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        fonts[font] = d
        return d
    }

    /// A new layout holding `text`; the caller unrefs it.
    private func layout(_ text: String, font: Font) -> OpaquePointer? {
        guard let layout = pango_layout_new(pango) else { return nil }
        if let description = fontDescription(font) { pango_layout_set_font_description(layout, description) }
        pango_layout_set_text(layout, text, -1)
        return layout
    }

    private func size(of layout: OpaquePointer) -> TextSize {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return TextSize(
            width: Double(logical.width) / scale, height: Double(logical.height) / scale,
            baseline: Double(pango_layout_get_baseline(layout)) / scale)
    }

    func measure(_ text: String, font: Font) -> TextSize {
        guard let layout = layout(text, font: font) else { return TextSize(width: 0, height: 0, baseline: 0) }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        return size(of: layout)
    }

    func text(_ text: String, at point: Point, anchor: TextAnchor, rotation: Double, font: Font, color: Color) {
        guard let layout = layout(text, font: font) else { return }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let origin = TextBox.origin(of: size(of: layout), anchor: anchor)
        cairo_save(cr)
        cairo_translate(cr, point.x, point.y)
        if rotation != 0 { cairo_rotate(cr, -rotation * Double.pi / 180) }
        cairo_move_to(cr, origin.x, origin.y)
        setColor(color)
        pango_cairo_show_layout(cr, layout)
        cairo_restore(cr)
    }

    // MARK: Paths

    private func setColor(_ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }

    private func build(_ path: Path) { build(path, on: cr) }

    private func build(_ path: Path, on cr: OpaquePointer) {
        cairo_new_path(cr)
        for e in path.elements {
            switch e {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .circle(let c, let r):
                cairo_new_sub_path(cr)
                cairo_arc(cr, c.x, c.y, r, 0, 2 * Double.pi)
                cairo_close_path(cr)
            case .rect(let r): cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            case .close: cairo_close_path(cr)
            }
        }
    }

    func fill(_ path: Path, color: Color) {
        guard color.alpha > 0 else { return }
        build(path)
        setColor(color)
        cairo_fill(cr)
    }

    func fill(_ path: Path, gradient: [GradientStop], from start: Point, to end: Point) {
        guard let pattern = cairo_pattern_create_linear(start.x, start.y, end.x, end.y) else { return }
        defer { cairo_pattern_destroy(pattern) }
        for s in gradient {
            cairo_pattern_add_color_stop_rgba(pattern, s.offset, s.color.red, s.color.green, s.color.blue, s.color.alpha)
        }
        build(path)
        cairo_set_source(cr, pattern)
        cairo_fill(cr)
    }

    /// Circles become zero-length round-capped strokes (a dot per point: two numbers
    /// instead of four Bézier curves), which keeps 10,000-point scatters small and fast.
    func fillMarkers(_ marker: Path, at points: [Point], color: Color) {
        guard points.count >= 16, color.alpha > 0, marker.elements.count == 1,
              case .circle(let center, let radius) = marker.elements[0]
        else {
            fill(Path(copiesOf: marker, at: points), color: color)
            return
        }
        cairo_new_path(cr)
        for p in points {
            cairo_move_to(cr, p.x + center.x, p.y + center.y)
            cairo_close_path(cr)
        }
        setColor(color)
        cairo_set_line_width(cr, 2 * radius)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        cairo_set_dash(cr, nil, 0, 0)
        cairo_stroke(cr)
    }

    func stroke(_ path: Path, style: StrokeStyle) {
        guard style.width > 0, style.color.alpha > 0 else { return }
        build(path)
        setColor(style.color)
        cairo_set_line_width(cr, style.width)
        cairo_set_line_cap(cr, style.round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_line_join(cr, style.round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(cr)
    }

    func pushClip(_ rect: Rect) {
        cairo_save(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
    }

    func popClip() { cairo_restore(cr) }
}
