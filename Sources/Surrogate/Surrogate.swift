/// Gradient-boosted regression trees and random forests, the surrogates of Accel-NASBench.
///
/// ``GradientBoostedTrees`` fits histogram-binned regression trees (``FeatureBins``,
/// ``RegressionTree``) with shrinkage, row and column subsampling and early stopping, with
/// XGBoost's hyper-parameter names (``BoostingParameters``); ``RandomForest`` and ``Ensemble``
/// cover the other surrogate families. A fitted ``Regressor`` predicts accuracy, throughput or
/// latency from an architecture's coding (``ModelCoding``).
