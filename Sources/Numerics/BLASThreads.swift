import CBLAS
import Foundation

/// The number of threads OpenBLAS uses, fixed so that results repeat bit for bit.
///
/// OpenBLAS splits a product across threads without splitting its inner sums,
/// so a fixed thread count gives identical results run after run. Call
/// `BLASThreads.set(_:)` once at start-up (the CLI does), or run a piece of work at
/// a given count with ``withCount(_:_:)``.
///
/// The count is one process-wide setting. ``withCount(_:_:)`` holds a process-wide
/// lock for its whole body and ``set(_:)`` takes the same lock, so no other thread
/// changes the count while a scoped body runs (tests that set it run one at a time).
public enum BLASThreads {
    /// Serialises every change of the count against scoped bodies (recursive: a body may set or nest).
    private static let lock = NSRecursiveLock()

    /// The OpenBLAS kernel set in use (e.g. `Haswell`, `SkylakeX`): products round the same
    /// only within one kernel set, so the CLI and `make` pin it (`OPENBLAS_CORETYPE`).
    public static var coreName: String {
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
    }

    /// Sets the OpenBLAS thread count (values below 1 are treated as 1).
    ///
    /// Waits while another thread is inside ``withCount(_:_:)``.
    public static func set(_ count: Int) {
        lock.lock()
        defer { lock.unlock() }
        openblas_set_num_threads(Int32(max(1, count)))
    }

    /// Runs `body` with the OpenBLAS thread count at `count`, then restores the previous count.
    ///
    /// No other thread can change the count until `body` returns; threads that `body` starts
    /// compute at `count` but must not call ``set(_:)`` or ``withCount(_:_:)`` themselves
    /// while `body` waits for them.
    public static func withCount<T, E: Error>(_ count: Int, _ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        let previous = current
        openblas_set_num_threads(Int32(max(1, count)))
        defer { openblas_set_num_threads(Int32(previous)) }
        return try body()
    }

    /// The OpenBLAS thread count now in effect.
    public static var current: Int {
        Int(openblas_get_num_threads())
    }
}
