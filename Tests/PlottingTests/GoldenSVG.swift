/// Golden SVG summaries (see ``SVGStructureTests``), recorded with cairo 1.16.0 and
/// DejaVu Sans 2.37 on Debian 12: element counts outside `<defs>`, glyph symbols, and
/// distinct fill colours.
enum GoldenSVG {
    static let summaries: [String: String] = [
        "gallery-lines": "g=20 path=23 symbol=75 use=135 fills=4",
        "gallery-anytime": "g=20 path=14 symbol=61 use=120 fills=4",
        "gallery-bars": "g=30 path=38 symbol=70 use=134 fills=4",
        "gallery-scatter": "g=20 path=160 symbol=74 use=125 fills=153",
        "gallery-stacked": "g=20 path=16 symbol=52 use=82 fills=4",
        "gallery-box": "g=19 path=36 symbol=57 use=101 fills=3",
        "gallery-cdf": "g=20 path=11 symbol=72 use=114 fills=1",
        "gallery-errorbars": "g=19 path=15 symbol=56 use=100 fills=3",
        "gallery-loglog": "g=22 path=12 symbol=62 use=111 fills=2",
        "gallery-heatmap": "g=72 path=35 symbol=73 use=236 fills=31",
        "gallery-grid": "g=36 path=49 symbol=80 use=238 fills=5",
    ]
}
