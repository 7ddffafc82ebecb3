import Dispatch

/// Splits element-wise work into contiguous column ranges run on the BLAS thread count.
///
/// Every column (or element) is computed by exactly one worker with the same
/// operation order as a serial loop, so results do not depend on the split.
enum Parallel {
    /// Work (elements touched) below which the loop stays on the calling thread.
    static let threshold = 1 << 15

    /// Calls `body` on disjoint ranges covering 0..<count (multiples of 8 wide), concurrently when `work` is large.
    static func ranges(_ count: Int, work: Int, _ body: (Range<Int>) -> Void) {
        let workers = min(BLASThreads.current, max(1, count / 8))
        guard workers > 1, work >= threshold else {
            body(0..<count)
            return
        }
        let step = ((count + workers - 1) / workers + 7) / 8 * 8
        withoutActuallyEscaping(body) { escapable in
            nonisolated(unsafe) let f = escapable
            DispatchQueue.concurrentPerform(iterations: workers) { k in
                let lo = min(count, k * step), hi = min(count, (k + 1) * step)
                if lo < hi { f(lo..<hi) }
            }
        }
    }
}
