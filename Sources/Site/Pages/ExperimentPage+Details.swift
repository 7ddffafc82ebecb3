import Plot

extension ExperimentPage {
    /// How many trailing log lines the page shows; the full file is linked.
    static let logLinesShown = 400

    /// The config used, the keys that differ from the defaults, and the defaults.
    func configSection(_ experiment: SiteExperiment) -> Node<HTML.BodyContext> {
        guard let config = experiment.config else {
            return section(sectionID("config", experiment), sectionTitle("Configuration", experiment), [.p(.class("muted"), "No run recorded, so no config.")])
        }
        let diff = ConfigDiff(config: config, defaults: experiment.defaultConfig)
        var body: [Node<HTML.BodyContext>] = []
        if !diff.isValidJSON {
            body.append(.p(.class("missing"), "The recorded config is not valid JSON; it is shown as recorded."))
        }
        if diff.prettyDefault == nil {
            body.append(.p(.class("muted"), "No default config was recorded to compare with."))
        } else if diff.differing.isEmpty {
            body.append(.p("The run used the defaults for its scale."))
        } else {
            let n = diff.differing.count
            body.append(.p(.safe("\(n) key\(n == 1 ? "" : "s") differ\(n == 1 ? "s" : "") from the defaults for this scale:")))
            body.append(.div(.class("table-wrap"), .table(
                .thead(.tr(.th("Key"), .th("Used"), .th("Default"))),
                .tbody(.group(diff.differing.map { row in
                    .tr(
                        .class("differs"),
                        .td(.code(.safe(row.key))),
                        .td(.code(.safe(row.value ?? "(absent)"))),
                        .td(.code(.safe(row.defaultValue ?? "(absent)")))
                    )
                }))
            )))
        }
        body.append(.h3("Config used"))
        body.append(.pre(.code(.safe(diff.pretty))))
        if let defaults = diff.prettyDefault {
            body.append(.details(.summary("Default config for this scale"), .pre(.code(.safe(defaults)))))
        }
        return section(sectionID("config", experiment), sectionTitle("Configuration", experiment), body)
    }

    /// The data files read, with size, SHA-256 and source.
    func inputsSection(_ experiment: SiteExperiment) -> Node<HTML.BodyContext> {
        let inputs = experiment.inputs
        guard !inputs.isEmpty else {
            return section(sectionID("inputs", experiment), sectionTitle("Inputs", experiment), [.p(.class("muted"), "No data files recorded.")])
        }
        return section(sectionID("inputs", experiment), sectionTitle("Inputs", experiment), [
            .div(.class("table-wrap"), .table(
                .class("stack"),
                .thead(.tr(.th("File"), .th("Size"), .th("SHA-256"), .th("Source"))),
                .tbody(.group(inputs.map { input in
                    .tr(
                        .td(.code(.safe(input.path))),
                        .td(.class("num"), .attr("data-label", "Size"), .safe(input.bytes.map(SiteFormat.bytes) ?? "—")),
                        .td(.class("hash"), .attr("data-label", "SHA-256"), .safe(input.sha256), manifestMark(input)),
                        .td(.attr("data-label", "Source"), .safe(input.source ?? "—"), upstreamLink(input))
                    )
                }))
            )),
        ])
    }

    /// A mark saying whether the digest is the one the paper's data manifest pins.
    private func manifestMark(_ input: SiteInput) -> Node<HTML.BodyContext> {
        switch input.matchesManifest {
        case .some(true): return .span(.class("muted"), .attr("title", "equals the SHA-256 in the paper's data.json"), " ✓ pinned")
        case .some(false): return .span(.class("miss"), .attr("title", "differs from the SHA-256 in the paper's data.json"), " ✗ not the pinned file")
        case .none: return .empty
        }
    }

    /// The pinned upstream URL of a verbatim upstream file, as text (the site links only
    /// inside itself, so it works offline).
    private func upstreamLink(_ input: SiteInput) -> Node<HTML.BodyContext> {
        guard let upstream = input.upstream else { return .empty }
        return .div(.class("muted"), .text("upstream: "), .code(.text(upstream)))
    }

    /// Status, scale, times, memory, code version, cache key, threads and engines.
    func provenanceSection(_ experiment: SiteExperiment, layout: PageLayout) -> Node<HTML.BodyContext> {
        let e = experiment
        var pairs: [(String, Node<HTML.BodyContext>)] = [("Status", .safe(e.status.label))]
        if let scale = e.scale { pairs.append(("Scale", .safe(scale))) }
        if let date = e.lastRun {
            pairs.append(("Started", .time(.datetime(SiteFormat.isoDate(date)), .safe(SiteFormat.date(date)))))
        }
        if let d = e.duration { pairs.append(("Duration", .safe(SiteFormat.duration(d)))) }
        if let m = e.peakMemoryBytes { pairs.append(("Peak memory", .safe(SiteFormat.bytes(m)))) }
        if let v = e.codeVersion {
            pairs.append(("Code version", .group([.code(.safe(v.commit)), .safe(v.dirty ? " (uncommitted changes)" : "")])))
        }
        if let key = e.cacheKey { pairs.append(("Cache key", .span(.class("hash"), .safe(key)))) }
        if let threads = e.threads { pairs.append(("Numeric threads", .safe(String(threads)))) }
        let engines: [Node<HTML.ListContext>] = e.engines.map { name in
            .li(.a(.href(layout.link(SitePaths.engines + "#" + EngineUsage.anchor(name))), .safe(name)))
        }
        pairs.append(("Engines", engines.isEmpty ? .safe("—") : .ul(.class("engine-list"), .group(engines))))
        return section(sectionID("provenance", experiment), sectionTitle("Provenance", experiment), [
            .dl(.class("provenance"), .group(pairs.map { .group([.dt(.safe($0.0)), .dd($0.1)]) })),
        ])
    }

    /// The log, collapsed, and a link to the full copied file.
    func logSection(_ experiment: SiteExperiment, layout: PageLayout) -> Node<HTML.BodyContext> {
        let e = experiment
        let file = e.logFile.flatMap(plan.sitePath(of:))
        let tasks = e.taskLogs.compactMap { url in plan.sitePath(of: url).map { (url.lastPathComponent, $0) } }
        guard e.logText != nil || file != nil || !tasks.isEmpty else {
            return section(sectionID("log", experiment), sectionTitle("Log", experiment), [.p(.class("muted"), "No log recorded.")])
        }
        var body: [Node<HTML.BodyContext>] = []
        if let text = e.logText {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let shown = lines.suffix(Self.logLinesShown)
            let label = shown.count < lines.count
                ? "Show the last \(shown.count) of \(lines.count) log lines"
                : "Show the log (\(lines.count) line\(lines.count == 1 ? "" : "s"))"
            body.append(.details(
                .summary(.safe(label)),
                .pre(.class("log"), .code(.safe(shown.joined(separator: "\n"))))))
        }
        if let file {
            body.append(.p(.a(.href(layout.link(file)), "Full log file")))
        } else if e.logFile != nil {
            body.append(.p(.class("missing"), "The full log file is missing on disk."))
        }
        if !tasks.isEmpty {
            body.append(.details(
                .summary(.safe("Slurm task logs (\(tasks.count)): the shards of this run built by `repro slurm`")),
                .ul(.group(tasks.map { name, path in .li(.a(.href(layout.link(path)), .safe(name))) }))))
        }
        return section(sectionID("log", experiment), sectionTitle("Log", experiment), body)
    }

    /// The commands that re-run the experiment and each of its variants.
    var rerunSection: Node<HTML.BodyContext> {
        let lines = family.members.map { "\($0.makeCommand)\n\($0.runCommand)" }
        return section("rerun", "Re-run it", [
            .p("From the project root, at the default scale or at paper scale:"),
            .pre(.code(.safe(lines.joined(separator: "\n\n")))),
        ])
    }
}
