/// Artifacts of an experiment and its variants grouped for display: artifacts whose stems
/// differ only by a `-released` / `-recomputed` suffix, or that carry the same stem in
/// different runs, side by side; others alone.
struct ArtifactGroups {
    /// One artifact, the run it belongs to, and its label when shown beside others.
    struct Item {
        var artifact: SiteArtifact
        /// The label of the artifact in its group (`released`, `recomputed`, or the run's label).
        var variant: String?
        /// The run that wrote it.
        var member: SiteExperiment? = nil
    }

    /// The groups in the order of their first artifact.
    var groups: [[Item]] = []

    /// Groups `artifacts` of one run, keeping their order; released comes before recomputed.
    init(_ artifacts: [SiteArtifact]) {
        self.init(runs: [(nil, artifacts)], labelRuns: false)
    }

    /// Groups the artifacts of several runs; when `labelRuns`, an artifact without a
    /// suffix is labelled with its run's ``SiteExperiment/displayVariant``.
    init(runs: [(member: SiteExperiment?, artifacts: [SiteArtifact])], labelRuns: Bool) {
        let suffixes = ["-released", "-recomputed"]
        func split(_ stem: String) -> (base: String, variant: String?) {
            for suffix in suffixes where stem.hasSuffix(suffix) {
                return (String(stem.dropLast(suffix.count)), String(suffix.dropFirst()))
            }
            return (stem, nil)
        }
        var position: [String: Int] = [:]
        for (member, artifacts) in runs {
            for artifact in artifacts {
                let (base, suffix) = split(artifact.stem)
                let label = suffix ?? (labelRuns ? member?.displayVariant : nil)
                let item = Item(artifact: artifact, variant: label, member: member)
                let key = suffix == nil && !labelRuns ? "\(artifact.stem)\u{0}single" : base
                if let index = position[key] {
                    groups[index].append(item)
                } else {
                    position[key] = groups.count
                    groups.append([item])
                }
            }
        }
        func rank(_ item: Item) -> Int {
            switch item.variant?.lowercased() {
            case "released": 0
            case "recomputed": 2
            default: 1
            }
        }
        groups = groups.map { group in
            group.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        }
    }
}
