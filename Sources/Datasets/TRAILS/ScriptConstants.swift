import Diagnostics
import Foundation

extension TRAILS {
    /// The timing constants behind the paper's cost (Figure 7) and in-database efficiency
    /// (Figure 8) figures, transcribed from the authors' plotting scripts into
    /// `script_constants.json`. Per-dataset tables are keyed by ``Dataset/fileStem``.
    public struct ScriptConstants: Sendable, Equatable, Decodable {
        /// A per-device table of per-dataset seconds.
        public struct DeviceTable: Sendable, Equatable, Decodable {
            /// Seconds on CPU, by dataset.
            public var cpu: [String: Double]
            /// Seconds on GPU, by dataset.
            public var gpu: [String: Double]
        }

        /// The Figure 7(a) setting: N models scored, K refined, U epochs.
        public struct Placement: Sendable, Equatable, Decodable {
            /// Models scored.
            public var N: Int
            /// Models refined.
            public var K: Int
            /// Initial epochs per refined model.
            public var U: Int
        }

        /// The Figure 7(b) inputs.
        public struct GPUConsumption: Sendable, Equatable, Decodable {
            /// GPU minutes of training-based selection, by dataset.
            public var trainingBasedMinutes: [String: Double]
            /// GPU seconds of TRAILS refinement, by dataset.
            public var trailsPhaseTwoSeconds: [String: Double]
            /// The reductions the script prints (kept for reference; recomputed, never used).
            public var reportedReduction: [String: Double]

            enum CodingKeys: String, CodingKey {
                case trainingBasedMinutes = "training_based_ms_gpu_time_min"
                case trailsPhaseTwoSeconds = "trails_phase2_gpu_time_s"
                case reportedReduction = "reported_reduction_x"
            }
        }

        /// Data loading times of Figure 8(b).
        public struct DataLoading: Sendable, Equatable, Decodable {
            /// One mini-batch read inside the database, seconds by dataset.
            public var oneIterationInDB: [String: Double]
            /// Loading the whole dataset outside the database, seconds by dataset.
            public var wholeDatasetOutOfDB: [String: Double]

            enum CodingKeys: String, CodingKey {
                case oneIterationInDB = "one_iteration_in_db"
                case wholeDatasetOutOfDB = "whole_dataset_out_db"
            }
        }

        /// Seconds to score one model with the TFMEM.
        public var scoreOneModel: DeviceTable
        /// Seconds to train one epoch.
        public var trainOneEpoch: DeviceTable
        /// The Figure 7(a) setting.
        public var placement: Placement
        /// The Figure 7(b) inputs.
        public var gpuConsumption: GPUConsumption
        /// The Figure 8(b) loading times.
        public var dataLoading: DataLoading
        /// The Figure 8(a) Criteo workloads, as [N, K] pairs.
        public var workloads: [[Int]]
        /// The successive-halving η.
        public var eta: Int
        /// The benchmark's maximum training epochs, by dataset.
        public var maxEpochs: [String: Int]
        /// The best test accuracy in each NB201 space, drawn as the "global best" line of
        /// the anytime figure (absent from older constant files).
        public var imageGlobalBest: [String: Double]?
        /// The epoch whose validation AUC the simulator takes as ground truth, by dataset.
        public var groundTruthEpoch: [String: Int]

        enum CodingKeys: String, CodingKey {
            case scoreOneModel = "score_one_model_time_s"
            case trainOneEpoch = "train_one_epoch_time_s"
            case placement = "fig7a_cost_device_placement"
            case gpuConsumption = "fig7b_gpu_consumption"
            case dataLoading = "fig8_data_loading_s"
            case workloads = "fig8a_workloads_criteo_NK"
            case eta = "successive_halving_eta"
            case maxEpochs = "max_epochs_in_benchmark"
            case imageGlobalBest = "anytime_img_global_best"
            case groundTruthEpoch = "epoch_used_as_ground_truth"
        }

        /// Reads `script_constants.json`.
        public static func load(_ url: URL) throws -> ScriptConstants {
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw LoadError(file: url.lastPathComponent, reason: "cannot read the file (\(error.localizedDescription))")
            }
            return try parse(data, file: url.lastPathComponent)
        }

        /// Parses the contents of a constants file named `file`.
        public static func parse(_ data: Data, file: String) throws -> ScriptConstants {
            do { return try JSONDecoder().decode(ScriptConstants.self, from: data) } catch {
                if case DecodingError.dataCorrupted(let context) = error, context.codingPath.isEmpty {
                    throw LoadError(file: file, line: JSONFailureLine.line(in: data, error: error), reason: "not valid JSON")
                }
                throw LoadError(file: file, reason: Self.describe(error))
            }
        }

        private static func describe(_ error: Error) -> String {
            guard let error = error as? DecodingError else { return "\(error)" }
            func path(_ keys: [CodingKey]) -> String {
                keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
            }
            switch error {
            case .keyNotFound(let key, let context): return "missing key '\(path(context.codingPath + [key]))'"
            case .typeMismatch(let type, let context): return "expected \(type) at '\(path(context.codingPath))'"
            case .valueNotFound(let type, let context): return "null where \(type) expected at '\(path(context.codingPath))'"
            case .dataCorrupted(let context): return "invalid JSON at '\(path(context.codingPath))'"
            @unknown default: return "\(error)"
            }
        }
    }
}
