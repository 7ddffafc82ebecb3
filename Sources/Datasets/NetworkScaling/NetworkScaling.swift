/// The released data of the RL network-scaling project (aisys2021_AutoML): the
/// PreActResNet18 per-block latency tables, the fallback latency MLPs and their
/// training data, the README result table and the values read from its log image.
///
/// Paths are relative to the data root.
public enum NetworkScaling {
    /// The per-block latency look-up table, one JSON object per line.
    public static let latencyTablePath = "aisys2021/latency_lut_preactresnet18.jsonl"
    /// The weights of the 20 fallback latency MLPs.
    public static let predictorWeightsPath = "aisys2021/latency_predictor_mlp_weights.json"
    /// The training data of the fallback latency MLPs.
    public static let predictorTrainingPath = "aisys2021/latency_predictor_training.json"
    /// The README result tables.
    public static let readmeResultsPath = "aisys2021/readme_results.csv"
    /// The six evaluations read from the README's `images/log.png`.
    public static let logSamplePath = "aisys2021/log_png_sample.csv"
}
