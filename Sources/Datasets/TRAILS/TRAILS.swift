/// The result files released with TRAILS (Xing et al., PVLDB 17(5), 2024): refinement
/// micro-benchmarks, anytime model-selection curves, N/K trade-offs, filtering latency
/// traces and the timing constants behind the cost figures.
///
/// Every path is relative to the data root (see `DataRoot` in Harness), so experiments
/// can declare them as inputs. Loaders take a file URL and throw ``LoadError``
/// (one line: file, key, reason) on malformed data; they never crash.
public enum TRAILS {
    /// The folder of the released results.
    public static let resultFolder = "trails/exp_result"

    /// The folder of older runs recovered from the repository history.
    public static let historyFolder = "trails/history"

    /// The hand-transcribed timing constants of the cost and efficiency figures.
    public static let scriptConstantsPath = "trails/script_constants.json"

    /// The refinement micro-benchmark (SH / SR / UNIFORM) of `dataset`, or nil when none
    /// was released (UCI Diabetes).
    public static func refinementBenchmarkPath(_ dataset: Dataset) -> String? {
        dataset == .uciDiabetes ? nil : "\(resultFolder)/micro_phase2_\(dataset.fileStem)"
    }

    /// The older 50-run refinement benchmark behind the draft figure (C10 and IN-16 only).
    public static func historicalRefinementBenchmarkPath(_ dataset: Dataset) -> String? {
        switch dataset {
        case .cifar10, .imageNet16: "\(historyFolder)/exp_files__micro_phase2_\(dataset.fileStem)"
        default: nil
        }
    }

    /// The N/K trade-off file of `dataset`, when released (frappe, criteo, C10, IN-16).
    public static func nkTradeoffPath(_ dataset: Dataset) -> String? {
        switch dataset {
        case .frappe, .criteo, .cifar10, .imageNet16: "\(resultFolder)/nk_\(dataset.fileStem)_jacflow.json"
        default: nil
        }
    }

    /// The image anytime file (2Phase-MS, phase 1 only, training-based bands) of an NB201 dataset.
    public static func imageAnytimePath(_ dataset: Dataset) -> String? {
        dataset.isTabular ? nil : "\(resultFolder)/jacflow/0_macro_res_nasbench201_\(dataset.fileStem)"
    }

    /// The training-based (regularized evolution) runs on an NB201 dataset.
    public static func trainingBasedPath(_ dataset: Dataset) -> String? {
        dataset.isTabular ? nil : "\(resultFolder)/train_base_line_re_\(dataset.fileStem)_epoch_200.json"
    }

    /// The filtering scalability file: best JacFlow score against time with 1–8 CPUs.
    public static let filterScalePath = "\(resultFolder)/filter_scale.json"

    /// JacFlow scores of the 10,000 Criteo architectures (filtering scalability run).
    public static let criteoJacFlowScoresPath =
        "\(resultFolder)/exp_filtering_scalability/score_mlp_sp_criteo_batch_size_64_cpu_jacflow.json"

    /// Per-model timing of scoring the 10,000 Criteo architectures.
    public static let criteoFilteringTimesPath =
        "\(resultFolder)/exp_filtering_scalability/time_score_mlp_sp_criteo_batch_size_32_cpu_jacflow.json"

    /// KNAS scores of a tabular dataset.
    public static func knasScoresPath(_ dataset: Dataset) -> String? {
        dataset.isTabular ? "\(resultFolder)/knas_score_mlp_sp_\(dataset.fileStem)_batch_size_32_cpu_jacflow.json" : nil
    }
}
