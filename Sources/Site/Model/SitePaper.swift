/// A paper whose figures and tables the site presents.
public struct SitePaper: Sendable, Codable, Equatable {
    /// Stable id, e.g. `trails`; the first component of its experiments' ids.
    public var id: String
    /// The paper's title.
    public var title: String
    /// What the paper is about, in one paragraph of plain text.
    public var summary: String
    /// The experiments, in paper order.
    public var experiments: [SiteExperiment]

    /// Creates a paper.
    public init(id: String, title: String, summary: String, experiments: [SiteExperiment]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.experiments = experiments
    }
}
