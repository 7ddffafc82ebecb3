import Foundation

/// Everything the static site shows: the papers, their experiments and how the site was built.
///
/// The site builder reads nothing else: the caller (the `repro site` command) fills this
/// value from the results store. Two equal values build byte-identical sites, except for
/// ``buildTime``, which is printed in one place on the index page.
public struct SiteContent: Sendable, Codable, Equatable {
    /// The site's name, shown in every page header.
    public var title: String
    /// When the site was built; the only non-deterministic text of the site.
    public var buildTime: Date
    /// The version of the code that built the site.
    public var codeVersion: SiteCodeVersion?
    /// The papers, in the order the index lists them.
    public var papers: [SitePaper]
    /// One-line descriptions of engine modules by name, shown on the engines page.
    public var engineDescriptions: [String: String]

    /// Creates the content of a site.
    public init(
        title: String = "repro",
        buildTime: Date,
        codeVersion: SiteCodeVersion? = nil,
        papers: [SitePaper],
        engineDescriptions: [String: String] = [:]
    ) {
        self.title = title
        self.buildTime = buildTime
        self.codeVersion = codeVersion
        self.papers = papers
        self.engineDescriptions = engineDescriptions
    }
}
