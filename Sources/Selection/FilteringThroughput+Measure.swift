#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Numerics

extension FilteringThroughput {
    /// Scores every architecture with `workers` concurrent workers (worker w takes architectures
    /// w, w + workers, …) and times it; OpenBLAS runs on one thread meanwhile.
    public func measure(workers: Int) throws -> FilteringMeasurement {
        let workers = max(1, min(workers, architectures.count))
        let previous = BLASThreads.current
        BLASThreads.set(1)
        defer { BLASThreads.set(previous) }
        _ = try scores(of: 0)   // warm-up, not timed
        let count = architectures.count, width = metrics.count
        let values = UnsafeMutableBufferPointer<Double>.allocate(capacity: count * width)
        let finished = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        let failures = UnsafeMutableBufferPointer<Bool>.allocate(capacity: count)
        defer { values.deallocate(); finished.deallocate(); failures.deallocate() }
        values.initialize(repeating: .nan)
        finished.initialize(repeating: 0)
        failures.initialize(repeating: false)
        // Each index is written by exactly one worker and read only after they all finish.
        nonisolated(unsafe) let v = values
        nonisolated(unsafe) let f = finished
        nonisolated(unsafe) let bad = failures
        let clock = ContinuousClock()
        let cpuStart = Self.processCPUSeconds()
        let start = clock.now
        WorkerThreads.run(workers) { [self] worker in
            for index in stride(from: worker, to: count, by: workers) {
                if let row = try? scores(of: index) {
                    for (m, value) in row.enumerated() { v[index * width + m] = value }
                } else {
                    bad[index] = true
                }
                f[index] = Self.seconds(clock.now - start)
            }
        }
        let total = Self.seconds(clock.now - start)
        let cpu = Self.processCPUSeconds() - cpuStart
        if let index = failures.firstIndex(of: true) {
            throw SelectionError("filtering \(architectures[index])", "could not be scored on the batch")
        }
        return FilteringMeasurement(
            workers: workers, seconds: total, cpuSeconds: cpu, completions: Array(finished).sorted(),
            scores: (0..<count).map { Array(values[($0 * width)..<(($0 + 1) * width)]) })
    }

    /// `repeats` rounds, each timing every worker count in `workerCounts` once (interleaved, so
    /// slow drift of the machine's load spreads over all counts), in round-major order.
    public func measureScaling(workerCounts: [Int], repeats: Int) throws -> [FilteringMeasurement] {
        var runs: [FilteringMeasurement] = []
        for _ in 0..<max(repeats, 1) {
            for workers in workerCounts { runs.append(try measure(workers: workers)) }
        }
        return runs
    }

    /// CPU seconds this process has used so far, over all its threads.
    static func processCPUSeconds() -> Double {
        var t = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) == 0 else { return .nan }
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    static func seconds(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) + Double(atto) * 1e-18
    }
}

extension FilteringMeasurement {
    /// Mean wall-clock seconds of the runs with `workers` workers in `runs` (NaN when none).
    public static func meanSeconds(_ runs: [FilteringMeasurement], workers: Int) -> Double {
        let times = runs.filter { $0.workers == workers }.map(\.seconds)
        return times.isEmpty ? .nan : times.reduce(0, +) / Double(times.count)
    }

    /// Mean CPU cores the process used while the runs with `workers` workers ran (CPU seconds over
    /// wall seconds; NaN when none): about `workers` on an otherwise idle machine, less when other
    /// work took cores.
    public static func meanCoresUsed(_ runs: [FilteringMeasurement], workers: Int) -> Double {
        let chosen = runs.filter { $0.workers == workers && $0.seconds > 0 }
        return chosen.isEmpty ? .nan : chosen.map { $0.cpuSeconds / $0.seconds }.reduce(0, +) / Double(chosen.count)
    }

    /// Mean completion time of the i-th model over the runs with `workers` workers (for a
    /// "models scored over time" line); empty when there are none.
    public static func meanCompletions(_ runs: [FilteringMeasurement], workers: Int) -> [Double] {
        let chosen = runs.filter { $0.workers == workers }
        guard let first = chosen.first else { return [] }
        return first.completions.indices.map { i in chosen.map { $0.completions[i] }.reduce(0, +) / Double(chosen.count) }
    }
}

extension FilteringThroughput {
    /// The machine's one-minute load average (runnable processes), or nil where unavailable; a
    /// load above the core count means other work competes with the measured workers.
    public static func loadAverage() -> Double? {
        var load = [Double](repeating: 0, count: 1)
        return getloadavg(&load, 1) == 1 ? load[0] : nil
    }
}
