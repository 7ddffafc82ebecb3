/// Artifacts grouped for display: `x-released` and `x-recomputed` side by side, others alone.
struct ArtifactGroups {
    /// One artifact with its variant word (`released` / `recomputed`), if paired.
    struct Item {
        var artifact: SiteArtifact
        var variant: String?
    }

    /// The groups in the order of their first artifact.
    var groups: [[Item]] = []

    /// Groups `artifacts`, keeping their order; released comes before recomputed.
    init(_ artifacts: [SiteArtifact]) {
        let suffixes = ["-released", "-recomputed"]
        func split(_ stem: String) -> (base: String, variant: String)? {
            for suffix in suffixes where stem.hasSuffix(suffix) {
                return (String(stem.dropLast(suffix.count)), String(suffix.dropFirst()))
            }
            return nil
        }
        var position: [String: Int] = [:]
        for artifact in artifacts {
            guard let (base, variant) = split(artifact.stem) else {
                groups.append([Item(artifact: artifact, variant: nil)])
                continue
            }
            if let index = position[base] {
                groups[index].append(Item(artifact: artifact, variant: variant))
                groups[index].sort { ($0.variant == "released" ? 0 : 1) < ($1.variant == "released" ? 0 : 1) }
            } else {
                position[base] = groups.count
                groups.append([Item(artifact: artifact, variant: variant)])
            }
        }
    }
}
