import Foundation

/// A figure or table an experiment wrote: one stem in several file formats.
///
/// Figures come as `.svg`, `.pdf` and `.png`; tables as `.html`, `.csv`, `.tex` and `.md`.
/// Two artifacts whose stems end in `-released` and `-recomputed` with the same prefix
/// are shown side by side.
public struct SiteArtifact: Sendable, Codable, Equatable {
    /// The file name without extension, e.g. `accuracy-vs-throughput`.
    public var stem: String
    /// A caption shown under the artifact, if any.
    public var caption: String?
    /// The files on disk, one per format; they are copied into the site.
    public var files: [URL]

    /// Creates an artifact.
    public init(stem: String, caption: String? = nil, files: [URL]) {
        self.stem = stem
        self.caption = caption
        self.files = files
    }

    /// The file with extension `ext` (lowercase, without dot), if there is one.
    public func file(_ ext: String) -> URL? {
        files.first { $0.pathExtension.lowercased() == ext }
    }
}
