extension SiteExperiment {
    /// The part of ``id`` after the paper, e.g. `figure9`.
    public var name: String {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count > 1 ? parts.dropFirst().joined(separator: "/") : id
    }

    /// The paper id, the part of ``id`` before the first `/`.
    public var paperID: String {
        String(id.split(separator: "/", omittingEmptySubsequences: false).first ?? "")
    }

    /// The Makefile target that re-runs the experiment, e.g. `make trails-figure9`.
    public var makeCommand: String {
        "make \(paperID)-\(name.replacingOccurrences(of: "/", with: "-"))"
    }

    /// The CLI line that re-runs the experiment at paper scale.
    public var runCommand: String {
        "repro run \(id) --scale paper"
    }

    /// The one-badge summary of the experiment shown on cards.
    public var overallVerdict: SiteOverallVerdict {
        switch status {
        case .notRun: return .notRun
        case .failed: return .failed
        case .ok: break
        }
        let verdicts = claims.map(\.verdict)
        if verdicts.contains(.miss) { return .someMiss }
        if verdicts.contains(.pass) { return .allPass }
        if verdicts.contains(.notJudged) { return .notJudged }
        if verdicts.contains(.notReproducible) { return .notReproducible }
        return .noClaims
    }
}
