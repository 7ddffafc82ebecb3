import Foundation

extension AccelNASBench {
    /// The tuned XGBoost hyperparameters of one surrogate: the `default` values of its
    /// ConfigSpace JSON (`configs/model_configs/gradient_boosting/xgb_*_configspace.json`).
    public struct XGBoostSettings: Sendable, Hashable, Codable {
        /// Maximum tree depth.
        public var maxDepth: Int
        /// Minimum hessian sum per child.
        public var minChildWeight: Double
        /// Fraction of features sampled per tree.
        public var colsampleByTree: Double
        /// Fraction of the tree's features sampled per level.
        public var colsampleByLevel: Double
        /// L2 regularization on leaf weights.
        public var lambda: Double
        /// L1 regularization on leaf weights.
        public var alpha: Double
        /// Shrinkage.
        public var learningRate: Double
        /// Maximum boosting rounds (20,000).
        public var numRounds: Int
        /// Early-stopping patience in rounds (100).
        public var earlyStoppingRounds: Int

        /// Loads the settings for `target` under the data root.
        public static func load(for target: Target, dataRoot: URL) throws -> XGBoostSettings {
            guard let file = target.xgboostConfigFile else {
                throw LoadError(file: target.name, reason: "no tuned XGBoost config for this target")
            }
            let url = dataRoot.appendingPathComponent(AccelNASBench.gradientBoostingConfigPath)
                .appendingPathComponent(file)
            guard let data = try? Data(contentsOf: url) else {
                throw LoadError(file: url.path, reason: "cannot read file (\(DataRootHint.text))")
            }
            return try parse(data, fileName: file)
        }

        /// Parses a ConfigSpace JSON, reading each hyperparameter's `default` (or `value`
        /// for constants).
        public static func parse(_ data: Data, fileName: String) throws(LoadError) -> XGBoostSettings {
            struct Space: Decodable { var hyperparameters: [Entry] }
            struct Entry: Decodable {
                var name: String
                var value: Double?
                var defaultValue: Double?
                enum CodingKeys: String, CodingKey { case name, value, defaultValue = "default" }
                init(from decoder: Decoder) throws {
                    let container = try decoder.container(keyedBy: CodingKeys.self)
                    name = try container.decode(String.self, forKey: .name)
                    value = try? container.decode(Double.self, forKey: .value)
                    defaultValue = try? container.decode(Double.self, forKey: .defaultValue)
                }
            }
            let space: Space
            do {
                space = try JSONDecoder().decode(Space.self, from: data)
            } catch {
                throw LoadError(file: fileName, line: 1, decoding: error)
            }
            var values: [String: Double] = [:]
            for entry in space.hyperparameters {
                let name = entry.name.hasPrefix("param:") ? String(entry.name.dropFirst(6)) : entry.name
                if let number = entry.defaultValue ?? entry.value { values[name] = number }
            }
            func get(_ name: String) throws(LoadError) -> Double {
                guard let value = values[name] else {
                    throw LoadError(file: fileName, key: name, reason: "missing hyperparameter")
                }
                return value
            }
            return XGBoostSettings(
                maxDepth: Int(try get("max_depth")), minChildWeight: try get("min_child_weight"),
                colsampleByTree: try get("colsample_bytree"), colsampleByLevel: try get("colsample_bylevel"),
                lambda: try get("lambda"), alpha: try get("alpha"), learningRate: try get("learning_rate"),
                numRounds: Int(try get("num_rounds")), earlyStoppingRounds: Int(try get("early_stopping_rounds")))
        }
    }
}
