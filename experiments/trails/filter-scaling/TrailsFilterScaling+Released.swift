import Datasets
import Harness
import Tables

extension TrailsFilterScaling {
    /// The released variant: filter_scale.json and the 10,000-model Criteo scoring trace.
    static func runReleased(config: Config, context: RunContext) throws -> RunResult {
        let scaling = try TRAILS.FilterScaling.load(try context.input(TRAILS.filterScalePath))
        var numbers: [String: Double] = [:]
        var table = Table(
            title: "TRAILS filtering scalability (released): time to score the Criteo models",
            columns: [Column("CPUs", format: .integer), Column("Models per run", format: .integer),
                      Column("Mean total", unit: "s", format: .fixed(digits: 1)), Column("Speed-up vs 1 CPU", unit: "×", format: .fixed(digits: 2))],
            identifier: "trails-filter-scaling-released")
        let baseline = scaling.settings.first?.meanTotalSeconds ?? 0
        for setting in scaling.settings {
            let speedUp = setting.meanTotalSeconds > 0 ? baseline / setting.meanTotalSeconds : 0
            numbers["cpus_\(setting.cpus).mean_total_s"] = setting.meanTotalSeconds
            numbers["cpus_\(setting.cpus).speedup_x"] = speedUp
            numbers["cpus_\(setting.cpus).efficiency"] = speedUp / Double(setting.cpus)
            table.addRow([.number(Double(setting.cpus)), .number(Double(setting.modelsPerRun)),
                          .number(setting.meanTotalSeconds), .number(speedUp)])
        }
        try table.write(to: context.output("filter-scaling-released"), formats: [.csv, .markdown])
        for warning in try figure(scaling).write(to: context.output("filter-scaling-released"), formats: [.pdf, .svg, .png]) {
            context.logger.warning("filter-scaling-released: \(warning)")
        }
        var notes = ["Speed-up = mean time with 1 CPU / mean time with n CPUs, over 20 runs of 1,000 models each."]
        if config.includeFullTrace {
            let trace = try TRAILS.FilteringLatency.load(try context.input(TRAILS.criteoFilteringTimesPath))
            numbers["full_trace.models"] = Double(trace.modelCount)
            numbers["full_trace.latency_s"] = trace.latency
            numbers["full_trace.mean_compute_s"] = trace.meanPerModel("compute") ?? 0
            notes.append("The 10,000-model trace took \(formatNumber(trace.latency)) s in total (\(formatNumber(trace.ioLatency)) s I/O).")
        }
        return RunResult(numbers: numbers, notes: notes)
    }
}
