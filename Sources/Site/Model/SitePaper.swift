/// A paper whose figures and tables the site presents.
public struct SitePaper: Sendable, Codable, Equatable {
    /// Stable id, e.g. `trails`; the first component of its experiments' ids.
    public var id: String
    /// The paper's title.
    public var title: String
    /// What the paper is about, in one paragraph of plain text.
    public var summary: String
    /// How to cite the paper (authors, venue, year), shown on its page.
    public var citation: String?
    /// The paper's public address (`https://...`); the only kind of external link the site makes.
    public var url: String?
    /// The experiments, in paper order.
    public var experiments: [SiteExperiment]

    /// Creates a paper.
    public init(
        id: String, title: String, summary: String, citation: String? = nil, url: String? = nil,
        experiments: [SiteExperiment]
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.citation = citation
        self.url = url
        self.experiments = experiments
    }
}
