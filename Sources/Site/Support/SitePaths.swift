/// File names and relative links inside the site.
///
/// Pages live at fixed depths: `index.html` and `engines.html` at the root,
/// `papers/<paper>.html` one level down, `experiments/<paper>/<name>.html` two levels
/// down. Copied artifacts live under `files/<paper>/<name>/`. Every path component is a
/// slug of safe characters, so links need no percent-encoding and ids cannot escape
/// the site folder.
enum SitePaths {
    /// The stylesheet, relative to the site root.
    static let stylesheet = "style.css"
    /// The search script.
    static let searchScript = "search.js"
    /// The search index as a script (works from `file://`, where `fetch` does not).
    static let searchIndexScript = "search-index.js"
    /// The search index as plain JSON, for tools.
    static let searchIndexJSON = "search-index.json"
    /// The index page.
    static let index = "index.html"
    /// The engines page.
    static let engines = "engines.html"

    /// `text` with every character outside `[A-Za-z0-9._-]` replaced by `-`, never
    /// empty and never starting with a dot.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                || (scalar >= "0" && scalar <= "9") || scalar == "." || scalar == "_"
                || scalar == "-"
            out.unicodeScalars.append(ok ? scalar : "-")
        }
        if out.isEmpty || out.hasPrefix(".") { out = "_" + out }
        return out
    }

    /// The prefix that leads from a page at `path` back to the site root, e.g. `../../`.
    static func rootPrefix(of path: String) -> String {
        let depth = path.split(separator: "/").count - 1
        return String(repeating: "../", count: max(depth, 0))
    }

    /// The link from the page at `page` to the site file at `target` (both root-relative).
    static func link(from page: String, to target: String) -> String {
        rootPrefix(of: page) + target
    }
}
