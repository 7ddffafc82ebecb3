import Diagnostics
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

        /// The tuned config file of `target`, relative to the data root (declare it as an
        /// input, then pass its URL to ``load(from:)``); throws for a target with none (top-5).
        public static func configPath(for target: Target) throws(LoadError) -> String {
            try ConfigSpaceDefaults.path(
                target.xgboostConfigFile, folder: AccelNASBench.gradientBoostingConfigPath,
                model: "XGBoost", target: target)
        }

        /// Loads the settings from the ConfigSpace JSON at `url` (see ``configPath(for:)``).
        public static func load(from url: URL) throws -> XGBoostSettings {
            try read(ConfigSpaceDefaults.load(from: url))
        }

        /// Parses a ConfigSpace JSON, reading each hyperparameter's `default` (or `value`
        /// for constants).
        public static func parse(_ data: Data, fileName: String) throws(LoadError) -> XGBoostSettings {
            try read(ConfigSpaceDefaults(parsing: data, fileName: fileName))
        }

        /// The settings named by the hyperparameters of `space`.
        static func read(_ space: ConfigSpaceDefaults) throws(LoadError) -> XGBoostSettings {
            XGBoostSettings(
                maxDepth: try space.integer("max_depth"), minChildWeight: try space.number("min_child_weight"),
                colsampleByTree: try space.number("colsample_bytree"),
                colsampleByLevel: try space.number("colsample_bylevel"),
                lambda: try space.number("lambda"), alpha: try space.number("alpha"),
                learningRate: try space.number("learning_rate"), numRounds: try space.integer("num_rounds"),
                earlyStoppingRounds: try space.integer("early_stopping_rounds"))
        }
    }
}
