import AccelNASBenchFidelityTable
import AccelNASBenchFigure5
import AccelNASBenchNAS
import AccelNASBenchProxified
import AccelNASBenchSurrogateFit
import AccelNASBenchThroughputScatter
import AccelNASBenchTrainingSize
import EnginesAnytime
import EnginesGallery
import Harness
import NetworkScalingFeasibilityMap
import NetworkScalingReadmeTable
import NetworkScalingToySearch
import OCamlInliningAlphaSearch
import OCamlInliningDataGeneration
import OCamlInliningExecHistograms
import OCamlInliningPolicyTable
import OCamlInliningRewardPlots
import OCamlInliningSynthetic
import OCamlInliningUncertaintyThreshold
import TrailsBenchmark
import TrailsFigure6
import TrailsFigure7
import TrailsFigure8
import TrailsFigure9
import TrailsFilterScaling
import TrailsKUHeatmap
import TrailsNKTradeoff
import TrailsTable3
import XFLOWRLReleasedBars
import XFLOWRLRewriteSearch
import XFLOWRLTasoTrace

/// Every experiment the `repro` tool knows, one line each.
///
/// Adding an experiment: create `experiments/<paper>/<name>/` (sources,
/// `target.json`, `claims.json`), then add its type here with its import. The type is named
/// after the module its `target.json` names (`TrailsFigure9` in `TrailsFigure9`), and a
/// variant after both (`TrailsFigure9Recomputed`).
public enum Registry {
    /// All experiments, in no particular order (the site orders them by paper).
    public static let experiments: [any Experiment.Type] = [
        TrailsBenchmark.self,
        TrailsFigure6.self,
        TrailsFigure6Recomputed.self,
        TrailsFigure7.self,
        TrailsFigure7Recomputed.self,
        TrailsFigure8.self,
        TrailsFigure8Recomputed.self,
        TrailsFigure9.self,
        TrailsFigure9Recomputed.self,
        TrailsFilterScaling.self,
        TrailsFilterScalingRecomputed.self,
        TrailsKUHeatmap.self,
        TrailsKUHeatmapRecomputed.self,
        TrailsNKTradeoff.self,
        TrailsNKTradeoffRecomputed.self,
        TrailsTable3.self,
        TrailsTable3Recomputed.self,
        AccelNASBenchThroughputScatter.self,
        AccelNASBenchSurrogateFit.self,
        AccelNASBenchProxified.self,
        AccelNASBenchFidelityTable.self,
        AccelNASBenchTrainingSize.self,
        AccelNASBenchNAS.self,
        AccelNASBenchFigure5.self,
        EnginesAnytime.self,
        EnginesGallery.self,
        NetworkScalingReadmeTable.self,
        NetworkScalingFeasibilityMap.self,
        NetworkScalingToySearch.self,
        XFLOWRLReleasedBars.self,
        XFLOWRLTasoTrace.self,
        XFLOWRLRewriteSearch.self,
        OCamlInliningDataGeneration.self,
        OCamlInliningExecHistograms.self,
        OCamlInliningPolicyTable.self,
        OCamlInliningRewardPlots.self,
        OCamlInliningSynthetic.self,
        OCamlInliningUncertaintyThreshold.self,
        OCamlInliningAlphaSearch.self,
    ]
}
