import Synchronization
import Testing
@testable import Numerics

@Test func workerThreadsRunEveryWorkerOnceAndWait() {
    let seen = Mutex<[Int]>([])
    WorkerThreads.run(5) { worker in seen.withLock { $0.append(worker) } }
    #expect(seen.withLock { $0.sorted() } == [0, 1, 2, 3, 4])
}
