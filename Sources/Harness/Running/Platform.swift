import Foundation

/// The versions of the toolchain and system libraries a run's outputs depend on: the Swift
/// compiler, OpenBLAS (numerics), cairo and pango (figures), fontconfig and the DejaVu fonts
/// (text). Part of the cache key and of every run's provenance.
public struct Platform: Sendable, Equatable {
    /// The first line of `swift --version`, or `unknown`.
    public var swift: String
    /// `package=version` of each installed system package, sorted.
    public var libraries: [String]

    /// The OpenBLAS kernel set: the pinned `OPENBLAS_CORETYPE`, or `auto (<CPU model>)` when
    /// OpenBLAS chooses from the CPU (kernel sets round sums differently).
    public var blasKernel: String

    /// Creates a description.
    public init(swift: String, libraries: [String], blasKernel: String = "auto") {
        self.swift = swift
        self.libraries = libraries.sorted()
        self.blasKernel = blasKernel
    }

    /// One line: `swift <version>; package=version; ...; OPENBLAS_CORETYPE=<kernel set>`.
    public var summary: String {
        ([swift] + libraries + ["OPENBLAS_CORETYPE=\(blasKernel)"]).joined(separator: "; ")
    }

    /// The Debian packages whose versions are pinned (patterns for `dpkg-query -W`).
    public static let packagePatterns = [
        "libopenblas0*", "libcairo2", "libpango-1.0-0", "libpangocairo-1.0-0", "libfontconfig1", "fonts-dejavu-core",
    ]

    /// This machine's platform, probed once per process.
    public static let current: Platform = probe()

    /// Asks `swift --version` and `dpkg-query` (each once).
    static func probe() -> Platform {
        let version = run(["swift", "--version"])?
            .split(whereSeparator: \.isNewline).first.map(String.init) ?? "unknown"
        let listing = run(["dpkg-query", "-W", "-f", "${binary:Package}=${Version}\\n"] + packagePatterns) ?? ""
        let libraries = listing.split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.hasSuffix("=") && !$0.isEmpty }
        return Platform(swift: version.trimmingCharacters(in: .whitespaces), libraries: libraries, blasKernel: blasKernel())
    }

    /// `OPENBLAS_CORETYPE` when set, else `auto (<CPU model>)` from `/proc/cpuinfo`.
    static func blasKernel() -> String {
        if let pinned = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"], !pinned.isEmpty { return pinned }
        let model = CPUInfo.read().modelName ?? "unknown CPU"
        return "auto (\(model))"
    }

    /// Standard output of a command found on PATH (also when it exits non-zero), nil if it cannot start.
    private static func run(_ arguments: [String]) -> String? {
        guard let command = arguments.first else { return nil }
        return (try? CapturedProcess.run(command, Array(arguments.dropFirst())))?.output
    }
}
