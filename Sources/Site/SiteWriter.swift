import Foundation

/// Writes every file of a site into one folder.
struct SiteWriter {
    /// What to write.
    var content: SiteContent
    /// The folder to write into (the staging folder).
    var root: URL
    /// The largest SVG, in bytes, that pages inline.
    var inlineSVGLimit: Int
    /// Rewrites paths of the build machine in copied logs.
    var redactor: PathRedactor

    /// Writes pages, assets, the search index and copied artifacts.
    func writeAll() throws {
        let plan = SitePlan(content: content)
        for copy in plan.copyList {
            let target = root.appendingPathComponent(copy.target)
            try makeFolder(for: target)
            do {
                if copy.source.pathExtension.lowercased() == "log", let data = FileManager.default.contents(atPath: copy.source.path) {
                    // Logs name files by absolute path; the copy names them relatively.
                    try Data(redactor.redact(String(decoding: data, as: UTF8.self)).utf8).write(to: target)
                } else {
                    try FileManager.default.copyItem(at: copy.source, to: target)
                }
            } catch {
                throw SiteError(path: copy.source.path, reason: "cannot copy into the site (\(error.localizedDescription))")
            }
        }
        let search = SearchIndex(content: content, plan: plan)
        try write(Stylesheet.css, to: SitePaths.stylesheet)
        try write(SearchScript.javascript, to: SitePaths.searchScript)
        try write(try search.json() + "\n", to: SitePaths.searchIndexJSON)
        try write(try search.script(), to: SitePaths.searchIndexScript)
        try write(IndexPage(content: content, plan: plan).render(), to: SitePaths.index)
        try write(EnginesPage(content: content, plan: plan).render(), to: SitePaths.engines)
        let readText: (URL) -> String? = { url in
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        for paper in content.papers {
            if let html = PaperPage(paper: paper, content: content, plan: plan).render(),
               let path = plan.paperPages[paper.id] {
                try write(html, to: path)
            }
            for family in paper.families {
                let page = ExperimentPage(
                    family: family, paper: paper, content: content, plan: plan,
                    inlineSVGLimit: inlineSVGLimit, readText: readText)
                if let html = page.render(), let path = plan.experimentPages[family.main.id] {
                    try write(html, to: path)
                }
            }
        }
    }

    private func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try makeFolder(for: url)
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw SiteError(path: url.path, reason: "cannot write (\(error.localizedDescription))")
        }
    }

    private func makeFolder(for file: URL) throws {
        let folder = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SiteError(path: folder.path, reason: "cannot create folder (\(error.localizedDescription))")
        }
    }
}
