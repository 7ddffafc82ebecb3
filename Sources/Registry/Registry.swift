import AccelNASBenchThroughputScatter
import EnginesGallery
import Harness
import OCamlInliningDataGeneration
import OCamlInliningExecHistograms
import OCamlInliningPolicyTable
import OCamlInliningRewardPlots
import OCamlInliningSynthetic
import NetworkScalingFeasibilityMap
import NetworkScalingReadmeTable
import NetworkScalingToySearch
import XFLOWRLReleasedBars
import XFLOWRLRewriteSearch
import XFLOWRLTasoTrace

/// Every experiment the `repro` tool knows, one line each.
///
/// Adding an experiment: create `experiments/<paper>/<name>/` (sources,
/// `target.json`, `claims.json`), then add its type here with its import.
public enum Registry {
    /// All experiments, in no particular order (the site orders them by paper).
    public static let experiments: [any Experiment.Type] = [
        ThroughputScatter.self,
        Gallery.self,
        ScalingReadmeTable.self,
        ScalingFeasibilityMap.self,
        ScalingToySearch.self,
        XFLOWRLReleasedBars.self,
        XFLOWRLTasoTrace.self,
        XFLOWRLRewriteSearch.self,
        OCamlInliningDataGeneration.self,
        OCamlInliningExecHistograms.self,
        OCamlInliningPolicyTable.self,
        OCamlInliningRewardPlots.self,
        OCamlInliningSynthetic.self,
    ]
}
