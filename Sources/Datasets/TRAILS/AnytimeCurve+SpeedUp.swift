import Foundation

extension TRAILS {
    /// Reading times off anytime curves: when a curve first reaches a value, and how
    /// much sooner one method gets there than another.
    public enum AnytimeComparison {
        /// The first time (x) at which the piecewise curve through (`times`, `values`)
        /// reaches `target`, interpolating linearly in log(time) between the two points
        /// around the crossing; nil when it never does. Times must be positive and ascending.
        public static func timeToReach(_ target: Double, times: [Double], values: [Double]) -> Double? {
            let count = min(times.count, values.count)
            guard count > 0 else { return nil }
            if values[0] >= target { return times[0] }
            for index in 1..<count where values[index] >= target {
                let (t0, t1) = (times[index - 1], times[index])
                let (v0, v1) = (values[index - 1], values[index])
                guard t0 > 0, t1 > t0, v1 > v0 else { return t1 }
                let fraction = (target - v0) / (v1 - v0)
                return exp(log(t0) + fraction * (log(t1) - log(t0)))
            }
            return nil
        }

        /// The speed-up of `fast` over `slow` to reach the final (last) value of `slow`:
        /// time(slow) / time(fast); nil when `fast` never reaches it.
        public static func speedUp(fast: [BandPoint], slow: [BandPoint], statistic: KeyPath<BandPoint, Double>) -> Double? {
            guard let target = slow.last?[keyPath: statistic] else { return nil }
            guard let slowTime = timeToReach(target, times: slow.map(\.x), values: slow.map { $0[keyPath: statistic] }),
                  let fastTime = timeToReach(target, times: fast.map(\.x), values: fast.map { $0[keyPath: statistic] })
            else { return nil }
            return slowTime / fastTime
        }
    }
}
