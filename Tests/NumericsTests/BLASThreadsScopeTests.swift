import Foundation
import Testing
@testable import Numerics

/// A setter on another thread waits until the scoped body ends, and a nested scope restores the outer count.
@Test func scopedBLASCountHoldsOtherSettersOff() {
    let started = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
    BLASThreads.withCount(1) {
        BLASThreads.withCount(2) {
            Thread.detachNewThread {
                started.signal()
                BLASThreads.set(2)
                finished.signal()
            }
            started.wait()
            #expect(BLASThreads.current == 2)
        }
        #expect(BLASThreads.current == 1, "the inner scope restores the outer count")
        #expect(finished.wait(timeout: .now() + 0.2) == .timedOut, "set(_:) ran inside another thread's withCount")
        #expect(BLASThreads.current == 1)
    }
    #expect(finished.wait(timeout: .now() + 10) == .success, "set(_:) still waits after the scope ended")
}
