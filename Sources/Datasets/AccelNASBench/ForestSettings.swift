import Diagnostics
import Foundation

extension AccelNASBench {
    /// The tuned scikit-learn random-forest hyperparameters of one surrogate: the
    /// `default` values of `configs/model_configs/random_forest/sklearn_forest_*.json`.
    public struct ForestSettings: Sendable, Hashable, Codable {
        /// Number of trees (`n_estimators`).
        public var treeCount: Int
        /// Minimum rows to split a node (`min_samples_split`).
        public var minSamplesSplit: Int
        /// Minimum rows per leaf (`min_samples_leaf`).
        public var minSamplesLeaf: Int
        /// Fraction of features searched per node (`max_features`).
        public var maxFeatures: Double
        /// Whether trees see bootstrap samples (`bootstrap`).
        public var bootstrap: Bool

        /// The config file for `target` relative to `randomForestConfigPath`
        /// (nil for top-5 and train time, which have none).
        public static func configFile(for target: Target) -> String? {
            switch target {
            case .accuracy: return "sklearn_forest_configspace.json"
            case .top5Accuracy, .trainTime: return nil
            case .throughput(let device): return "sklearn_forest_accel_\(device.rawValue)_throughput_configspace.json"
            case .latency(let device):
                return device.hasLatency ? "sklearn_forest_accel_\(device.rawValue)_latency_configspace.json" : nil
            }
        }

        /// The tuned config file of `target`, relative to the data root (declare it as an
        /// input, then pass its URL to ``load(from:)``); throws for top-5 and train time.
        public static func configPath(for target: Target) throws(LoadError) -> String {
            try ConfigSpaceDefaults.path(
                configFile(for: target), folder: AccelNASBench.randomForestConfigPath,
                model: "random-forest", target: target)
        }

        /// Loads the settings from the ConfigSpace JSON at `url` (see ``configPath(for:)``).
        public static func load(from url: URL) throws -> ForestSettings {
            try read(ConfigSpaceDefaults.load(from: url))
        }

        /// Parses a ConfigSpace JSON, reading each hyperparameter's `default`.
        public static func parse(_ data: Data, fileName: String) throws(LoadError) -> ForestSettings {
            try read(ConfigSpaceDefaults(parsing: data, fileName: fileName))
        }

        /// The settings named by the hyperparameters of `space`.
        static func read(_ space: ConfigSpaceDefaults) throws(LoadError) -> ForestSettings {
            ForestSettings(
                treeCount: try space.integer("n_estimators"), minSamplesSplit: try space.integer("min_samples_split"),
                minSamplesLeaf: try space.integer("min_samples_leaf"), maxFeatures: try space.number("max_features"),
                bootstrap: try space.flag("bootstrap"))
        }
    }
}
