import AccelNASBenchFidelityTable
import AccelNASBenchNAS
import AccelNASBenchProxified
import AccelNASBenchSurrogateFit
import AccelNASBenchThroughputScatter
import AccelNASBenchTrainingSize
import EnginesAnytime
import EnginesGallery
import Harness

/// Every experiment the `repro` tool knows, one line each.
///
/// Adding an experiment: create `experiments/<paper>/<name>/` (sources,
/// `target.json`, `claims.json`), then add its type here with its import.
public enum Registry {
    /// All experiments, in no particular order (the site orders them by paper).
    public static let experiments: [any Experiment.Type] = [
        ThroughputScatter.self,
        SurrogateFit.self,
        Proxified.self,
        FidelityTable.self,
        TrainingSize.self,
        NAS.self,
        Anytime.self,
        Gallery.self,
    ]
}
