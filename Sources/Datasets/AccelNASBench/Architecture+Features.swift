extension AccelNASBench.Architecture {
    /// The 28 feature names in config-space (alphabetical) order:
    /// `block0_e, block0_k, block0_l, block0_se, …, block6_se`.
    public static let featureNames: [String] = (0..<AccelNASBench.blockCount).flatMap { index in
        ["e", "k", "l", "se"].map { "block\(index)_\($0)" }
    }

    /// The paper's featurization: 28 ordinal codes, each the index of the value in the
    /// config space's choice list (e 1/4/6 → 0/1/2, k 3/5 → 0/1, l 1/2/3(/4) → 0…3,
    /// se true → 0, false → 1), as ConfigSpace's `Configuration.get_array()` gives.
    public var features: [Double] {
        var result: [Double] = []
        result.reserveCapacity(blocks.count * 4)
        for (index, block) in blocks.enumerated() {
            result.append(Self.code(block.expansion, of: "e", block: index))
            result.append(Self.code(block.kernel, of: "k", block: index))
            result.append(Self.code(block.layers, of: "l", block: index))
            result.append(block.squeezeExcite ? 0 : 1)
        }
        return result
    }

    private static func code(_ value: Int, of choice: String, block index: Int) -> Double {
        // Values are validated at construction, so the lookup always succeeds.
        Double(choices(choice, block: index).firstIndex(of: value) ?? -1)
    }

    /// Decodes the inverse of `features`: 28 ordinal codes back to an architecture.
    public init(features: [Double]) throws(AccelNASBench.ArchitectureError) {
        guard features.count == AccelNASBench.blockCount * 4 else {
            throw AccelNASBench.ArchitectureError(
                key: "features", reason: "expected 28 codes, got \(features.count)")
        }
        var blocks: [AccelNASBench.Block] = []
        for index in 0..<AccelNASBench.blockCount {
            func value(_ offset: Int, _ choice: String) throws(AccelNASBench.ArchitectureError) -> Int {
                let options = Self.choices(choice, block: index)
                let code = features[index * 4 + offset]
                guard let position = Int(exactly: code), options.indices.contains(position) else {
                    throw AccelNASBench.ArchitectureError(
                        key: "block\(index)_\(choice)", reason: "invalid code \(code)")
                }
                return options[position]
            }
            let se = features[index * 4 + 3]
            guard se == 0 || se == 1 else {
                throw AccelNASBench.ArchitectureError(key: "block\(index)_se", reason: "invalid code \(se)")
            }
            blocks.append(AccelNASBench.Block(
                expansion: try value(0, "e"), kernel: try value(1, "k"),
                layers: try value(2, "l"), squeezeExcite: se == 0))
        }
        try self.init(blocks: blocks)
    }
}
