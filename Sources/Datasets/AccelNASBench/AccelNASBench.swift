/// The Accel-NASBench measurement dataset: 5,138 MnasNet-space architectures with
/// ImageNet accuracy, train time, size and per-device throughput/latency.
///
/// Paths are relative to the data root (see `DataRoot` in Harness), so experiments
/// can declare them as inputs; the loaders take the URLs of the files they read.
public enum AccelNASBench {
    /// The JSON-lines dataset, one record per line.
    public static let datasetPath = "accel-nasbench/anb_dataset/anb_dataset.jsonl"

    /// The folder holding `train_paths.json`, `val_paths.json` and `test_paths.json`.
    public static let defaultSplitPath = "accel-nasbench/configs/data_splits/default_split"

    /// The folder holding the tuned XGBoost hyperparameter config spaces.
    public static let gradientBoostingConfigPath =
        "accel-nasbench/configs/model_configs/gradient_boosting"

    /// The folder holding the tuned random-forest hyperparameter config spaces.
    public static let randomForestConfigPath = "accel-nasbench/configs/model_configs/random_forest"

    /// The number of blocks of every architecture.
    public static let blockCount = 7
}
