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

        /// Loads the settings for `target` under the data root.
        public static func load(for target: Target, dataRoot: URL) throws -> ForestSettings {
            guard let file = configFile(for: target) else {
                throw LoadError(file: target.name, reason: "no tuned random-forest config for this target")
            }
            let url = dataRoot.appendingPathComponent(AccelNASBench.randomForestConfigPath)
                .appendingPathComponent(file)
            guard let data = try? Data(contentsOf: url) else {
                throw LoadError(file: url.path, reason: "cannot read file (\(DataRootHint.text))")
            }
            return try parse(data, fileName: file)
        }

        /// Parses a ConfigSpace JSON, reading each hyperparameter's `default`.
        public static func parse(_ data: Data, fileName: String) throws(LoadError) -> ForestSettings {
            struct Space: Decodable { var hyperparameters: [Entry] }
            struct Entry: Decodable {
                var name: String
                var number: Double?
                var flag: Bool?
                enum CodingKeys: String, CodingKey { case name, value, defaultValue = "default" }
                init(from decoder: Decoder) throws {
                    let container = try decoder.container(keyedBy: CodingKeys.self)
                    name = try container.decode(String.self, forKey: .name)
                    number = (try? container.decode(Double.self, forKey: .defaultValue))
                        ?? (try? container.decode(Double.self, forKey: .value))
                    flag = try? container.decode(Bool.self, forKey: .defaultValue)
                }
            }
            let space: Space
            do {
                space = try JSONDecoder().decode(Space.self, from: data)
            } catch {
                throw LoadError(file: fileName, line: 1, decoding: error)
            }
            func entry(_ name: String) throws(LoadError) -> Entry {
                guard let entry = space.hyperparameters.first(where: { $0.name == name }) else {
                    throw LoadError(file: fileName, key: name, reason: "missing hyperparameter")
                }
                return entry
            }
            func number(_ name: String) throws(LoadError) -> Double {
                guard let value = try entry(name).number else {
                    throw LoadError(file: fileName, key: name, reason: "default is not a number")
                }
                return value
            }
            guard let bootstrap = try entry("bootstrap").flag else {
                throw LoadError(file: fileName, key: "bootstrap", reason: "default is not a boolean")
            }
            return ForestSettings(
                treeCount: Int(try number("n_estimators")), minSamplesSplit: Int(try number("min_samples_split")),
                minSamplesLeaf: Int(try number("min_samples_leaf")), maxFeatures: try number("max_features"),
                bootstrap: bootstrap)
        }
    }
}
