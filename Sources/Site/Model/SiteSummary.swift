/// The counts on the index page's summary line.
public struct SiteSummary: Sendable, Equatable {
    /// Verdict counts of the claims of one evidence kind.
    public struct Counts: Sendable, Equatable {
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

        /// Claims judged against the paper: pass plus miss.
        public var judged: Int { pass + miss }
        /// Every claim counted.
        public var total: Int { judged + notJudged + notReproducible + notRun }

        /// `12 pass, 3 miss of 15 judged`, then the unjudged counts in brackets when any.
        public var text: String {
            "\(pass) pass, \(miss) miss of \(judged) judged" + (unjudged.map { " (\($0))" } ?? "")
        }

        /// The claims not judged, e.g. `2 not judged (smoke), 1 not run`; nil when none.
        public var unjudged: String? {
            var others: [String] = []
            if notJudged > 0 { others.append("\(notJudged) not judged (smoke)") }
            if notReproducible > 0 { others.append("\(notReproducible) not reproducible here") }
            if notRun > 0 { others.append("\(notRun) not run") }
            return others.isEmpty ? nil : others.joined(separator: ", ")
        }

        mutating func add(_ verdict: SiteVerdict) {
            switch verdict {
            case .pass: pass += 1
            case .miss: miss += 1
            case .notJudged: notJudged += 1
            case .notReproducible: notReproducible += 1
            case .notRun: notRun += 1
            }
        }
    }

    /// Number of experiments (a variant counts with its experiment).
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
    /// Verdict counts per evidence kind; every kind is present.
    public var byEvidence: [SiteEvidence: Counts] = Dictionary(uniqueKeysWithValues: SiteEvidence.allCases.map { ($0, Counts()) })

    /// Counts the experiments and claims of `experiments`; variants `<paper>/<name>/<variant>`
    /// count as part of their experiment.
    public init(experiments list: [SiteExperiment]) {
        experiments = Set(list.map(\.familyID)).count
        var all = Counts()
        for claim in list.flatMap(\.claims) {
            claims += 1
            all.add(claim.verdict)
            byEvidence[claim.evidence, default: Counts()].add(claim.verdict)
        }
        pass = all.pass
        miss = all.miss
        notJudged = all.notJudged
        notReproducible = all.notReproducible
        notRun = all.notRun
    }

    /// Counts every experiment of `content`.
    public init(content: SiteContent) {
        self.init(experiments: content.papers.flatMap(\.experiments))
    }

    /// The counts of `evidence`.
    public func counts(_ evidence: SiteEvidence) -> Counts {
        byEvidence[evidence] ?? Counts()
    }
}
