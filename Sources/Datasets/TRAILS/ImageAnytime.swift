import Foundation

extension TRAILS {
    /// An NB201 anytime file (`jacflow/0_macro_res_nasbench201_<dataset>`): 2Phase-MS and
    /// phase-1-only runs over shared budgets, and the training-based (regularized
    /// evolution) low / median / high accuracy curves. Times are in minutes.
    public struct ImageAnytime: Sendable, Equatable {
        /// The file name it was read from.
        public var file: String
        /// 2Phase-MS (TRAILS) runs (`x_T_list`, `y_acc_list_arr`).
        public var twoPhase: AnytimeRuns
        /// Training-free (filtering only) runs (`x_T_list_only_phase1`, `y_acc_list_arr_only_phase1`).
        public var phaseOneOnly: AnytimeRuns
        /// Training-based times (`x_acc_train`), minutes.
        public var trainingTimes: [Double]
        /// Training-based low / median / high accuracy (`y_acc_train_l|m|h`).
        public var trainingLow: [Double]
        /// See ``trainingLow``.
        public var trainingMedian: [Double]
        /// See ``trainingLow``.
        public var trainingHigh: [Double]

        /// The training-based curve as band points: the median as ``BandPoint/median`` and
        /// ``BandPoint/mean``, low and high as the band (count 0: the run count is not stored).
        public var trainingBand: [BandPoint] {
            trainingTimes.indices.map {
                BandPoint(x: trainingTimes[$0], mean: trainingMedian[$0], median: trainingMedian[$0],
                          lower: trainingLow[$0], upper: trainingHigh[$0], count: 0)
            }
        }

        /// Reads a `0_macro_res_*` file.
        public static func load(_ url: URL) throws -> ImageAnytime { try parse(JSONNode.load(url)) }

        /// Parses the contents of a `0_macro_res_*` file named `file`.
        public static func parse(_ data: Data, file: String) throws -> ImageAnytime {
            try parse(JSONNode.parse(data, file: file))
        }

        static func parse(_ root: JSONNode) throws -> ImageAnytime {
            func runs(_ timeKey: String, _ valueKey: String) throws -> AnytimeRuns {
                let times = try root.member(timeKey).numbers()
                let valueNode = try root.member(valueKey)
                let rows = try valueNode.numberRows()
                for (index, row) in rows.enumerated() where row.count != times.count {
                    throw valueNode.error("run \(index) has \(row.count) values but \(timeKey) has \(times.count)")
                }
                return AnytimeRuns(file: root.file, runs: rows.map { AnytimeRun(times: times, values: $0) })
            }
            let trainingTimes = try root.member("x_acc_train").numbers()
            var bands: [[Double]] = []
            for key in ["y_acc_train_l", "y_acc_train_m", "y_acc_train_h"] {
                let node = try root.member(key)
                let band = try node.numbers()
                guard band.count == trainingTimes.count else {
                    throw node.error("\(band.count) values but x_acc_train has \(trainingTimes.count)")
                }
                bands.append(band)
            }
            return ImageAnytime(
                file: root.file,
                twoPhase: try runs("x_T_list", "y_acc_list_arr"),
                phaseOneOnly: try runs("x_T_list_only_phase1", "y_acc_list_arr_only_phase1"),
                trainingTimes: trainingTimes, trainingLow: bands[0], trainingMedian: bands[1], trainingHigh: bands[2])
        }
    }
}
