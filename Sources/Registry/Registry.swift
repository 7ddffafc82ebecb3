import AccelNASBenchThroughputScatter
import EnginesGallery
import Harness
import TrailsBenchmark

/// Every experiment the `repro` tool knows, one line each.
///
/// Adding an experiment: create `experiments/<paper>/<name>/` (sources,
/// `target.json`, `claims.json`), then add its type here with its import.
public enum Registry {
    /// All experiments, in no particular order (the site orders them by paper).
    public static let experiments: [any Experiment.Type] = [
        ThroughputScatter.self,
        Gallery.self,
        TrailsBenchmark.self,
    ]
}
