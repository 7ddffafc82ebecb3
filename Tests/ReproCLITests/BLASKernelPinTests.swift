import Foundation
import Harness
import Testing

/// `repro` pins OpenBLAS to the Haswell kernel set when the caller did not choose one.
@Suite struct BLASKernelPinTests {
    /// What OpenBLAS reports loading (`OPENBLAS_VERBOSE=2` prints `Core: <name>` at load).
    private func loadedCores(environment: [String: String]) throws -> [String] {
        let binary = try #require(CommandLineTests.binary, "build the repro tool first (swift build)")
        var variables = ProcessInfo.processInfo.environment
        variables["OPENBLAS_CORETYPE"] = nil
        variables["OPENBLAS_VERBOSE"] = "2"
        variables.merge(environment) { $1 }
        let listed = try CapturedProcess.run(
            binary.path, ["list", "--root", CommandLineTests.projectRoot.path], environment: variables)
        #expect(listed.status == 0)
        return listed.errors.split(separator: "\n")
            .filter { $0.hasPrefix("Core: ") }.map { String($0.dropFirst(6)) }
    }

    @Test func unsetCoreTypeIsPinnedToHaswell() throws {
        let cores = try loadedCores(environment: [:])
        if CPUInfo.read().flags.isSuperset(of: ["avx2", "fma"]) {
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
