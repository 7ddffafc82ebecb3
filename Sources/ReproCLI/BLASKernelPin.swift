import Foundation
import Harness

/// Pins OpenBLAS to one kernel set, so sums round the same on every x86-64 machine.
///
/// OpenBLAS picks its SGEMM kernels from the CPU it finds (AVX-512 machines get `SkylakeX`,
/// others `Haswell` or `Zen`), and the kernels block their sums differently, so trained weights
/// differ in the last bits from one machine to the next. The kernel set is read once, when the
/// library loads, from `OPENBLAS_CORETYPE`; so when that is unset on a machine with AVX2 and FMA,
/// `repro` re-executes itself with `OPENBLAS_CORETYPE=Haswell` before doing anything else. A value
/// the user set is kept. `make` exports the same pin for the tests and benchmarks.
enum BLASKernelPin {
    /// The environment variable OpenBLAS reads.
    static let variable = "OPENBLAS_CORETYPE"
    /// The kernel set every AVX2 machine can run.
    static let core = "Haswell"

    /// Re-executes the process with the pin when it is missing (returns only when nothing was done).
    static func reexecIfNeeded() {
        #if os(Linux) && arch(x86_64)
        let current = ProcessInfo.processInfo.environment[variable] ?? ""
        guard current.isEmpty, cpuSupportsPin() else { return }
        setenv(variable, core, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // exec failed: run unpinned; the platform in the cache key records the kernel set.
        unsetenv(variable)
        #endif
    }

    /// Whether `/proc/cpuinfo` lists the AVX2 and FMA instructions the Haswell kernels use.
    static func cpuSupportsPin(cpuinfo path: String = "/proc/cpuinfo") -> Bool {
        CPUInfo.read(path).flags.isSuperset(of: ["avx2", "fma"])
    }
}
