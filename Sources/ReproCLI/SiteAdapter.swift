import Foundation
import Harness
import Registry
import Site

/// Builds the site's content from the registry, the experiments' declarations and
/// the results store.
enum SiteAdapter {
    static func content(layout: ProjectLayout, store: any RunStore, buildTime: Date) throws -> SiteContent {
        var papers: [SitePaper] = []
        var pinned: [String: DataManifest.File] = [:]
        for manifest in try DataManifest.all(in: layout) {
            for file in manifest.files { pinned[file.path] = file }
        }
        for paper in Papers.all {
            var experiments: [SiteExperiment] = []
            for type in Registry.experiments where type.info.paper == paper.id {
                experiments.append(try experiment(type, layout: layout, store: store, manifest: pinned))
            }
            experiments.sort { lhs, rhs in
                let left = orderOf(lhs.id), right = orderOf(rhs.id)
                return left == right ? lhs.id < rhs.id : left < right
            }
            guard !experiments.isEmpty else { continue }
            papers.append(SitePaper(id: paper.id, title: paper.title, summary: paper.summary, experiments: experiments))
        }
        let code = CodeVersion.current(root: layout.root)
        let engines = try EngineCatalog.load(sources: layout.root.appendingPathComponent("Sources"))
        return SiteContent(
            title: "repro: reproduced figures and tables", buildTime: buildTime,
            codeVersion: SiteCodeVersion(commit: code.commit, dirty: code.dirty), papers: papers,
            engineDescriptions: Dictionary(uniqueKeysWithValues: engines.map { ($0.name, "\($0.summary) \($0.overview)") }))
    }

    private static func orderOf(_ id: String) -> Int {
        for type in Registry.experiments where type.info.id == id { return type.info.order }
        return 0
    }

    private static func experiment(
        _ type: any Experiment.Type, layout: ProjectLayout, store: any RunStore, manifest: [String: DataManifest.File]
    ) throws -> SiteExperiment {
        let info = type.info
        let declaration = try ExperimentDeclaration.load(id: info.id, layout: layout)
        let current = try store.currentRun(experiment: info.id)
        let latest = try store.latestRun(experiment: info.id)
        // A failed run after the published one is shown as the status; the published outputs stay.
        let run = current ?? latest
        var site = SiteExperiment(
            id: info.id, title: info.title, reproduces: info.reproduces, note: info.note,
            engines: declaration.engines)
        site.claims = declaration.claims.claims.map { claim in
            let verdict = claim.judge(numbers: current?.numbers, scale: current?.scale)
            return SiteClaim(
                key: claim.key, description: claim.claim, paperValue: claim.paper ?? .nan,
                reproducedValue: verdict.reproduced, unit: claim.unit, decimals: claim.resolvingDecimals, tolerance: claim.toleranceText,
                delta: verdict.delta, verdict: siteVerdict(verdict.verdict), location: claim.where,
                explanation: verdict.verdict == .pass || verdict.explanation.isEmpty ? nil : verdict.explanation,
                evidence: siteEvidence(claim.evidence), sourceKind: siteSource(claim.source),
                basis: claim.basis.map(basisText))
        }
        guard let run else { return site }
        if let latest, latest.status == .failed, latest.id != current?.id {
            site.error = latest.error
        }
        site.status = (latest?.status == .failed && current == nil) ? .failed : .ok
        site.scale = run.scale.rawValue
        site.lastRun = run.startedAt
        site.duration = run.duration
        site.peakMemoryBytes = Int(run.peakMemoryBytes)
        site.codeVersion = SiteCodeVersion(commit: run.code.commit, dirty: run.code.dirty)
        site.cacheKey = run.cacheKey
        site.threads = run.threads
        site.config = prettyJSON(run.configJSON)
        site.defaultConfig = prettyJSON(run.defaultConfigJSON)
        site.inputs = run.inputs.map {
            let pinned = manifest[$0.path]
            return SiteInput(path: $0.path, sha256: $0.sha256, bytes: Int($0.bytes), source: $0.source,
                             upstream: pinned?.url, matchesManifest: pinned.map { [sha256 = $0.sha256] in $0.sha256 == sha256 })
        }
        site.figures = groups(of: run.artifacts, kind: .figure, layout: layout)
        site.tables = groups(of: run.artifacts, kind: .table, layout: layout)
        let logURL = outputURL(run.logPath, layout: layout)
        if let text = try? String(contentsOf: logURL, encoding: .utf8) {
            site.logText = text
            site.logFile = logURL
        }
        site.taskLogs = SlurmFolder.taskLogs(info.id, scale: run.scale, layout: layout)
        site.notes = run.notes
        return site
    }

    private static func groups(of artifacts: [ArtifactRecord], kind: ArtifactRecord.Kind, layout: ProjectLayout) -> [SiteArtifact] {
        let files = artifacts.filter { $0.kind == kind }.map { outputURL($0.path, layout: layout) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let stems = Dictionary(grouping: files) { $0.deletingPathExtension().lastPathComponent }
        return stems.keys.sorted().map { SiteArtifact(stem: $0, files: stems[$0] ?? []) }
    }

    private static func outputURL(_ relative: String, layout: ProjectLayout) -> URL {
        relative.hasPrefix("/") ? URL(fileURLWithPath: relative)
            : layout.state.deletingLastPathComponent().appendingPathComponent(relative)
    }

    private static func prettyJSON(_ canonical: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(canonical.utf8)),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        else { return canonical }
        return String(decoding: data, as: UTF8.self)
    }

    /// The folders of this machine that pages must not name: the project root (paths
    /// become relative to it) and the data root (shown as `data/…`).
    static func redactor(layout: ProjectLayout) -> PathRedactor {
        PathRedactor([(layout.root.standardizedFileURL.path, ""), (layout.dataRoot.standardizedFileURL.path, "data")])
    }

    private static func siteEvidence(_ evidence: Evidence) -> SiteEvidence {
        switch evidence {
        case .recomputed: return .recomputed
        case .replot: return .replot
        case .bar: return .bar
        }
    }

    private static func siteSource(_ source: SourceKind) -> SiteSourceKind {
        switch source {
        case .paper: return .paper
        case .figure: return .figure
        case .derived: return .derived
        case .ours: return .ours
        }
    }

    private static func basisText(_ basis: ToleranceBasis) -> String {
        switch basis {
        case .printedPrecision: return "printed precision"
        case .seedVariation: return "seed variation"
        case .timingNoise: return "timing noise"
        case .dataDifference: return "data difference"
        case .exact: return "exact"
        }
    }

    private static func siteVerdict(_ verdict: ClaimVerdict.Verdict) -> SiteVerdict {
        switch verdict {
        case .pass: return .pass
        case .miss: return .miss
        case .notJudged: return .notJudged
        case .notReproducible: return .notReproducible
        case .notRun: return .notRun
        }
    }
}
