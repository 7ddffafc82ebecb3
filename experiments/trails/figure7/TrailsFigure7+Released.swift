import Datasets
import Harness
import Tables

extension TrailsFigure7 {
    /// The three placements of panel (a), in the figure's legend order.
    static let placements: [(label: String, key: String, filter: TRAILS.Device, refine: TRAILS.Device)] = [
        ("TRAILS-CPU", "cpu", .cpu, .cpu),
        ("TRAILS-GPU", "gpu", .gpu, .gpu),
        ("TRAILS", "hybrid", .cpu, .gpu),
    ]

    struct Row {
        var dataset: TRAILS.Dataset
        var latencies: [Double]
        var trainingBasedGPU: Double
        var trailsGPU: Double
        var reduction: Double
    }

    static func runReleased(config: Config, context: RunContext) throws -> RunResult {
        let constants = try TRAILS.ScriptConstants.load(try context.input(TRAILS.scriptConstantsPath))
        var numbers: [String: Double] = [:]
        var rows: [Row] = []
        for dataset in config.datasets.compactMap({ TRAILS.Dataset(rawValue: $0) }) {
            var latencies: [Double] = []
            for placement in placements {
                let latency = try constants.placementLatency(dataset, filterOn: placement.filter, refineOn: placement.refine)
                numbers["\(dataset.fileStem).latency.\(placement.key)_s"] = latency
                latencies.append(latency)
            }
            let row = Row(
                dataset: dataset, latencies: latencies,
                trainingBasedGPU: try constants.trainingBasedGPUSeconds(dataset),
                trailsGPU: try constants.trailsGPUSeconds(dataset),
                reduction: try constants.gpuTimeReduction(dataset))
            numbers["\(dataset.fileStem).gpu_time.training_based_s"] = row.trainingBasedGPU
            numbers["\(dataset.fileStem).gpu_time.trails_s"] = row.trailsGPU
            numbers["\(dataset.fileStem).gpu_time_reduction_x"] = row.reduction
            rows.append(row)
        }
        try table(rows, constants: constants).write(to: context.output("figure7-released"), formats: [.csv, .markdown])
        for warning in try figure(rows).write(to: context.output("figure7-released"), formats: [.pdf, .svg, .png]) {
            context.logger.warning("figure7-released: \(warning)")
        }
        let setting = constants.placement
        return RunResult(numbers: numbers, notes: [
            "(a) latency = N·t1 + K·U·t2·⌊log3 K⌋ with N = \(setting.N), K = \(setting.K), U = \(setting.U), as in the authors' cost script; t1, t2 per device from script_constants.json.",
            "(b) reduction = training-based GPU time / TRAILS refinement GPU time, both from the constants (the TRAILS value is the script's fixed phase-2 time, not recomputed from N and K).",
        ])
    }

    static func table(_ rows: [Row], constants: TRAILS.ScriptConstants) -> Table {
        var columns = [Column("Dataset")]
        columns += placements.map { Column($0.label, unit: "s", format: .fixed(digits: 1)) }
        columns += [
            Column("Training-Based MS GPU", unit: "s", format: .integer),
            Column("TRAILS GPU", unit: "s", format: .integer),
            Column("GPU time reduction", unit: "×", format: .fixed(digits: 2)),
        ]
        var table = Table(title: "TRAILS Figure 7 (released constants): latency and GPU time", columns: columns,
                          identifier: "trails-figure7-released")
        for row in rows {
            table.addRow([.text(row.dataset.displayName)] + row.latencies.map { .number($0) }
                         + [.number(row.trainingBasedGPU), .number(row.trailsGPU), .number(row.reduction)])
        }
        return table
    }
}
