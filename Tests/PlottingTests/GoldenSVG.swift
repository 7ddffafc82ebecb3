/// Golden SVG summaries (see ``SVGStructureTests``), recorded with cairo 1.16.0 and
/// DejaVu Sans 2.37 on Debian 12: element counts outside `<defs>`, glyph symbols, and
/// distinct fill colours.
enum GoldenSVG {
    static let summaries: [String: String] = [
        "gallery-lines": "g=20 path=23 symbol=77 use=142 fills=4",
        "gallery-anytime": "g=20 path=14 symbol=68 use=124 fills=4",
        "gallery-bars": "g=30 path=38 symbol=79 use=126 fills=4",
        "gallery-scatter": "g=20 path=160 symbol=68 use=114 fills=153",
        "gallery-stacked": "g=20 path=16 symbol=50 use=80 fills=4",
        "gallery-box": "g=19 path=36 symbol=64 use=93 fills=3",
        "gallery-cdf": "g=20 path=11 symbol=71 use=113 fills=1",
        "gallery-errorbars": "g=19 path=15 symbol=59 use=99 fills=3",
        "gallery-loglog": "g=22 path=12 symbol=54 use=94 fills=2",
        "gallery-heatmap": "g=72 path=35 symbol=71 use=233 fills=31",
        "gallery-grid": "g=36 path=49 symbol=106 use=293 fills=5",
    ]
}
