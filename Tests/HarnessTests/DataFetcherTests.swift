import Foundation
import Harness
import Testing

@Suite struct DataFetcherTests {
    /// Writes bytes given per URL, or fails for unknown URLs.
    struct FakeDownloader: Downloader {
        var bodies: [String: Data]
        func download(_ url: URL, to file: URL) throws {
            guard let body = bodies[url.absoluteString] else {
                throw HarnessError.runFailed(id: "fake", reason: "404 \(url.absoluteString)")
            }
            try body.write(to: file)
        }
    }

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repro-data-\(UUID().uuidString)")
    var destination: URL { folder.appendingPathComponent("data") }
    var mirror: URL { folder.appendingPathComponent("mirror") }

    func entry(_ path: String, _ body: String, url: String? = nil) -> DataManifest.File {
        DataManifest.File(path: path, sha256: Digest.sha256(body), bytes: body.utf8.count,
                          url: url, derived: url == nil ? "converted by hand" : nil)
    }

    func write(_ body: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(body.utf8).write(to: url)
    }

    func leftovers() -> [String] {
        let names = FileManager.default.enumerator(atPath: destination.path)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".tmp") }
    }

    @Test func keepsAFileThatAlreadyMatches() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = entry("p/a.csv", "x,y\n1,2\n")
        try write("x,y\n1,2\n", to: destination.appendingPathComponent("p/a.csv"))
        let fetcher = DataFetcher(destination: destination, mirror: nil, downloader: FakeDownloader(bodies: [:]))
        #expect(fetcher.fetch(file) == .present)
    }

    @Test func copiesFromTheMirrorBeforeDownloading() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = entry("p/a.csv", "mirror bytes", url: "https://example.org/a.csv")
        try write("mirror bytes", to: mirror.appendingPathComponent("p/a.csv"))
        let fetcher = DataFetcher(destination: destination, mirror: mirror, downloader: FakeDownloader(bodies: [:]))
        #expect(fetcher.fetch(file) == .copied)
        #expect(try String(contentsOf: destination.appendingPathComponent("p/a.csv"), encoding: .utf8) == "mirror bytes")
    }

    @Test func replacesAStaleFileByDownloadingAndChecking() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = entry("p/b.json", "{\"v\":1}", url: "https://example.org/b.json")
        try write("{\"v\":0}", to: destination.appendingPathComponent("p/b.json"))
        try write("corrupt mirror", to: mirror.appendingPathComponent("p/b.json"))
        let downloader = FakeDownloader(bodies: ["https://example.org/b.json": Data("{\"v\":1}".utf8)])
        let fetcher = DataFetcher(destination: destination, mirror: mirror, downloader: downloader)
        #expect(fetcher.fetch(file) == .downloaded(url: "https://example.org/b.json"))
        #expect(try String(contentsOf: destination.appendingPathComponent("p/b.json"), encoding: .utf8) == "{\"v\":1}")
    }

    @Test func rejectsADownloadWithTheWrongDigestAndLeavesNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = entry("p/c.txt", "expected", url: "https://example.org/c.txt")
        let downloader = FakeDownloader(bodies: ["https://example.org/c.txt": Data("tampered".utf8)])
        let outcome = DataFetcher(destination: destination, mirror: nil, downloader: downloader).fetch(file)
        guard case .failed(let reason) = outcome else { Issue.record("expected a failure, got \(outcome)"); return }
        #expect(reason.contains("p/c.txt") && reason.contains("expected \(file.sha256)"))
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("p/c.txt").path))
        #expect(leftovers().isEmpty)
    }

    @Test func explainsWhyADerivedFileCannotBeDownloaded() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = DataFetcher(destination: destination, mirror: nil, downloader: FakeDownloader(bodies: [:]))
            .fetch(entry("p/d.jsonl", "converted"))
        guard case .failed(let reason) = outcome else { Issue.record("expected a failure, got \(outcome)"); return }
        #expect(reason.hasPrefix("p/d.jsonl: not downloadable, converted by hand"))
        #expect(!reason.contains("\n"))
    }

    @Test func reportsADownloadErrorOnOneLine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = DataFetcher(destination: destination, mirror: nil, downloader: FakeDownloader(bodies: [:]))
            .fetch(entry("p/e.txt", "body", url: "https://example.org/e.txt"))
        #expect(outcome == .failed(reason: "p/e.txt: fake failed: 404 https://example.org/e.txt"))
        #expect(leftovers().isEmpty)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")))
    func curlFetchesAFileURL() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("upstream/f.libsvm")
        try write("1 3:1 7:1\n", to: source)
        let file = entry("datasets/f.libsvm", "1 3:1 7:1\n", url: source.absoluteString)
        #expect(DataFetcher(destination: destination, mirror: nil).fetch(file) == .downloaded(url: source.absoluteString))
        let missing = entry("datasets/g.libsvm", "x", url: folder.appendingPathComponent("upstream/none").absoluteString)
        guard case .failed(let reason) = DataFetcher(destination: destination, mirror: nil).fetch(missing) else {
            Issue.record("a missing upstream file must fail"); return
        }
        #expect(reason.hasPrefix("datasets/g.libsvm: curl failed:"))
    }

    @Test func aManifestEntryNeedsExactlyOneOrigin() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("data.json")
        try write(#"{"paper": "p", "files": [{"path": "a", "sha256": "00", "bytes": 1}]}"#, to: url)
        #expect(throws: HarnessError.self) { try DataManifest.read(from: url) }
        do { _ = try DataManifest.read(from: url) } catch {
            #expect("\(error)" == "\(url.path):files[0]: a needs exactly one of `url` and `derived`")
        }
        try write(#"{"paper": "p", "files": [{"path": "a""#, to: url)
        do { _ = try DataManifest.read(from: url); Issue.record("truncated JSON must fail") } catch {
            #expect("\(error)".hasPrefix(url.path + ": invalid JSON"))
        }
    }

    /// A manifest with one entry, written as JSON, read back.
    func readManifest(path: String = "p/a.csv", sha256: String? = nil, url: String? = "https://example.org/a.csv") throws -> DataManifest {
        var entry: [String: Any] = ["path": path, "sha256": sha256 ?? Digest.sha256("a"), "bytes": 1]
        if let url { entry["url"] = url } else { entry["derived"] = "by hand" }
        let file = folder.appendingPathComponent("data.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: ["paper": "p", "files": [entry]]).write(to: file)
        return try DataManifest.read(from: file)
    }

    func rejection(path: String = "p/a.csv", sha256: String? = nil, url: String? = "https://example.org/a.csv") -> String? {
        do { _ = try readManifest(path: path, sha256: sha256, url: url); return nil } catch { return "\(error)" }
    }

    @Test func aGoodEntryIsAccepted() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try readManifest().files.count == 1)
        #expect(try readManifest(url: "file:///srv/mirror/a.csv").files.count == 1)
    }

    @Test func pathsMustStayInsideTheDataRoot() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in ["../escape.csv", "p/../../escape.csv", "/etc/passwd", "~/x", "p//a.csv", "./p/a.csv", "", "-rf"] {
            let error = try #require(rejection(path: path), "accepted path '\(path)'")
            #expect(error.contains(":files[0]: \(path)"), "\(error)")
            #expect(!error.contains("\n"))
        }
    }

    @Test func theDigestMustBe64LowercaseHex() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for digest in ["00", String(repeating: "g", count: 64), Digest.sha256("a").uppercased(), Digest.sha256("a") + "0"] {
            let error = try #require(rejection(sha256: digest), "accepted sha256 '\(digest)'")
            #expect(error.contains("expected 64 lowercase hex digits"))
        }
    }

    @Test func urlsMustBeHttpsOrFileAndNeverAnOption() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for address in ["-o/tmp/evil", "--config=/tmp/x", "http://example.org/a.csv", "ftp://example.org/a", "gopher://x/",
                        "example.org/a.csv", "https:///a.csv", "https://example.org/a b"] {
            let error = try #require(rejection(url: address), "accepted url '\(address)'")
            #expect(error.contains(":files[0]: p/a.csv has url"), "\(error)")
        }
    }

    @Test func theFetcherRefusesABadEntryEvenWhenBuiltByHand() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var file = entry("../outside.txt", "body", url: "https://example.org/e.txt")
        let downloader = FakeDownloader(bodies: ["https://example.org/e.txt": Data("body".utf8)])
        let outcome = DataFetcher(destination: destination, mirror: nil, downloader: downloader).fetch(file)
        #expect(outcome == .failed(reason: "../outside.txt has an empty, `.` or `..` component: it must stay inside the data root"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("outside.txt").path))
        file = entry("p/e.txt", "body", url: "-o/tmp/evil")
        guard case .failed(let reason) = DataFetcher(destination: destination, mirror: nil, downloader: downloader).fetch(file) else {
            Issue.record("an option-like url must fail"); return
        }
        #expect(reason.contains("expected an https:// or file:// URL"))
    }

    @Test func curlGetsTheURLAfterDoubleDashAndOnlyHttpsOrFile() {
        let arguments = CurlDownloader.arguments(URL(string: "https://example.org/a")!, to: URL(fileURLWithPath: "/tmp/a"))
        #expect(arguments.suffix(2) == ["--", "https://example.org/a"])
        let proto = arguments.firstIndex(of: "--proto")
        #expect(proto.map { arguments[$0 + 1] } == "=https,file")
        let redirect = arguments.firstIndex(of: "--proto-redir")
        #expect(redirect.map { arguments[$0 + 1] } == "=https")
    }

    @Test func anUnreachableHostIsReportedAsSuch() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = entry("p/u.txt", "body", url: "https://repro-unreachable.invalid/u.txt")
        let outcome = DataFetcher(destination: destination, mirror: nil).fetch(file)
        guard case .unreachable(let host, let reason) = outcome else {
            Issue.record("expected an unreachable host, got \(outcome)"); return
        }
        #expect(host == "repro-unreachable.invalid")
        #expect(reason.hasPrefix("p/u.txt: curl: (6)"))
        #expect(leftovers().isEmpty)
    }
}
