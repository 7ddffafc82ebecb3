import Foundation
import Testing

/// `repro` pins OpenBLAS to the Haswell kernel set when the caller did not choose one.
@Suite struct BLASKernelPinTests {
    /// What OpenBLAS reports loading (`OPENBLAS_VERBOSE=2` prints `Core: <name>` at load).
    private func loadedCores(environment: [String: String]) throws -> [String] {
        let binary = ["debug", "release"].map {
            CommandLineTests.projectRoot.appendingPathComponent(".build/\($0)/repro")
        }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        let process = Process()
        process.executableURL = try #require(binary, "build the repro tool first (swift build)")
        process.arguments = ["list", "--root", CommandLineTests.projectRoot.path]
        var env = ProcessInfo.processInfo.environment
        env["OPENBLAS_CORETYPE"] = nil
        env["OPENBLAS_VERBOSE"] = "2"
        env.merge(environment) { $1 }
        process.environment = env
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
            .filter { $0.hasPrefix("Core: ") }.map { String($0.dropFirst(6)) }
    }

    private var cpuHasAVX2AndFMA: Bool {
        let text = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let flags = text.split(separator: "\n").first { $0.hasPrefix("flags") } ?? ""
        let words = Set(flags.split(separator: " "))
        return words.contains("avx2") && words.contains("fma")
    }

    @Test func unsetCoreTypeIsPinnedToHaswell() throws {
        let cores = try loadedCores(environment: [:])
        if cpuHasAVX2AndFMA {
            #expect(cores.last == "Haswell", "cores loaded: \(cores)")
        } else {
            #expect(cores.count == 1, "no pin without AVX2 and FMA; cores loaded: \(cores)")
        }
    }

    @Test func aCoreTypeTheUserSetIsKept() throws {
        let cores = try loadedCores(environment: ["OPENBLAS_CORETYPE": "Prescott"])
        #expect(cores == ["Prescott"], "cores loaded: \(cores)")
    }
}
