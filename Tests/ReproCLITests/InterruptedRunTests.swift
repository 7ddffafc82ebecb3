import Foundation
import Testing

/// A `repro run` killed part-way leaves no half-written artifact, and the next run starts clean.
@Suite struct InterruptedRunTests {
    @Test func killedRunLeavesNoPartialFiles() throws {
        let root = CommandLineTests.projectRoot
        let binary = try #require(
            ["debug", "release"].map { root.appendingPathComponent(".build/\($0)/repro") }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) })
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("repro-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }

        for delay in [0.3, 0.8, 1.5] {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["run", "engines/gallery", "--scale", "paper", "--force", "--root", root.path, "--output", output.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for file in files(under: output.appendingPathComponent("figures")) where !file.lastPathComponent.hasPrefix(".") {
                #expect(isComplete(try Data(contentsOf: file), type: file.pathExtension), "half-written \(file.path)")
            }
        }

        let finish = Process()
        finish.executableURL = binary
        finish.arguments = ["run", "engines/gallery", "--scale", "paper", "--root", root.path, "--output", output.path]
        finish.standardOutput = FileHandle.nullDevice
        finish.standardError = FileHandle.nullDevice
        try finish.run()
        finish.waitUntilExit()
        #expect(finish.terminationStatus == 0)
        let cache = output.appendingPathComponent(".repro/cache")
        let staging = ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter { $0.hasPrefix(".staging-") }
        #expect(staging.isEmpty, "staging left after a clean run: \(staging)")
        let temporaries = files(under: output.appendingPathComponent("figures")).filter { $0.lastPathComponent.hasPrefix(".") }
        #expect(temporaries.isEmpty, "temporary files left after a clean run: \(temporaries)")
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
