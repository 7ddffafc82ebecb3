import Foundation
import Harness
import Testing

/// A `repro run` killed part-way leaves no half-written artifact, and the next run starts clean.
@Suite struct InterruptedRunTests {
    @Test func killedRunLeavesNoPartialFiles() throws {
        let root = CommandLineTests.projectRoot
        let binary = try #require(CommandLineTests.binary, "build the repro tool first (swift build)")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("repro-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }

        // Kill once the staging folder holds its first figure, then once it holds two: the kill
        // always lands mid-run, after figures exist, so the checks below always check something.
        let cache = output.appendingPathComponent(".repro/cache")
        for needed in [1, 2] {
            let run = try RunningProcess(
                binary.path, ["run", "engines/gallery", "--scale", "paper", "--force", "--root", root.path, "--output", output.path])
            let staging = waitForStagedFigures(needed, in: cache, of: run)
            kill(run.identifier, SIGKILL)
            #expect(run.wait().signaled, "the run ended before the kill; it must be killed mid-run")
            let folder = try #require(staging, "no staging folder held \(needed) figure(s) before the run ended")
            #expect(FileManager.default.fileExists(atPath: folder.path), "the killed run's staging folder is gone")
            let published = files(under: output.appendingPathComponent("figures"))
            #expect(published.isEmpty, "a killed run published \(published.map(\.lastPathComponent))")
        }

        let finish = try CapturedProcess.run(
            binary.path, ["run", "engines/gallery", "--scale", "paper", "--root", root.path, "--output", output.path])
        #expect(finish.status == 0, "\(finish.errors)")
        let figures = files(under: output.appendingPathComponent("figures")).filter { !$0.lastPathComponent.hasPrefix(".") }
        #expect(!figures.isEmpty, "the finishing run published no figure")
        for file in figures {
            #expect(isComplete(try Data(contentsOf: file), type: file.pathExtension), "half-written \(file.path)")
        }
        let staging = ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter { $0.hasPrefix(".staging-") }
        #expect(staging.isEmpty, "staging left after a clean run: \(staging)")
        let temporaries = files(under: output.appendingPathComponent("figures")).filter { $0.lastPathComponent.hasPrefix(".") }
        #expect(temporaries.isEmpty, "temporary files left after a clean run: \(temporaries)")
    }

    /// Waits (up to a minute, while `process` runs) until a staging folder under `cache` holds
    /// `count` figure files; returns that folder, or nil when the run ended first.
    private func waitForStagedFigures(_ count: Int, in cache: URL, of process: RunningProcess) -> URL? {
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
            for name in names where name.hasPrefix(".staging-") && name.hasSuffix("-\(process.identifier)") {
                let folder = cache.appendingPathComponent(name)
                let figures = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                    .filter { ["svg", "pdf", "png"].contains(($0 as NSString).pathExtension) }
                if figures.count >= count { return folder }
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return nil
    }

    /// Whether a figure file ends the way a whole file of its type ends.
    private func isComplete(_ data: Data, type: String) -> Bool {
        let tail = String(decoding: data.suffix(16), as: UTF8.self)
        switch type {
        case "pdf": return tail.contains("%%EOF")
        case "svg": return tail.contains("</svg>")
        case "png": return data.suffix(8).starts(with: [0x49, 0x45, 0x4E, 0x44])
        default: return !data.isEmpty
        }
    }

    private func files(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }
}
