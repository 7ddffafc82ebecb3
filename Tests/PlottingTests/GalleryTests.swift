import Foundation
import Testing

@testable import Plotting

/// Renders every specimen figure to PDF, SVG and PNG.
///
/// Set `PLOTTING_GALLERY_DIR` to keep the files (for looking at them); otherwise they go
/// to a temporary folder that is removed.
@Suite struct GalleryTests {
    @Test func galleryRendersInEveryFormat() throws {
        let keep = ProcessInfo.processInfo.environment["PLOTTING_GALLERY_DIR"]
        let folder = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("plotting-gallery-\(getpid())")
        defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
        for (name, figure) in PlotGallery.figures() {
            let warnings = try figure.write(to: folder.appendingPathComponent(name), formats: [.pdf, .svg, .png])
            if name == "gallery-loglog" {
                #expect(warnings.count == 1)
            } else {
                #expect(warnings.isEmpty, "\(name): \(warnings)")
            }
            for ext in ["pdf", "svg", "png"] {
                let url = folder.appendingPathComponent(name).appendingPathExtension(ext)
                let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
                #expect(size > 1000, "\(url.lastPathComponent) is \(size) bytes")
            }
        }
    }
}
