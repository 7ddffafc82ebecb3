import Foundation

/// The data files a paper's experiments read, with their SHA-256 and where each comes from.
///
/// One manifest per paper lives at `experiments/<paper>/data.json`. A file is either a
/// verbatim upstream file (`url`, downloadable and checked against `sha256`) or one the data
/// collector wrote or converted (`derived`, which says why it cannot be downloaded).
public struct DataManifest: Codable, Equatable, Sendable {
    /// One data file, by its path under the data root.
    public struct File: Codable, Equatable, Sendable {
        /// The path under the data root, e.g. `datasets/frappe/test.libsvm`.
        public var path: String
        /// The SHA-256 of the file's bytes, lowercase hex.
        public var sha256: String
        /// The file's size in bytes.
        public var bytes: Int
        /// Where to download it from, when it is a verbatim upstream file.
        public var url: String?
        /// Why it cannot be downloaded, when it was written or converted for this project.
        public var derived: String?

        /// Creates a manifest entry.
        public init(path: String, sha256: String, bytes: Int, url: String? = nil, derived: String? = nil) {
            self.path = path
            self.sha256 = sha256
            self.bytes = bytes
            self.url = url
            self.derived = derived
        }
    }

    /// The URL schemes a manifest may name: `https` upstream, `file` for local mirrors.
    public static let allowedSchemes: Set<String> = ["https", "file"]

    /// The paper id the files belong to.
    public var paper: String
    /// The files, sorted by path.
    public var files: [File]

    /// Creates a manifest.
    public init(paper: String, files: [File]) {
        self.paper = paper
        self.files = files
    }

    /// Reads a manifest, naming the file and the place of any problem.
    public static func read(from url: URL) throws -> DataManifest {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw HarnessError.missingInput(path: url.path, hint: "every paper folder under experiments/ has a data.json")
        }
        let manifest: DataManifest
        do {
            manifest = try JSONDecoder().decode(DataManifest.self, from: data)
        } catch {
            throw HarnessError.malformedInput(path: url.path, location: "", reason: describeDecodingError(error))
        }
        for (index, file) in manifest.files.enumerated() {
            if let problem = file.problem {
                throw HarnessError.malformedInput(path: url.path, location: "files[\(index)]", reason: "\(file.path) \(problem)")
            }
        }
        return manifest
    }

    /// Every `experiments/<paper>/data.json` of a project, sorted by paper.
    public static func all(in layout: ProjectLayout) throws -> [DataManifest] {
        let experiments = layout.root.appendingPathComponent("experiments")
        let papers = try FileManager.default.contentsOfDirectory(atPath: experiments.path).sorted()
        return try papers.compactMap { paper in
            let url = experiments.appendingPathComponent(paper).appendingPathComponent("data.json")
            return FileManager.default.fileExists(atPath: url.path) ? try read(from: url) : nil
        }
    }
}
