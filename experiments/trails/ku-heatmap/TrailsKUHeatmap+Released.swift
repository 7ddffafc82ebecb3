import Datasets
import Harness
import Tables

extension TrailsKUHeatmap {
    /// The released variant: the simulator's setting from the authors' constants.
    static func runReleased(config: Config, context: RunContext) throws -> RunResult {
        let constants = try TRAILS.ScriptConstants.load(try context.input(TRAILS.scriptConstantsPath))
        let key = config.dataset
        guard let maxEpochs = constants.maxEpochs[key], let truthEpoch = constants.groundTruthEpoch[key] else {
            throw TRAILS.MissingConstant(key: "max_epochs_in_benchmark.\(key)")
        }
        var table = Table(
            title: "TRAILS K–U heatmap (released): the simulator's setting; the sweep itself was not released",
            columns: [Column("Setting"), Column("Value", format: .integer)], identifier: "trails-ku-released")
        table.addRow(["Successive-halving η", .number(Double(constants.eta))])
        table.addRow(["Maximum epochs in the benchmark", .number(Double(maxEpochs))])
        table.addRow(["Ground-truth epoch used by the simulator", .number(Double(truthEpoch))])
        try table.write(to: context.output("ku-heatmap-released"), formats: [.csv, .markdown])
        return RunResult(
            numbers: ["eta": Double(constants.eta), "max_epochs": Double(maxEpochs), "ground_truth_epoch": Double(truthEpoch)],
            notes: ["Not reproducible from the released files: no K–U sweep was released (it was simulated on NAS-Bench-Tabular, which is not available)."])
    }
}
