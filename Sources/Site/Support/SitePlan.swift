import Foundation

/// Where every page and copied file of a site goes, decided before anything is written.
///
/// The plan gives each paper and experiment a unique page path and each artifact file
/// a unique path under `files/`, and records which source files exist, so pages can
/// link only to what will be there.
struct SitePlan: Sendable {
    /// Page path of each paper, by paper id.
    private(set) var paperPages: [String: String] = [:]
    /// Page path of each experiment, by experiment id; a variant maps to its experiment's page.
    private(set) var experimentPages: [String: String] = [:]
    /// Site path of each copied source file, by source file path.
    private(set) var copies: [String: String] = [:]
    /// Copies in a fixed order: (source, site path).
    private(set) var copyList: [(source: URL, target: String)] = []

    /// Plans the site of `content`, checking which artifact files exist.
    init(content: SiteContent, fileManager: FileManager = .default) {
        var takenPages = Set<String>()
        var takenFiles = Set<String>()
        for paper in content.papers {
            let paperPath = Self.unique("papers/\(SitePaths.slug(paper.id))", ext: "html", in: &takenPages)
            paperPages[paper.id] = paperPath
            for family in paper.families {
                let main = family.main
                let folder = "\(SitePaths.slug(main.paperID))/\(SitePaths.slug(main.name.split(separator: "/").first.map(String.init) ?? main.name))"
                let page = Self.unique("experiments/\(folder)", ext: "html", in: &takenPages)
                let filesDir = "files/" + String(page.dropFirst("experiments/".count).dropLast(5))
                for experiment in family.members {
                    // A variant shares its experiment's page; its files get a subfolder.
                    experimentPages[experiment.id] = page
                    let dir = experiment.variant.map { "\(filesDir)/\(SitePaths.slug($0))" } ?? filesDir
                    let sources = (experiment.figures + experiment.tables).flatMap(\.files)
                        + (experiment.logFile.map { [$0] } ?? []) + experiment.taskLogs
                    for source in sources where copies[source.path] == nil {
                        guard fileManager.fileExists(atPath: source.path) else { continue }
                        let ext = SitePaths.slug(source.pathExtension.lowercased())
                        let base = SitePaths.slug(source.deletingPathExtension().lastPathComponent)
                        let target = Self.unique("\(dir)/\(base)", ext: ext, in: &takenFiles)
                        copies[source.path] = target
                        copyList.append((source, target))
                    }
                }
            }
        }
    }

    /// The site path of a copied file, or nil when the source is missing.
    func sitePath(of source: URL) -> String? {
        copies[source.path]
    }

    /// `stem.ext`, or `stem-2.ext`, `stem-3.ext`, ... when taken; records the result.
    private static func unique(_ stem: String, ext: String, in taken: inout Set<String>) -> String {
        let suffix = ext.isEmpty || ext == "_" ? "" : "." + ext
        var candidate = stem + suffix
        var n = 2
        while taken.contains(candidate.lowercased()) {
            candidate = "\(stem)-\(n)\(suffix)"
            n += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }
}
