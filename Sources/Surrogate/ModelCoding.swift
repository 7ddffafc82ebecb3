import Foundation

/// JSON save/load for fitted models; a load validates the model's structure.
public protocol ModelCoding: Codable {
    /// Returns a description of a structural problem, or nil when the model is usable.
    func structuralProblem() -> String?
}

extension ModelCoding {
    /// The model as JSON (sorted keys, so equal models give equal bytes).
    public func jsonData() throws(SurrogateError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return try encoder.encode(self)
        } catch {
            throw SurrogateError.invalidModel("encoding", "\(error)")
        }
    }

    /// Decodes a model saved by `jsonData()`; `source` names the origin in errors.
    public init(jsonData data: Data, source: String = "model JSON") throws(SurrogateError) {
        do {
            self = try JSONDecoder().decode(Self.self, from: data)
        } catch {
            throw SurrogateError.invalidModel(source, "cannot decode model: \(error)")
        }
        if let problem = structuralProblem() { throw SurrogateError.invalidModel(source, problem) }
    }

    /// Writes the model's JSON to `url` atomically.
    public func save(to url: URL) throws(SurrogateError) {
        let data = try jsonData()
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw SurrogateError.invalidModel(url.path, "cannot write: \(error.localizedDescription)")
        }
    }

    /// Reads a model saved with `save(to:)`.
    public static func load(from url: URL) throws(SurrogateError) -> Self {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SurrogateError.invalidModel(url.path, "cannot read file")
        }
        return try Self(jsonData: data, source: url.path)
    }
}

extension GradientBoostedTrees: ModelCoding {
    /// Checks every tree against `featureCount`.
    public func structuralProblem() -> String? {
        guard featureCount > 0 else { return "featureCount must be positive" }
        for (index, tree) in trees.enumerated() {
            if let problem = tree.validate(featureCount: featureCount) { return "tree \(index): \(problem)" }
        }
        return nil
    }
}

extension Ensemble: ModelCoding where Member: ModelCoding {
    /// Checks every member.
    public func structuralProblem() -> String? {
        guard !members.isEmpty else { return "ensemble has no members" }
        for (index, member) in members.enumerated() {
            if let problem = member.structuralProblem() { return "member \(index): \(problem)" }
        }
        return nil
    }
}
