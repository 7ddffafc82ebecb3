import Foundation

/// The client-side search index: one entry per paper, experiment and engine.
struct SearchIndex: Sendable {
    /// One searchable page.
    struct Entry: Sendable, Codable, Equatable {
        /// What the result shows in bold.
        var title: String
        /// The line under the title.
        var subtitle: String
        /// The page, relative to the site root.
        var url: String
        /// Extra words the entry matches (ids, claim keys, engines, notes).
        var text: String
    }

    /// The entries in site order.
    var entries: [Entry] = []

    /// Builds the index of `content` laid out by `plan`.
    init(content: SiteContent, plan: SitePlan) {
        for paper in content.papers {
            if let page = plan.paperPages[paper.id] {
                entries.append(Entry(title: paper.title, subtitle: "Paper · \(paper.id)", url: page, text: paper.summary))
            }
            for family in paper.families {
                let experiment = family.main
                guard let page = plan.experimentPages[experiment.id] else { continue }
                var words: [String] = []
                for member in family.members {
                    words += [member.id, member.reproduces, member.note ?? ""] + member.engines
                        + member.claims.flatMap { [$0.key, $0.description, $0.location, $0.evidence.rawValue] }
                        + member.notes
                }
                entries.append(Entry(
                    title: "\(experiment.reproduces): \(experiment.title)",
                    subtitle: "\(paper.title) · \(family.overallVerdict.label)",
                    url: page,
                    text: words.joined(separator: " ")))
            }
        }
        for engine in EngineUsage(content: content).engines {
            entries.append(Entry(
                title: "\(engine.name) engine",
                subtitle: "Used by \(engine.experiments.count) experiment(s)",
                url: "\(SitePaths.engines)#\(EngineUsage.anchor(engine.name))",
                text: content.engineDescriptions[engine.name] ?? ""))
        }
    }

    /// The index as pretty JSON with sorted keys.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }

    /// The index as a script that assigns it to `window.REPRO_SEARCH_INDEX`.
    func script() throws -> String {
        "window.REPRO_SEARCH_INDEX = " + (try json()) + ";\n"
    }
}
