import Foundation

/// Rewrites absolute paths of the build machine in text shown on the site: a path under a
/// known folder becomes relative to it (the project root, the data root) or loses the
/// folder (`~/…`, `$TMPDIR/…`), so no page names a folder of the machine that built it.
public struct PathRedactor: Sendable, Equatable {
    /// Folders to rewrite and what replaces each, longest folder first.
    public private(set) var rules: [(folder: String, replacement: String)] = []

    /// Creates a redactor from folders and their replacements: `""` makes paths under the
    /// folder relative, anything else (e.g. `~` or `$TMPDIR`) stands in for the folder.
    public init(_ rules: [(folder: String, replacement: String)]) {
        for rule in rules { add(rule.folder, as: rule.replacement) }
    }

    /// Adds a folder; `/` and empty folders are ignored.
    public mutating func add(_ folder: String, as replacement: String) {
        var path = folder
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        guard path.hasPrefix("/"), path.count > 1, !rules.contains(where: { $0.folder == path }) else { return }
        rules.append((path, replacement))
        rules.sort { $0.folder.count > $1.folder.count }
    }

    /// `text` with every path under a folder rewritten.
    public func redact(_ text: String) -> String {
        var out = text
        for (folder, replacement) in rules where out.contains(folder) {
            out = Self.replace(folder, with: replacement, in: out)
        }
        return out
    }

    /// Replaces `folder` where it is a whole path prefix (followed by `/` or a character
    /// that cannot continue a file name).
    private static func replace(_ folder: String, with replacement: String, in text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: folder) {
            out += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            if after.first == "/" {
                // `folder/x` → `x` (relative) or `~/x`.
                out += replacement.isEmpty ? "" : replacement + "/"
                rest = after.dropFirst()
            } else if continuesName(after) {
                out += folder
                rest = after
            } else {
                out += replacement.isEmpty ? "." : replacement
                rest = after
            }
        }
        return out + rest
    }

    /// Whether `text` continues a file name: a name character, or a dot followed by one
    /// (a dot that ends a sentence does not).
    private static func continuesName(_ text: Substring) -> Bool {
        func isName(_ c: Character?) -> Bool {
            guard let c else { return false }
            return c.isLetter || c.isNumber || c == "_" || c == "-"
        }
        guard let first = text.first else { return false }
        if first == "." { return isName(text.dropFirst().first) || text.dropFirst().first == "." }
        return isName(first)
    }

    public static func == (lhs: PathRedactor, rhs: PathRedactor) -> Bool {
        lhs.rules.map(\.folder) == rhs.rules.map(\.folder) && lhs.rules.map(\.replacement) == rhs.rules.map(\.replacement)
    }
}

extension SiteContent {
    /// The content with `redactor` applied to every text that may hold a path.
    func redacted(_ redactor: PathRedactor) -> SiteContent {
        guard !redactor.rules.isEmpty else { return self }
        var copy = self
        let r = redactor.redact
        for p in copy.papers.indices {
            copy.papers[p].summary = r(copy.papers[p].summary)
            for e in copy.papers[p].experiments.indices {
                var x = copy.papers[p].experiments[e]
                x.note = x.note.map(r)
                x.error = x.error.map(r)
                x.config = x.config.map(r)
                x.defaultConfig = x.defaultConfig.map(r)
                x.logText = x.logText.map(r)
                x.notes = x.notes.map(r)
                for i in x.inputs.indices {
                    x.inputs[i].path = r(x.inputs[i].path)
                    x.inputs[i].source = x.inputs[i].source.map(r)
                }
                for c in x.claims.indices {
                    x.claims[c].description = r(x.claims[c].description)
                    x.claims[c].location = r(x.claims[c].location)
                    x.claims[c].explanation = x.claims[c].explanation.map(r)
                }
                for a in x.figures.indices { x.figures[a].caption = x.figures[a].caption.map(r) }
                for a in x.tables.indices { x.tables[a].caption = x.tables[a].caption.map(r) }
                copy.papers[p].experiments[e] = x
            }
        }
        return copy
    }
}
