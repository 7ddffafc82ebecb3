import Datasets
import Foundation
import Harness
import Plotting
import Statistics
import Tables

/// Accuracy against throughput on every device of the Accel-NASBench dataset,
/// with a per-device summary table, computed from the raw measurement records.
public enum AccelNASBenchThroughputScatter: Experiment {
    /// Settings.
    public struct Config: ExperimentConfig {
        /// Use only the first N records (0: all of them).
        public var recordLimit: Int
        /// Devices to plot, by dataset name (`a100`, `3090`, `tpuv2`, `tpuv3`, `zcu102`, `vck190`).
        public var devices: [String]
    }

    public static let info = ExperimentInfo(
        id: "accel-nasbench/throughput-scatter", title: "Accuracy vs throughput per device",
        reproduces: "Dataset (§3)", order: 1,
        note: "Computed from the 5,138 released measurement records; no surrogate involved.")

    /// One panel per device.
    public static var nonEmptyKeys: Set<String> { ["devices"] }

    public static func defaultConfig(for scale: Scale) -> Config {
        Config(
            recordLimit: scale == .smoke ? 600 : 0,
            devices: AccelNASBench.Device.allCases.map(\.rawValue))
    }

    public static func inputs(for config: Config) -> [DataInput] {
        [DataInput(AccelNASBench.datasetPath)]
    }

    /// Every device is one the dataset measured.
    public static func validate(_ config: Config) throws { _ = try chosenDevices(config) }

    /// The devices `config` names.
    static func chosenDevices(_ config: Config) throws -> [AccelNASBench.Device] {
        try ConfigChoice.named(config.devices, key: "devices", noun: "device")
    }

    public static func run(config: Config, context: RunContext) throws -> RunResult {
        let dataset = try AccelNASBench.Dataset.load(from: context.input(AccelNASBench.datasetPath))
        var records = dataset.records
        if config.recordLimit > 0 { records = Array(records.prefix(config.recordLimit)) }
        let devices = try chosenDevices(config)
        context.logger.info("\(records.count) records, \(devices.count) devices")

        var numbers: [String: Double] = [:]
        let accuracy = records.map(\.top1)
        numbers["records"] = Double(records.count)
        numbers["architectures.unique"] = Double(Set(records.map(\.architecture)).count)
        numbers["accuracy.top1.mean"] = Descriptive.mean(accuracy)
        numbers["accuracy.top1.min"] = accuracy.min() ?? .nan
        numbers["accuracy.top1.max"] = accuracy.max() ?? .nan

        var figure = Figure(
            rows: (devices.count + 2) / 3, columns: min(3, devices.count), size: .inches(6.75, 4.4),
            title: "Accel-NASBench: ImageNet top-1 vs throughput")
        figure.sharedY = true
        var table = Table(
            title: "Throughput per device (images/s)",
            columns: [
                Column("Device", format: .integer),
                Column("Measured", format: .integer),
                Column("Missing", format: .integer),
                Column("Mean", unit: "img/s", format: .fixed(digits: 1)),
                Column("Min", unit: "img/s", format: .fixed(digits: 1)),
                Column("Max", unit: "img/s", format: .fixed(digits: 1)),
                Column("Kendall τ (acc, thr)", format: .fixed(digits: 3)),
            ],
            identifier: "tab:anb-throughput")

        for (index, device) in devices.enumerated() {
            let measured = records.compactMap { record in
                record.throughput[device]?.mean.map { (throughput: $0, accuracy: record.top1) }
            }
            let throughput = measured.map(\.throughput)
            let tau = try Correlation.kendallTau(throughput, measured.map(\.accuracy))
            let key = "throughput.\(device.rawValue)"
            numbers["\(key).measured"] = Double(measured.count)
            numbers["\(key).missing"] = Double(records.count - measured.count)
            numbers["\(key).mean"] = Descriptive.mean(throughput)
            numbers["\(key).kendall_vs_accuracy"] = tau
            table.addRow([
                .text(device.displayName), .number(Double(measured.count)),
                .number(Double(records.count - measured.count)), .number(Descriptive.mean(throughput)),
                .number(throughput.min() ?? .nan), .number(throughput.max() ?? .nan), .number(tau),
            ])

            var panel = Panel()
            panel.title = device.displayName
            panel.x = Axis(scale: .log10, label: "throughput (img/s)")
            panel.y = Axis(label: "top-1 (%)")
            panel.add(ScatterSeries(
                x: throughput, y: measured.map(\.accuracy), color: figure.theme.palette[index % figure.theme.palette.count],
                size: 1.6, opacity: 0.35))
            figure.panels[index] = panel
        }

        _ = try figure.write(to: context.output("throughput-scatter"))
        try table.write(to: context.output("summary"))
        return RunResult(numbers: numbers)
    }
}
