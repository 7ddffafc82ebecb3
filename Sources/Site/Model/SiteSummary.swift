/// The counts on the index page's summary line.
public struct SiteSummary: Sendable, Equatable {
    /// Number of experiments.
    public var experiments = 0
    /// Number of claims over all experiments.
    public var claims = 0
    /// Claims that pass.
    public var pass = 0
    /// Claims that miss.
    public var miss = 0
    /// Claims not judged because their run was at smoke scale.
    public var notJudged = 0
    /// Claims marked not reproducible here.
    public var notReproducible = 0
    /// Claims whose experiment has not run.
    public var notRun = 0

    /// Counts the experiments and claims of `experiments`.
    public init(experiments list: [SiteExperiment]) {
        experiments = list.count
        for claim in list.flatMap(\.claims) {
            claims += 1
            switch claim.verdict {
            case .pass: pass += 1
            case .miss: miss += 1
            case .notJudged: notJudged += 1
            case .notReproducible: notReproducible += 1
            case .notRun: notRun += 1
            }
        }
    }

    /// Counts every experiment of `content`.
    public init(content: SiteContent) {
        self.init(experiments: content.papers.flatMap(\.experiments))
    }
}
