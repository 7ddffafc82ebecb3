import Foundation
import Harness
import Store
import Testing

/// The `repro` binary under hostile or concurrent use: racing runs, values a user can type,
/// `repro data` without network and interrupted.
@Suite struct HardeningCLITests {
    /// Starts the built `repro` with `arguments` (and `environment` over this process's), after
    /// creating the test's scratch `folder`.
    static func launch(_ arguments: [String], environment: [String: String] = [:], in folder: URL) throws -> RunningProcess {
        let binary = try #require(CommandLineTests.binary, "build the repro tool first (swift build)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try RunningProcess(
            binary.path, arguments, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    }

    static func temporaryFolder(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("repro-\(name)-\(UUID().uuidString)")
    }

    // MARK: - Two processes, one key

    @Test func twoProcessesRacingOnOneKeyBothSucceedAndPublishTheRecordedBytes() throws {
        let folder = Self.temporaryFolder("race")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let arguments = ["run", "engines/gallery", "--scale", "smoke", "--root", CommandLineTests.projectRoot.path,
                         "--output", output.path]
        let racers = try (0..<2).map { _ in try Self.launch(arguments, in: folder) }
        let results = racers.map { $0.wait() }
        for result in results { #expect(result.status == 0, "\(result.errors)") }
        let words = results.map { $0.output.split(separator: "\n").first.map { String($0.prefix(9)) } ?? "" }.sorted()
        #expect(words == ["cached   ", "computed "], "one computes, the other waits and reuses: \(words)")
        let store = try ResultStore(url: output.appendingPathComponent(".repro/results.sqlite"))
        let run = try #require(try store.currentRun(experiment: "engines/gallery"))
        let published = run.artifacts.filter { $0.kind != .data }
        #expect(!published.isEmpty)
        for artifact in published {
            #expect(try Digest.sha256(fileAt: output.appendingPathComponent(artifact.path)) == artifact.sha256, "\(artifact.path)")
            let cached = output.appendingPathComponent(".repro/cache/\(run.cacheKey)/\(artifact.name)")
            #expect(try Digest.sha256(fileAt: cached) == artifact.sha256, "cached \(artifact.name)")
        }
        let cache = (try? FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".repro/cache").path)) ?? []
        #expect(cache.filter { $0.hasPrefix(".staging-") || $0.hasPrefix(".trash-") }.isEmpty, "\(cache)")

        // The provenance names the toolchain and the system libraries the key covers.
        #expect(run.platform.hasPrefix("Swift version"), "\(run.platform)")
        let shown = try Self.launch(["show", "engines/gallery", "--root", CommandLineTests.projectRoot.path, "--output", output.path],
                                    in: folder).wait()
        let platformLine = shown.output.split(separator: "\n").first { $0.hasPrefix("platform ") } ?? ""
        #expect(platformLine.contains("Swift version") && platformLine.contains("libcairo2"), "\(shown.output)")
    }

    // MARK: - Values a user can type

    @Test func negativeSeedsAreOneLineErrorsNotCrashes() throws {
        let cases = [("accel-nasbench/surrogate-fit", "seed=-1", 0), ("ocaml-inlining/synthetic", "seedCount=-1", 1),
                     ("network-scaling/toy-search", "seedCount=-1", 1), ("engines/anytime", "seeds=[1,-2]", 0)]
        for (id, value, lowest) in cases {
            let result = try CommandLineTests.repro(["run", id, "--scale", "smoke", "--set", value])
            #expect(result.status == 1, "\(id) --set \(value): status \(result.status) \(result.errors)")
            let lines = result.errors.split(separator: "\n")
            #expect(lines.count == 1, "\(result.errors)")
            #expect(lines.first?.contains("--set \(value): out of range; valid range \(lowest)...") == true, "\(result.errors)")
        }
    }

    @Test func aFailedSetLeavesAFailureRecord() throws {
        let folder = Self.temporaryFolder("set-record")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let result = try Self.launch(
            ["run", "ocaml-inlining/synthetic", "--scale", "smoke", "--set", "seedCount=-1", "--root",
             CommandLineTests.projectRoot.path, "--output", output.path], in: folder).wait()
        #expect(result.status == 1)
        let store = try ResultStore(url: output.appendingPathComponent(".repro/results.sqlite"))
        let record = try #require(try store.latestRun(experiment: "ocaml-inlining/synthetic"))
        #expect(record.status == .failed)
        #expect(record.error?.contains("seedCount=-1") == true)
    }

    @Test func nonFiniteSetValuesAreRejected() throws {
        for value in ["nan", "inf", "1e999"] {
            let result = try CommandLineTests.repro(["run", "accel-nasbench/surrogate-fit", "--scale", "smoke", "--set", "seed=\(value)"])
            #expect(result.status == 1)
            #expect(result.errors == "repro: --set seed=\(value): not a finite number\n", "\(result.errors)")
        }
    }

    @Test func threadAndWorkerCountsOutOfRangeAreOneLine() throws {
        let folder = Self.temporaryFolder("threads")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = ["--root", CommandLineTests.projectRoot.path, "--output", folder.appendingPathComponent("out").path]
        let cases: [([String], [String: String], String)] = [
            (["--threads", "0"], [:], "repro: --threads 0: out of range; valid range 1...256\n"),
            (["--threads", "100000"], [:], "repro: --threads 100000: out of range; valid range 1...256\n"),
            (["--workers", "0"], [:], "repro: --workers 0: out of range; valid range 1...256\n"),
            ([], ["REPRO_THREADS": "abc"], "repro: REPRO_THREADS=abc: not an integer; valid range 1...256\n"),
            ([], ["REPRO_THREADS": "-3"], "repro: REPRO_THREADS=-3: out of range; valid range 1...256\n"),
        ]
        for (options, environment, expected) in cases {
            let result = try Self.launch(["run", "engines/gallery", "--scale", "smoke"] + options + root,
                                         environment: environment, in: folder).wait()
            #expect(result.status == 1, "\(options) \(environment)")
            #expect(result.errors == expected)
        }
    }

    @Test func aValueOfTheWrongTypeSaysWhatTheKeyTakes() throws {
        let cases = [("accel-nasbench/fidelity-table", "includeOtherModels=1", "expected true or false"),
                     ("ocaml-inlining/data-generation", "decimals=2.5", "expected a whole number"),
                     ("trails/figure9/recomputed", "datasets=frappe", #"expected a JSON list, e.g. [1, 2] or ["a", "b"]"#)]
        for (id, value, wanted) in cases {
            let result = try CommandLineTests.repro(["run", id, "--scale", "smoke", "--set", value])
            #expect(result.status == 1, "\(id) --set \(value)")
            #expect(result.errors == "repro: --set \(value): \(wanted)\n")
        }
    }

    /// Values a boundary sweep of every `--set` key (0, 1, 2, 10^12, empty lists) found to trap,
    /// to allocate terabytes, or to name an engine's internal parameter instead of the key.
    @Test func boundaryValuesAreOneLineErrorsNotCrashes() throws {
        let cases: [([String], String)] = [
            (["network-scaling/feasibility-map", "--set", "step=0"], "repro: --set step=0: out of range; valid range 0.01...1"),
            (["network-scaling/feasibility-map", "--set", "maxMultiplier=0.1", "--set", "step=1"],
             "repro: network-scaling/feasibility-map: maxMultiplier 0.1 is less than half a step (1.0): the grid would be empty"),
            (["network-scaling/toy-search", "--set", "seedCount=0"], "repro: --set seedCount=0: out of range; valid range 1..."),
            (["engines/anytime", "--set", "toyScaling.episodes=0"], "repro: --set toyScaling.episodes=0: out of range; valid range 1..."),
            (["ocaml-inlining/reward-plots", "--set", "bins=0"], "repro: --set bins=0: out of range; valid range 1..."),
            (["ocaml-inlining/exec-histograms", "--set", "bins=1000000000000"],
             "repro: --set bins=1000000000000: out of range; valid range 1...10000"),
            (["xflowrl/rewrite-search", "--set", "imageSize=1000000000000"],
             "repro: --set imageSize=1000000000000: out of range; valid range 1...1024"),
            (["trails/figure6/recomputed", "--set", "ratio=0"], "repro: --set ratio=0: out of range; valid range 1..."),
            (["trails/figure9/recomputed", "--set", "datasets=[]"], "repro: --set datasets=[]: needs at least one entry"),
            (["ocaml-inlining/policy-table", "--set", "colourRange=[60,-20]"],
             "repro: ocaml-inlining/policy-table: colourRange [60.0, -20.0]: give [low, high] with low < high"),
        ]
        for (arguments, prefix) in cases {
            let result = try CommandLineTests.repro(["run"] + arguments + ["--scale", "smoke"])
            #expect(result.status == 1, "\(arguments): status \(result.status)")
            let lines = result.errors.split(separator: "\n").filter { !$0.hasPrefix("[") }
            #expect(lines.count == 1 && lines.first?.hasPrefix(prefix) == true, "\(arguments): \(result.errors)")
        }
    }

    /// Names an experiment must know and settings that must agree are refused by its
    /// `validate` before its upstream runs (`accel-nasbench/nas` would fit surrogates first and
    /// the TRAILS recomputed variants would build the benchmark), with the experiment named.
    @Test func namesAndSettingsThatDisagreeAreRefusedBeforeAnythingRuns() throws {
        let folder = Self.temporaryFolder("validate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [([String], String)] = [
            (["accel-nasbench/nas", "--set", "seeds=[1]"],
             "repro: accel-nasbench/nas: seeds: need at least two (the bars show the spread over seeds)"),
            (["accel-nasbench/nas", "--set", "device=gpu"],
             "repro: accel-nasbench/nas: device: unknown device 'gpu'; expected one of a100, 3090, tpuv2, tpuv3, zcu102, vck190"),
            (["accel-nasbench/throughput-scatter", "--set", #"devices=["a100","h100"]"#],
             "repro: accel-nasbench/throughput-scatter: devices: unknown device 'h100'; expected one of a100, 3090, tpuv2, tpuv3, zcu102, vck190"),
            (["accel-nasbench/figure5", "--set", #"targets=["zcu104"]"#],
             "repro: accel-nasbench/figure5: targets: unknown target 'zcu104'; expected one of zcu102.float, zcu102.quantized, zcu102.latency, vck190.float, vck190.quantized, a100, 3090, tpuv3"),
            (["accel-nasbench/surrogate-fit", "--set", #"targets=["top5"]"#],
             "repro: accel-nasbench/surrogate-fit: top5: no tuned XGBoost config for this target"),
            (["trails/figure9/recomputed", "--set", #"datasets=["criteo"]"#],
             "repro: trails/figure9/recomputed: dataset 'criteo': unknown; expected frappe or uci_diabetes"),
            (["trails/benchmark", "--set", "epochs=[3]"], "repro: trails/benchmark: epochs: give one count per dataset (2), got 1"),
            (["trails/figure9", "--set", #"releasedDatasets=["uci_diabetes"]"#],
             "repro: trails/figure9: dataset 'uci_diabetes': expected one of frappe, criteo, cifar10, cifar100, ImageNet16-120"),
            (["trails/figure8", "--set", #"scaleModels=["9k"]"#],
             "repro: trails/figure8: scaleModels: '9k' has no released trace; expected one of 500, 1k, 2k, 4k"),
            (["trails/figure9", "--set", "bandLower=0.9", "--set", "bandUpper=0.1"],
             "repro: trails/figure9: band: quantile levels [0.9, 0.1] must satisfy 0 ≤ lower ≤ upper ≤ 1"),
            (["trails/figure6", "--set", "bandUpper=5"], "repro: trails/figure6: band: quantile levels [0.25, 5.0] must satisfy 0 ≤ lower ≤ upper ≤ 1"),
            // A file path set by hand that no paper's data has is a typo, not data to fetch.
            (["trails/figure6", "--set", "historyTwoPhaseFile=trails/nope.json"],
             "repro: missing input \(DataRoot.resolve(projectRoot: CommandLineTests.projectRoot).path)/trails/nope.json: no experiments/*/data.json lists this file; check the file names in this run's config"),
        ]
        let root = ["--root", CommandLineTests.projectRoot.path, "--output", folder.path]
        for (arguments, expected) in cases {
            let result = try Self.launch(["run"] + arguments + ["--scale", "smoke"] + root, in: folder).wait()
            #expect(result.status == 1, "\(arguments)")
            #expect(result.errors == expected + "\n", "\(arguments)")
        }
        // Nothing ran: no upstream result, no figure, no table.
        for output in ["figures", "tables"] {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path))
        }
    }

    /// `--set` overrides the config of the one experiment named: an id with variants runs
    /// alone, and a paper id is refused with its experiments listed.
    @Test func setAppliesToTheExperimentNamedNotItsVariants() throws {
        let folder = Self.temporaryFolder("set-scope")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = ["--root", CommandLineTests.projectRoot.path, "--output", folder.path]
        let run = try Self.launch(["run", "trails/figure7", "--scale", "smoke", "--set", #"datasets=["frappe"]"#] + root,
                                  in: folder).wait()
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("computed  trails/figure7 [smoke]"))
        #expect(!run.output.contains("trails/figure7/recomputed"))
        let paper = try Self.launch(["run", "xflowrl", "--scale", "smoke", "--set", "zoomSteps=5"] + root, in: folder).wait()
        #expect(paper.status != 0)
        #expect(paper.errors.hasPrefix(
            "Error: --set applies to one experiment; xflowrl has 3: xflowrl/released-bars, xflowrl/rewrite-search, xflowrl/taso-trace\n"))
    }

    @Test func anEmptyPathOrARootThatIsNoProjectIsOneLine() throws {
        let folder = Self.temporaryFolder("paths")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = ["--root", CommandLineTests.projectRoot.path]
        let cases: [([String], String)] = [
            (["list", "--root", folder.path], "repro: --root \(folder.path): not a repro project (it has no experiments/ folder)\n"),
            (["list", "--output", ""] + root, "repro: --output '': give a folder\n"),
            (["run", "engines/gallery", "--data", ""] + root, "repro: --data '': give a folder\n"),
        ]
        for (arguments, expected) in cases {
            let result = try Self.launch(arguments, in: folder).wait()
            #expect(result.status == 1, "\(arguments)")
            #expect(result.errors == expected)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".repro").path), "wrote into a non-project")
    }

    @Test func anOutputFolderThatCannotBeCreatedIsOneLine() throws {
        let folder = Self.temporaryFolder("output")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let blocker = folder.appendingPathComponent("a-file")
        try "not a folder".write(to: blocker, atomically: true, encoding: .utf8)
        let output = blocker.appendingPathComponent("out")
        for command in [["list"], ["run", "engines/gallery", "--scale", "smoke"]] {
            let result = try Self.launch(command + ["--root", CommandLineTests.projectRoot.path, "--output", output.path],
                                         in: folder).wait()
            #expect(result.status == 1, "\(command)")
            let lines = result.errors.split(separator: "\n")
            #expect(lines.count == 1, "\(result.errors)")
            #expect(lines.first?.hasPrefix("repro: \(output.path)/.repro/results.sqlite: cannot open the results database: ") == true,
                    "\(result.errors)")
        }
    }

    // MARK: - repro data

    /// A project root holding only `experiments/p/data.json` with `entries`.
    static func dataProject(_ entries: [[String: Any]], in folder: URL) throws -> URL {
        let root = folder.appendingPathComponent("project")
        let paper = root.appendingPathComponent("experiments/p")
        try FileManager.default.createDirectory(at: paper, withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: ["paper": "p", "files": entries])
            .write(to: paper.appendingPathComponent("data.json"))
        return root
    }

    @Test func dataStopsAtTheFirstUnreachableHostAndSaysHowToSupplyTheData() throws {
        let folder = Self.temporaryFolder("data-offline")
        defer { try? FileManager.default.removeItem(at: folder) }
        let entries: [[String: Any]] = ["a", "b", "c"].map { name in
            ["path": "d/\(name).txt", "sha256": Digest.sha256(name), "bytes": 1, "url": "https://repro-offline.invalid/\(name).txt"]
        }
        let root = try Self.dataProject(entries, in: folder)
        let started = Date()
        let result = try Self.launch(["data", "--root", root.path, "--download"], in: folder).wait()
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n")
        #expect(lines.count == 1, "\(result.errors)")
        #expect(lines.first?.hasPrefix("repro: cannot reach repro-offline.invalid (d/a.txt: curl: (6)") == true, "\(result.errors)")
        #expect(lines.first?.contains("REPRO_DATA") == true)
        #expect(result.output.contains("[p 1/3] downloading d/a.txt"))
        #expect(!result.output.contains("d/b.txt"), "went on after an unreachable host: \(result.output)")
    }

    @Test func dataRejectsABadManifestBeforeFetchingAnything() throws {
        let folder = Self.temporaryFolder("data-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let entries: [[String: Any]] = [
            ["path": "d/ok.txt", "sha256": Digest.sha256("x"), "bytes": 1, "url": "https://repro-offline.invalid/ok.txt"],
            ["path": "../../escape.txt", "sha256": Digest.sha256("x"), "bytes": 1, "url": "https://repro-offline.invalid/x"],
        ]
        let root = try Self.dataProject(entries, in: folder)
        let result = try Self.launch(["data", "--root", root.path, "--download"], in: folder).wait()
        #expect(result.status == 1)
        #expect(result.errors.contains("data.json:files[1]: ../../escape.txt has an empty, `.` or `..` component"), "\(result.errors)")
        #expect(!result.output.contains("downloading"), "fetched before validating: \(result.output)")
    }

    @Test func anInterruptedDataEndsItsCurlChild() throws {
        let folder = Self.temporaryFolder("data-interrupt")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fifo = folder.appendingPathComponent("blocking-upstream")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let entries: [[String: Any]] = [["path": "d/slow.txt", "sha256": Digest.sha256("x"), "bytes": 1, "url": fifo.absoluteString]]
        let root = try Self.dataProject(entries, in: folder)
        let launched = try Self.launch(["data", "--root", root.path, "--download"], in: folder)
        let parent = launched.identifier
        var curl: Int32?
        let deadline = Date().addingTimeInterval(30)
        while curl == nil && Date() < deadline {
            curl = Self.children(of: parent).first { Self.command(of: $0) == "curl" }
            if curl == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        let child = try #require(curl, "curl never started")
        kill(parent, SIGTERM)
        let result = launched.wait()
        #expect(result.status == 128 + SIGTERM, "\(result.errors)")
        let gone = Date().addingTimeInterval(10)
        while Self.isAlive(child) && Date() < gone { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!Self.isAlive(child), "curl \(child) still runs after repro data was interrupted")
        let written = FileManager.default.enumerator(atPath: root.appendingPathComponent("data").path)?.allObjects as? [String] ?? []
        #expect(written.filter { $0.hasSuffix(".tmp") }.isEmpty, "\(written)")
    }

    static func children(of parent: Int32) -> [Int32] {
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { Int32($0) }
        return ids.filter { id in
            guard let stat = try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
    }

    static func command(of id: Int32) -> String {
        ((try? String(contentsOfFile: "/proc/\(id)/comm", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Running and not a zombie.
    static func isAlive(_ id: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }
}
