import Foundation
import Site

/// A small site: two papers, five experiments (one with a recomputed variant) covering every
/// status, verdict and evidence kind, and
/// real files (SVG, PNG, CSV, HTML, LaTeX, log) written into a temporary folder.
struct Fixture {
    /// The temporary folder holding the artifact files and, after a build, the sites.
    let folder: URL
    /// The content describing the fixture.
    let content: SiteContent

    /// The value the escaping test looks for.
    static let hostile = "<script>alert(1)</script>"
    /// The fixture's build time.
    static let buildTime = Date(timeIntervalSince1970: 1_795_000_000)

    /// A 40×30 striped PNG, made with Python's zlib and struct (no image library).
    static let pngBase64 =
        "iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAWklEQVR42u3UoQ0AIAxE0RuHwRiWcapRQEICwdMzP6mi4pnyVWq7J6Lf828rizpfZFEPnKxuOF9dsEV94cwLl0U9cP5vlkV9A0K5KBflolyUi3JRLspFub5sB5FYzFgxlnO8AAAAAElFTkSuQmCC"

    /// Writes the fixture files into a fresh temporary folder.
    init() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("site-tests-\(UUID().uuidString)")
        let out = folder.appendingPathComponent("results")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        self.folder = folder

        func file(_ name: String, _ text: String) throws -> URL {
            let url = out.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url
        }
        func png(_ name: String) throws -> URL {
            let url = out.appendingPathComponent(name)
            try Data(base64Encoded: Self.pngBase64)?.write(to: url)
            return url
        }

        let scatter = SiteArtifact(stem: "accuracy-vs-throughput", caption: "Accuracy against throughput per device", files: [
            try file("accuracy-vs-throughput.svg", Self.svg(color: "#1f5fbf", onload: true)),
            try file("accuracy-vs-throughput.pdf", "%PDF-1.4\n% fixture\n"),
            try png("accuracy-vs-throughput.png"),
        ])
        let summary = SiteArtifact(stem: "summary", files: [
            try file("summary.html", """
                <!DOCTYPE html><html><head><title>t</title><style>td{color:red}</style></head><body>
                <table onclick="evil()"><thead><tr><th scope="col">device</th><th>mean &amp; sd</th></tr></thead>
                <tbody><tr><td>tpu</td><td>0.71</td></tr><tr><td>gpu</td><td>0.69<script>alert(2)</script></td></tr></tbody></table>
                </body></html>
                """),
            try file("summary.csv", "device,mean\ntpu,0.71\ngpu,0.69\n"),
            try file("summary.tex", "\\begin{tabular}{lr}\\end{tabular}\n"),
        ])
        let counts = SiteArtifact(stem: "counts", files: [
            try file("counts.csv", "device,count\n\"tpu, v3\",120\n<b>gpu</b>,80\n"),
        ])
        let released = SiteArtifact(stem: "refinement-released", files: [
            try file("refinement-released.svg", Self.svg(color: "#17733a", onload: false)),
            try png("refinement-released.png"),
        ])
        let recomputed = SiteArtifact(stem: "refinement-recomputed", files: [
            try file("refinement-recomputed.svg", Self.svg(color: "#b3261e", onload: false)),
            try png("refinement-recomputed.png"),
            out.appendingPathComponent("refinement-recomputed.pdf"),  // never written: missing
        ])
        let longTable = SiteArtifact(stem: "budgets", caption: "Budget per run", files: [
            try file("budgets.csv", "run,budget\n" + (1...25).map { "\($0),\($0 * 10)" }.joined(separator: "\n") + "\n"),
        ])
        let variantLog = try file("figure9-recomputed.log", "info: simulating\ninfo: done\n")
        let log = try file("figure3.log", "info: reading records\nwarning: 3 rows skipped <bad>\ninfo: done\n")

        let accel = SitePaper(
            id: "accel-nasbench", title: "Accel-NASBench",
            summary: "A benchmark of accelerator-aware neural architecture search & its surrogates.",
            experiments: [
                SiteExperiment(
                    id: "accel-nasbench/figure3", title: "Accuracy vs throughput", reproduces: "Figure 3",
                    note: "Uses the released records; <b>not</b> the paper's raw logs.",
                    engines: ["Plotting", "Statistics", "Datasets"], status: .ok, scale: "paper",
                    lastRun: Date(timeIntervalSince1970: 1_794_990_000), duration: 12.5,
                    peakMemoryBytes: 180_000_000, codeVersion: SiteCodeVersion(commit: "0123456789abcdef0123", dirty: true),
                    cacheKey: "c0ffee" + String(repeating: "ab", count: 29), threads: 1,
                    config: #"{"devices":["tpu","gpu"],"label":"\#(Self.hostile)","samples":500}"#,
                    defaultConfig: #"{"samples":500,"devices":["tpu","gpu"],"label":"plain"}"#,
                    inputs: [
                        SiteInput(path: "accel-nasbench/records.csv", sha256: String(repeating: "9f", count: 32), bytes: 2_400_000, source: "https://example.org/anb"),
                        SiteInput(path: "accel-nasbench/configs/space.json", sha256: String(repeating: "1a", count: 32), bytes: 900, source: "accel-nasbench/SOURCE.md",
                                  upstream: "https://raw.githubusercontent.com/o/r/0123/configs/space.json", matchesManifest: true),
                        SiteInput(path: "accel-nasbench/derived.jsonl", sha256: String(repeating: "2b", count: 32), bytes: 70, source: "accel-nasbench/SOURCE.md",
                                  matchesManifest: false),
                    ],
                    figures: [scatter], tables: [summary],
                    claims: [
                        SiteClaim(key: "mean_acc_tpu", description: "Mean top-1 accuracy on TPU", paperValue: 71.2, reproducedValue: 71.05, unit: "%", tolerance: "±0.5", delta: -0.15, verdict: .pass, location: "Table 2", evidence: .recomputed, sourceKind: .paper, basis: "printed precision"),
                        SiteClaim(key: "max_tput_gpu", description: "Max throughput on GPU", paperValue: 1520, reproducedValue: 1380, unit: "img/s", tolerance: "±5 %", delta: -140, verdict: .miss, location: "Section 4.1", explanation: "Different GPU driver & batch size.", evidence: .replot, sourceKind: .paper, basis: "data difference"),
                        SiteClaim(key: "fpga_latency", description: "FPGA latency", paperValue: 3.2, unit: "ms", tolerance: "±0.1", verdict: .notReproducible, location: "Figure 3, right", explanation: "No FPGA on this machine.", evidence: .recomputed, sourceKind: .figure),
                    ],
                    logText: "info: reading records\nwarning: 3 rows skipped <bad>\ninfo: done", logFile: log,
                    notes: ["Records with missing throughput were dropped."]),
                SiteExperiment(
                    id: "accel-nasbench/table2", title: "Per-device counts", reproduces: "Table 2",
                    engines: ["Tables", "Datasets"], status: .ok, scale: "smoke",
                    lastRun: Date(timeIntervalSince1970: 1_794_990_100), duration: 0.3,
                    config: #"{"rows":10}"#, defaultConfig: #"{"rows":10}"#, tables: [counts],
                    claims: [
                        SiteClaim(key: "count_tpu", description: "Architectures on TPU", paperValue: 5200, reproducedValue: 120, tolerance: "exact", delta: -5080, verdict: .notJudged, location: "Table 2"),
                        SiteClaim(key: "count_gpu", description: "Architectures on GPU", paperValue: 5200, reproducedValue: 80, tolerance: "exact", delta: -5120, verdict: .notJudged, location: "Table 2"),
                    ]),
            ])
        let trails = SitePaper(
            id: "trails", title: "TRAILS",
            summary: "Training-free architecture search with a refinement stage.",
            citation: "Example et al., 2024.", url: "https://example.org/trails?a=1&b=\"2\"",
            experiments: [
                SiteExperiment(
                    id: "trails/figure9", title: "Refinement micro-benchmark", reproduces: "Figure 9",
                    engines: ["Plotting", "Statistics", "Search"], status: .ok, scale: "paper",
                    lastRun: Date(timeIntervalSince1970: 1_794_991_000), duration: 250, peakMemoryBytes: 2_000_000_000,
                    codeVersion: SiteCodeVersion(commit: "0123456789abcdef0123"), threads: 2,
                    config: #"{"runs":100}"#, defaultConfig: #"{"runs":100}"#,
                    figures: [released],
                    claims: [
                        SiteClaim(key: "speedup", description: "Refinement speed-up", paperValue: 2.5, reproducedValue: 2.4, unit: "×", tolerance: "±0.2", delta: -0.1, verdict: .pass, location: "Figure 9", evidence: .replot),
                        SiteClaim(key: "rank_corr", description: "Rank correlation", paperValue: 0.8, reproducedValue: 0.81, tolerance: "±0.05", delta: 0.01, verdict: .pass, location: "micro_phase2_frappe.json", evidence: .replot, sourceKind: .derived, basis: "exact"),
                    ]),
                SiteExperiment(
                    id: "trails/figure9/recomputed", title: "Refinement micro-benchmark", reproduces: "Figure 9",
                    engines: ["Plotting", "Search"], status: .ok, scale: "paper",
                    lastRun: Date(timeIntervalSince1970: 1_794_991_500), duration: 900, peakMemoryBytes: 1_000_000_000,
                    codeVersion: SiteCodeVersion(commit: "abcdefabcdef0123"), cacheKey: "5eed" + String(repeating: "cd", count: 30), threads: 2,
                    config: #"{"candidates":100}"#, defaultConfig: #"{"candidates":100}"#,
                    inputs: [SiteInput(path: "trails/benchmark-frappe.sqlite", sha256: String(repeating: "7e", count: 32), bytes: 4096)],
                    figures: [recomputed], tables: [longTable],
                    claims: [
                        SiteClaim(key: "recomputed.speedup", description: "Refinement speed-up on our benchmark", paperValue: 2.5, reproducedValue: 2.45, unit: "×", tolerance: "±0.2", delta: -0.05, verdict: .pass, location: "Figure 9", evidence: .recomputed, basis: "seed variation"),
                        SiteClaim(key: "recomputed.order", description: "SH before UNIFORM", paperValue: 1, reproducedValue: 0, tolerance: "exact", delta: -1, verdict: .miss, location: "Section 7.4", explanation: "UNIFORM is feasible first on our benchmark.", evidence: .recomputed, basis: "exact"),
                    ],
                    logText: "info: simulating\ninfo: done", logFile: variantLog),
                SiteExperiment(
                    id: "trails/figure10", title: "Search cost", reproduces: "Figure 10", engines: ["Search"],
                    claims: [SiteClaim(key: "hours", description: "Search hours", paperValue: 3, tolerance: "±1", verdict: .notRun, location: "Figure 10")]),
                SiteExperiment(
                    id: "trails/table3", title: "Ablation", reproduces: "Table 3", engines: ["Tables"], status: .failed,
                    scale: "paper", lastRun: Date(timeIntervalSince1970: 1_794_992_000), duration: 1.2,
                    error: "records.csv: line 4: expected 5 fields, found 3",
                    claims: [SiteClaim(key: "ablation_gain", description: "Gain of refinement", paperValue: 1.5, tolerance: "±0.3", verdict: .notRun, location: "Table 3")]),
            ])
        content = SiteContent(
            title: "repro", buildTime: Self.buildTime,
            codeVersion: SiteCodeVersion(commit: "fedcba9876543210"),
            papers: [accel, trails],
            engineDescriptions: ["Plotting": "Figures through Cairo: SVG, PDF and PNG.", "Search": "Architecture search strategies."])
    }

    /// Removes the temporary folder.
    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A Cairo-like SVG whose glyph ids clash between files (the same id draws a square in
    /// the red file and a triangle in the others); optionally with an `onload` handler.
    static func svg(color: String, onload: Bool) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="360pt" height="240pt" viewBox="0 0 360 240"\(onload ? " onload=\"alert(3)\"" : "")>
        <defs><symbol overflow="visible" id="glyph0-1"><path d="\(color == "#b3261e" ? "M 0 0 L 8 0 L 8 -10 L 0 -10 Z" : "M 0 0 L 8 0 L 8 -10 Z")"/></symbol>
        <clipPath id="clip1"><rect x="20" y="20" width="320" height="200"/></clipPath></defs>
        <rect x="0" y="0" width="360" height="240" fill="#ffffff"/>
        <g clip-path="url(#clip1)"><circle cx="120" cy="120" r="60" fill="\(color)"/><circle cx="240" cy="90" r="30" fill="\(color)" opacity="0.6"/></g>
        <use xlink:href="#glyph0-1" x="30" y="230"/>
        <script>alert(4)</script>
        </svg>
        """
    }
}
