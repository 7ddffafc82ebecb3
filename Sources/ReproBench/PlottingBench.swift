import ArgumentParser
import Foundation
import Plotting
import Randomness

/// Benchmarks the Plotting engine against matplotlib on the same 4-panel, 10,000-point figure,
/// and reports peak memory over a 1,000-figure loop.
struct PlottingBench: ParsableCommand {
    typealias S = PlottingBenchSupport

    static let configuration = CommandConfiguration(
        commandName: "plotting",
        abstract: "Time a 4-panel 10,000-point figure to PDF+SVG, ours vs matplotlib; RSS over 1,000 figures.")

    @Option(help: "Renders timed per engine (the median is reported).")
    var repeats = 5

    @Option(help: "Figures in the memory loop.")
    var loop = 1000

    @Flag(help: "Also time each panel alone.")
    var breakdown = false

    @Flag(help: "Skip matplotlib (no Python venv needed).")
    var skipPeer = false

    func run() throws {
        let data = PlottingBenchData(points: 10_000)
        let figure = data.figure()
        let ours = try S.median((0..<max(1, repeats)).map { _ in
            try S.timed {
                _ = try figure.render(format: .pdf)
                _ = try figure.render(format: .svg)
            }
        })
        print(String(format: "plotting: ours        %.4f s per 4-panel 10,000-point figure to PDF+SVG", ours))
        let layout = S.median((0..<3).map { _ in S.timed { figure.draw(on: RecordingRenderer()) } })
        let pdf = try S.median((0..<3).map { _ in try S.timed { _ = try figure.render(format: .pdf) } })
        let svg = try S.median((0..<3).map { _ in try S.timed { _ = try figure.render(format: .svg) } })
        print(String(format: "plotting:   of which layout+paint without Cairo %.4f s, PDF %.4f s, SVG %.4f s", layout, pdf, svg))
        if breakdown {
            for (i, panel) in figure.panels.enumerated() {
                let single = Figure(size: figure.size, panel: panel)
                let p = try S.median((0..<3).map { _ in try S.timed { _ = try single.render(format: .pdf) } })
                let v = try S.median((0..<3).map { _ in try S.timed { _ = try single.render(format: .svg) } })
                print(String(format: "plotting:   panel %d alone: PDF %.4f s, SVG %.4f s", i, p, v))
            }
        }
        if !skipPeer {
            let peer = try matplotlibSeconds(data)
            print(String(format: "plotting: matplotlib  %.4f s (same figure, same data)", peer))
            print(String(format: "plotting: ratio       %.1f× faster (target ≥ 5×)", peer / ours))
        }
        try memoryLoop()
    }

    /// Renders `loop` small figures and prints the resident set before, after and at peak.
    func memoryLoop() throws {
        let small = PlottingBenchData(points: 200).figure()
        _ = try small.render(format: .pdf)
        let start = S.memory().rss
        var samples: [Int] = []
        for i in 0..<loop {
            _ = try small.render(format: i % 2 == 0 ? .pdf : .svg)
            if i % 100 == 99 { samples.append(S.memory().rss) }
        }
        let (rss, peak) = S.memory()
        print("plotting: RSS over \(loop) figures: start \(start >> 20) MiB, end \(rss >> 20) MiB, "
            + "peak \(peak >> 20) MiB; per 100 figures: \(samples.map { "\($0 >> 20)" }.joined(separator: " ")) MiB")
    }

    func matplotlibSeconds(_ data: PlottingBenchData) throws -> Double {
        let root = S.projectRoot()
        let python = try S.Venv.python(root: root, packages: ["matplotlib"])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plotting-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("data.json")
        try JSONEncoder().encode(data).write(to: json)
        let script = root.appendingPathComponent("Sources/ReproBench/peers/plotting_matplotlib.py")
        let output = try PeerProcess.output(python, [script.path, json.path, folder.path, String(max(1, repeats))])
        guard let seconds = Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ValidationError("plotting_matplotlib.py printed '\(output)', expected seconds")
        }
        return seconds
    }
}

/// Seeded series shared by our figure and the matplotlib peer.
struct PlottingBenchData: Codable {
    var x: [Double], y0: [Double], sx: [Double], sy: [Double]
    var mean: [Double], lower: [Double], upper: [Double], logx: [Double], y3: [Double]

    init(points n: Int) {
        var g = SeededGenerator(seed: 7)
        x = (0..<n).map { Double($0) / Double(n) * 100 }
        var walk = 0.0
        y0 = x.map { _ in walk += g.nextNormal(); return walk }
        sx = (0..<n).map { _ in g.nextNormal() }
        sy = sx.map { 0.5 * $0 + g.nextNormal() }
        mean = x.map { sin($0 / 10) }
        lower = mean.map { $0 - 0.2 - 0.05 * g.nextUnit() }
        upper = mean.map { $0 + 0.2 + 0.05 * g.nextUnit() }
        logx = (0..<n).map { pow(10, Double($0) / Double(n) * 5) }
        y3 = logx.map { log10($0) + 0.1 * g.nextNormal() }
    }

    func figure() -> Figure {
        var f = Figure(rows: 2, columns: 2, size: .inches(6.75, 4.2))
        var a = Panel(title: "Line", xLabel: "x", yLabel: "y")
        a.add(LineSeries(x: x, y: y0, label: "line"))
        var b = Panel(title: "Scatter", xLabel: "x", yLabel: "y")
        b.add(ScatterSeries(x: sx, y: sy, label: "scatter", size: 2.3))
        var c = Panel(title: "Band", xLabel: "x", yLabel: "y")
        c.add(BandSeries(x: x, lower: lower, upper: upper))
        c.add(LineSeries(x: x, y: mean, label: "band"))
        var d = Panel(title: "Log x", xLabel: "x", yLabel: "y")
        d.x.scale = .log10
        d.add(LineSeries(x: logx, y: y3, label: "log x"))
        f.panels = [a, b, c, d]
        return f
    }
}

/// Helpers of the plotting bench, namespaced so other bench files can define their own.
enum PlottingBenchSupport {
    /// Wall-clock seconds of `body`.
    static func timed(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.isEmpty ? .nan : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
    }

    /// Current and peak resident set size in bytes, from /proc/self/status.
    static func memory() -> (rss: Int, peak: Int) {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Int {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
            return (Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? "") ?? 0) * 1024
        }
        return (field("VmRSS:"), field("VmHWM:"))
    }

    /// The folder holding Package.swift, searched upwards from the working directory.
    static func projectRoot() -> URL {
        var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// The bench-only Python venv at `<root>/.venv-bench`.
    enum Venv {
        /// The venv's python, creating the venv and installing `packages` if missing.
        static func python(root: URL, packages: [String]) throws -> String {
            let venv = root.appendingPathComponent(".venv-bench")
            let python = venv.appendingPathComponent("bin/python").path
            if !FileManager.default.fileExists(atPath: python) {
                print("plotting: creating \(venv.path)")
                try PeerProcess.output("/usr/bin/python3", ["-m", "venv", venv.path])
            }
            let imports = packages.map { "import \($0)" }.joined(separator: "; ")
            if (try? PeerProcess.output(python, ["-c", imports])) == nil {
                print("plotting: pip install \(packages.joined(separator: " ")) into \(venv.path)")
                try PeerProcess.output(python, ["-m", "pip", "install", "--quiet"] + packages)
            }
            return python
        }
    }
}
