import Harness
import Plotting

/// Renders the Plotting engine's specimen figures: every series kind, log axes and a
/// 2×2 grid with a shared legend, each to PDF, SVG and PNG.
public enum EnginesGallery: Experiment {
    /// Settings of the gallery.
    public struct Config: ScaleFreeConfig {
        /// PNG pixels per point (2 ≈ 144 dpi).
        public var pngScale: Double = 2

        /// The defaults.
        public init() {}
    }

    public static let info = ExperimentInfo(
        id: "engines/gallery", title: "Plotting engine gallery",
        reproduces: "Engine specimen figures", order: 0,
        note: "Not from a paper: one figure of every series kind the Plotting engine draws.")

    /// Half a pixel to eight pixels (576 dpi) per point.
    public static var configRanges: [String: ClosedRange<Double>] {
        ["pngScale": 0.5...8]
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let figures = PlotGallery.figures()
        let progress = context.progress("figures", total: figures.count)
        var notes: [String] = []
        for (name, figure) in figures {
            let warnings = try figure.write(
                to: context.output(name), formats: [.pdf, .svg, .png], pngScale: config.pngScale)
            for warning in warnings {
                context.logger.info("\(name): \(warning.message)")
                notes.append("\(name): \(warning.message)")
            }
            progress.advance()
        }
        return RunResult(numbers: ["figures": Double(figures.count)], notes: notes)
    }
}
