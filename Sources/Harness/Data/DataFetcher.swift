import Diagnostics
import Foundation

/// Fills a data folder with the files of data manifests: kept when already present with the
/// right SHA-256, else copied from a mirror (such as `../shared/data`), else downloaded from
/// the upstream URL, and always checked against the manifest's SHA-256 before it is renamed
/// into place.
public struct DataFetcher: Sendable {
    /// What happened to one file.
    public enum Outcome: Equatable, Sendable {
        /// The destination already held the file with the right SHA-256.
        case present
        /// Copied from the mirror folder.
        case copied
        /// Downloaded from its upstream URL.
        case downloaded(url: String)
        /// Not obtained; the reason names the file and what went wrong.
        case failed(reason: String)
        /// The upstream host could not be reached (no network, no DNS): later downloads would
        /// fail the same way, so the caller should stop and say how to supply the data.
        case unreachable(host: String, reason: String)

        /// Whether the destination now holds the right bytes.
        public var isAvailable: Bool {
            if case .failed = self { return false }
            return true
        }
    }

    /// The folder being filled (the project's `data/`).
    public var destination: URL
    /// A folder with the same layout to copy from first, if any.
    public var mirror: URL?
    /// Fetches URLs.
    public var downloader: any Downloader

    /// Creates a fetcher into `destination`, copying from `mirror` when it holds a file.
    public init(destination: URL, mirror: URL?, downloader: any Downloader = CurlDownloader()) {
        self.destination = destination
        self.mirror = mirror
        self.downloader = downloader
    }

    /// Makes `destination/<file.path>` hold the manifest's bytes, or says why it could not.
    /// `willDownload` is called just before a download starts, for progress lines.
    public func fetch(_ file: DataManifest.File, willDownload: (URL) -> Void = { _ in }) -> Outcome {
        if let problem = file.problem { return .failed(reason: "\(file.path) \(problem)") }
        let target = destination.appendingPathComponent(file.path)
        if Self.matches(target, file) { return .present }
        if let mirror {
            let source = mirror.appendingPathComponent(file.path)
            if Self.matches(source, file) {
                do {
                    try AtomicFile.copy(source, to: target)
                    return .copied
                } catch {
                    return .failed(reason: "\(file.path): cannot copy from \(source.path): \(error)")
                }
            }
        }
        guard let address = file.url, let url = URL(string: address) else {
            return .failed(reason: "\(file.path): not downloadable, \(file.derived ?? "no url"); copy it from the shared data into \(destination.path)")
        }
        willDownload(url)
        return download(file, from: url, to: target)
    }

    private func download(_ file: DataManifest.File, from url: URL, to target: URL) -> Outcome {
        AtomicFile.removeStaleTemporaries(of: target)
        let temporary = AtomicFile.temporaryURL(for: target)
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try downloader.download(url, to: temporary)
            let digest = try Digest.sha256(fileAt: temporary)
            guard digest == file.sha256 else {
                return .failed(reason: "\(file.path): \(url.absoluteString) has SHA-256 \(digest), expected \(file.sha256)")
            }
            try AtomicFile.rename(temporary, to: target)
            return .downloaded(url: url.absoluteString)
        } catch let error as DownloadError {
            switch error {
            case .unreachable(let host, let message): return .unreachable(host: host, reason: "\(file.path): \(message)")
            }
        } catch {
            return .failed(reason: "\(file.path): \(error)")
        }
    }

    /// Whether `url` is a file with the manifest's size and SHA-256.
    public static func matches(_ url: URL, _ file: DataManifest.File) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              (attributes[.size] as? NSNumber)?.intValue == file.bytes else { return false }
        return (try? Digest.sha256(fileAt: url)) == file.sha256
    }
}

/// Fetches a URL into a local file.
public protocol Downloader: Sendable {
    /// Writes the bytes at `url` to `file`, throwing a one-line error on failure.
    func download(_ url: URL, to file: URL) throws
}

/// A download that cannot succeed for any file of the same host.
public enum DownloadError: ReproError, Equatable {
    /// The host did not resolve or did not answer.
    case unreachable(host: String, message: String)

    public var subject: String {
        switch self { case .unreachable(let host, _): host }
    }
    public var reason: String {
        switch self { case .unreachable(_, let message): "unreachable: \(message)" }
    }
}

/// Downloads with the `curl` command: https or file URLs only (also across redirects), the
/// URL after `--` so it is never read as an option, fails on HTTP errors. The child is
/// registered with ``ChildProcesses`` so an interrupted `repro data` ends it.
public struct CurlDownloader: Downloader {
    /// Creates the downloader.
    public init() {}

    /// curl's exit codes for a host that cannot be resolved or reached.
    static let unreachableCodes: Set<Int32> = [5, 6, 7, 28]

    /// The curl arguments for fetching `url` into `file`.
    public static func arguments(_ url: URL, to file: URL) -> [String] {
        ["curl", "--fail", "--silent", "--show-error", "--location", "--proto", "=https,file", "--proto-redir", "=https",
         "--retry", "2", "--connect-timeout", "10", "--output", file.path, "--", url.absoluteString]
    }

    public func download(_ url: URL, to file: URL) throws {
        guard let scheme = url.scheme?.lowercased(), DataManifest.allowedSchemes.contains(scheme) else {
            throw HarnessError.runFailed(id: "curl", reason: "\(url.absoluteString): only https and file URLs are fetched")
        }
        let command = Self.arguments(url, to: file)
        let curl = try CapturedProcess.run(command[0], Array(command.dropFirst()), writing: file)
        guard curl.status == 0 else {
            let line = curl.firstErrorLine
            if Self.unreachableCodes.contains(curl.status) {
                throw DownloadError.unreachable(host: url.host ?? url.absoluteString, message: line)
            }
            throw HarnessError.runFailed(id: "curl", reason: "\(url.absoluteString): \(line)")
        }
    }
}
