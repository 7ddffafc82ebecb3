// swift-tools-version:6.1
//
// repro: regenerates the figures and tables of a family of ML-systems papers.
//
// The manifest has three parts:
// 1. Engine modules under `Sources/`, each with one job, listed in `engines`.
// 2. Experiment targets, found by scanning `experiments/<paper>/<id>/`. Each
//    folder holds Swift sources, a `claims.json` and a `target.json` that names
//    the engines it uses, so adding an experiment never edits this file.
// 3. Test targets, found by scanning `Tests/<Name>Tests/`.

import Foundation
import PackageDescription

let root = URL(fileURLWithPath: Context.packageDirectory)

// MARK: - Engines

/// An engine module and the modules and products it depends on.
struct Engine {
    var name: String
    var dependencies: [Target.Dependency]
}

let engines: [Engine] = [
    Engine(name: "Diagnostics", dependencies: []),
    Engine(name: "Harness", dependencies: [
        "Diagnostics",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
    ]),
    Engine(name: "Store", dependencies: [
        "Diagnostics", "Harness", .product(name: "GRDB", package: "GRDB.swift"),
    ]),
    Engine(name: "Plotting", dependencies: ["Diagnostics", "CCairoPango", "Randomness"]),
    Engine(name: "Tables", dependencies: ["Diagnostics"]),
    Engine(name: "Statistics", dependencies: ["Diagnostics"]),
    Engine(name: "Randomness", dependencies: []),
    Engine(name: "SparseData", dependencies: ["Diagnostics"]),
    Engine(name: "Numerics", dependencies: ["Diagnostics", "CBLAS", "Statistics", "Randomness", "SparseData"]),
    Engine(name: "Surrogate", dependencies: ["Diagnostics", "Statistics", "Randomness"]),
    Engine(name: "Search", dependencies: ["Diagnostics", "Randomness"]),
    Engine(name: "Datasets", dependencies: ["Diagnostics", "Statistics"]),
    Engine(name: "TabularStore", dependencies: [
        "Diagnostics", "SparseData", "Numerics", "Statistics", "Randomness",
        .product(name: "GRDB", package: "GRDB.swift"),
    ]),
    Engine(name: "Selection", dependencies: [
        "Diagnostics", "TabularStore", "SparseData", "Numerics", "Search", "Statistics", "Randomness",
    ]),
    Engine(name: "Scaling", dependencies: ["Diagnostics", "Numerics", "Datasets", "Randomness", "Search"]),
    Engine(name: "GraphRewrite", dependencies: ["Diagnostics", "Numerics", "Search", "Randomness"]),
    Engine(name: "Inlining", dependencies: ["Search", "Statistics", "Randomness"]),
    Engine(name: "Site", dependencies: [.product(name: "Plot", package: "Plot")]),
]

// MARK: - Experiments

/// The build description an experiment folder carries in `target.json`.
struct ExperimentManifest: Decodable {
    /// The Swift module name, e.g. `TrailsFigure9`.
    var target: String
    /// Engine modules the experiment imports.
    var engines: [String]
}

func subdirectories(of url: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.sorted().map { url.appendingPathComponent($0) }.filter {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }
}

let experimentsRoot = root.appendingPathComponent("experiments")
var experimentTargets: [Target] = []
for paper in subdirectories(of: experimentsRoot) {
    for folder in subdirectories(of: paper) {
        let manifestURL = folder.appendingPathComponent("target.json")
        guard let data = try? Data(contentsOf: manifestURL) else { continue }
        guard let manifest = try? JSONDecoder().decode(ExperimentManifest.self, from: data) else {
            fatalError("\(manifestURL.path): expected {\"target\": String, \"engines\": [String]}")
        }
        let path = "experiments/\(paper.lastPathComponent)/\(folder.lastPathComponent)"
        experimentTargets.append(.target(
            name: manifest.target,
            dependencies: (["Harness"] + manifest.engines).map { .target(name: $0) },
            path: path,
            exclude: ["claims.json", "target.json"]
        ))
    }
}

// MARK: - Tests

let testsRoot = root.appendingPathComponent("Tests")
let testTargets: [Target] = subdirectories(of: testsRoot).compactMap { folder in
    let name = folder.lastPathComponent
    guard name.hasSuffix("Tests") else { return nil }
    let module = String(name.dropLast("Tests".count))
    var dependencies: [Target.Dependency] = [.target(name: module)]
    if module == "Experiments" {
        dependencies = ["Registry", "Harness", "Store"]
    }
    if module == "ReproCLI" {
        dependencies = ["ReproCLI", "Registry", "Harness", "Store"]
    }
    if FileManager.default.fileExists(atPath: testsRoot.appendingPathComponent("TestSupport").path) {
        dependencies.append("TestSupport")
    }
    return .testTarget(name: name, dependencies: dependencies, path: "Tests/\(name)")
}
let testSupport: [Target] =
    FileManager.default.fileExists(atPath: testsRoot.appendingPathComponent("TestSupport").path)
    ? [.target(name: "TestSupport", dependencies: ["Harness", "SparseData", "Randomness", "Numerics", "TabularStore"], path: "Tests/TestSupport")]
    : []

// MARK: - Package

let package = Package(
    name: "repro",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "repro", targets: ["ReproCLI"]),
        .executable(name: "repro-bench", targets: ["ReproBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairoPango", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(
            name: "CBLAS", pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]),
    ]
    + engines.map { .target(name: $0.name, dependencies: $0.dependencies) }
    + experimentTargets
    + [
        .target(
            name: "Registry",
            dependencies: ["Diagnostics", "Harness"] + experimentTargets.map { .target(name: $0.name) }),
        .executableTarget(
            name: "ReproCLI",
            dependencies: [
                "Diagnostics", "Harness", "Store", "Site", "Registry", "Numerics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "ReproBench",
            dependencies: [
                "Harness", "Plotting", "Numerics", "Surrogate", "Search", "Statistics", "Datasets", "SparseData", "TabularStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["peers"]),
    ]
    + testSupport
    + testTargets,
    swiftLanguageModes: [.v6]
)
