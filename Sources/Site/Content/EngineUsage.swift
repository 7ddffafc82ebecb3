/// Which experiments use each engine, for the engines page and the search index.
struct EngineUsage: Sendable {
    /// One engine and its users.
    struct Engine: Sendable {
        /// The module name.
        var name: String
        /// The experiments that use it, in site order, with their paper.
        var experiments: [(paper: SitePaper, experiment: SiteExperiment)]
        /// The ids of the distinct papers served, in site order.
        var paperIDs: [String] {
            var seen = Set<String>()
            return experiments.map(\.paper.id).filter { seen.insert($0).inserted }
        }
    }

    /// Engines sorted by name.
    var engines: [Engine]

    /// Collects engine usage from `content`.
    init(content: SiteContent) {
        var byName: [String: [(paper: SitePaper, experiment: SiteExperiment)]] = [:]
        for paper in content.papers {
            // An experiment and its variants count once, under the experiment.
            for family in paper.families {
                for name in Set(family.members.flatMap(\.engines)) {
                    byName[name, default: []].append((paper, family.main))
                }
            }
        }
        engines = byName.keys.sorted().map { Engine(name: $0, experiments: byName[$0] ?? []) }
    }

    /// The fragment id of an engine's section on the engines page.
    static func anchor(_ name: String) -> String {
        "engine-" + SitePaths.slug(name)
    }
}
