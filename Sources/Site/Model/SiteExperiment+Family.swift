extension SiteExperiment {
    /// The id of the page the experiment is shown on: `<paper>/<name>`, also for a
    /// variant `<paper>/<name>/<variant>`.
    public var familyID: String {
        id.split(separator: "/", omittingEmptySubsequences: false).prefix(2).joined(separator: "/")
    }

    /// The variant named by the id `<paper>/<name>/<variant>`, nil for `<paper>/<name>`.
    public var variant: String? {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count > 2 ? parts.dropFirst(2).joined(separator: "/") : nil
    }

    /// How a page with several variants labels this one: ``variantLabel`` when set,
    /// else the variant's name capitalized, else `Released` (the experiment itself
    /// draws the authors' released results; its variants recompute them).
    public var displayVariant: String {
        if let variantLabel, !variantLabel.isEmpty { return variantLabel }
        guard let variant else { return "Released" }
        return variant.prefix(1).uppercased() + variant.dropFirst()
    }
}

/// An experiment and its variants, shown on one page.
struct SiteFamily: Sendable {
    /// The page's id, `<paper>/<name>`.
    var id: String
    /// The experiment first (when present), then its variants in the given order.
    var members: [SiteExperiment]

    /// The member whose title and figure number head the page.
    var main: SiteExperiment { members[0] }
    /// Whether the page shows more than one run.
    var hasVariants: Bool { members.count > 1 }

    /// `experiments` grouped by ``SiteExperiment/familyID`` in order of first appearance.
    static func group(_ experiments: [SiteExperiment]) -> [SiteFamily] {
        var order: [String] = []
        var members: [String: [SiteExperiment]] = [:]
        for experiment in experiments {
            let key = experiment.familyID
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(experiment)
        }
        return order.map { key in
            let list = members[key] ?? []
            let base = list.filter { $0.variant == nil }
            return SiteFamily(id: key, members: base + list.filter { $0.variant != nil })
        }
    }

    /// The badge of the whole page: a failure or a miss of any member shows.
    var overallVerdict: SiteOverallVerdict {
        let verdicts = Set(members.map(\.overallVerdict))
        let precedence: [SiteOverallVerdict] = [.failed, .someMiss, .allPass, .notJudged, .notReproducible, .noClaims, .notRun]
        return precedence.first { verdicts.contains($0) } ?? .notRun
    }

    /// Every member's claims.
    var claims: [SiteClaim] { members.flatMap(\.claims) }
}

extension SitePaper {
    /// The paper's experiments with their variants, one per page.
    var families: [SiteFamily] { SiteFamily.group(experiments) }
}
