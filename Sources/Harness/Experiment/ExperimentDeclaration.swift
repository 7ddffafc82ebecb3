import Foundation

/// What an experiment folder declares besides its code: `target.json` (its
/// module and engines) and `claims.json` (the paper's numbers).
public struct ExperimentDeclaration: Sendable, Equatable {
    /// The Swift module of the experiment.
    public var target: String
    /// The engine modules it imports.
    public var engines: [String]
    /// The paper's numbers and how they are judged.
    public var claims: ClaimFile

    private struct TargetFile: Decodable {
        var target: String
        var engines: [String]
    }

    /// Reads the declaration of experiment `id` from its folder.
    ///
    /// A variant (`<paper>/<name>/<variant>`) shares its folder's `target.json` and
    /// `claims.json`, and owns the claims that name it in their `variant`.
    public static func load(id: String, layout: ProjectLayout) throws -> ExperimentDeclaration {
        let folder = layout.experimentFolder(id)
        let targetURL = folder.appendingPathComponent("target.json")
        guard let data = try? Data(contentsOf: targetURL) else {
            throw HarnessError.invalidExperiment("\(targetURL.path): missing; every experiment folder needs target.json")
        }
        let target: TargetFile
        do { target = try JSONDecoder().decode(TargetFile.self, from: data) } catch {
            throw HarnessError.malformedInput(path: targetURL.path, location: "", reason: describeDecodingError(error))
        }
        var claims = try ClaimFile.load(from: folder.appendingPathComponent("claims.json"))
        let variant = ProjectLayout.variant(of: id)
        claims.claims = claims.claims.filter { $0.variant == variant }
        return ExperimentDeclaration(target: target.target, engines: target.engines, claims: claims)
    }
}
