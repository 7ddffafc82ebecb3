import Foundation

/// The positions left to build, handed out one at a time to worker threads.
final class BuildJobs: @unchecked Sendable {
    private let lock = NSLock()
    private var positions: ArraySlice<Int>
    private var stopped = false

    init(positions: [Int]) { self.positions = positions[...] }

    /// The next position to build, or nil when none is left or the build stopped.
    func next() -> Int? {
        lock.withLock {
            guard !stopped else { return nil }
            return positions.popFirst()
        }
    }

    /// Hands out no more positions.
    func stop() { lock.withLock { stopped = true } }
}

/// Finished records (or failures) passed from the workers to the one writing thread.
final class BuildResults: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Result<BenchmarkRecord, any Error>] = []
    private var running = 0

    /// Counts a worker in before it starts.
    func workerStarted() { condition.withLock { running += 1 } }

    /// Counts a worker out once it takes no more work.
    func workerFinished() {
        condition.withLock {
            running -= 1
            condition.broadcast()
        }
    }

    /// Queues one worker's outcome for the writer.
    func put(_ outcome: Result<BenchmarkRecord, any Error>) {
        condition.withLock {
            queue.append(outcome)
            condition.broadcast()
        }
    }

    /// The next outcome, waiting for one; nil once every worker finished and all were taken.
    func take() -> Result<BenchmarkRecord, any Error>? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && running > 0 { condition.wait() }
        return queue.isEmpty ? nil : queue.removeFirst()
    }
}
