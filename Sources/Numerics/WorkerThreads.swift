import Foundation

/// Dedicated threads for long numeric work (training, scoring), one per worker.
///
/// Work that holds a thread for seconds to minutes runs on threads of its own rather than on
/// libdispatch's pool, which may run such blocks one at a time (observed on Linux with
/// `concurrentPerform`). Each thread gets an 8 MiB stack.
public enum WorkerThreads {
    /// Starts `body` on a new dedicated thread and returns at once.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Runs `body(worker)` for every worker in 0..<count, each on its own thread, and returns
    /// when all have finished.
    public static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for worker in 0..<count {
            group.enter()
            start {
                body(worker)
                group.leave()
            }
        }
        group.wait()
    }
}
