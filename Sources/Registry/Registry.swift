import AccelNASBenchFidelityTable
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
import OCamlInliningDataGeneration
import OCamlInliningExecHistograms
import OCamlInliningPolicyTable
import OCamlInliningRewardPlots
import OCamlInliningSynthetic
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
/// `target.json`, `claims.json`), then add its type here with its import.
public enum Registry {
    /// All experiments, in no particular order (the site orders them by paper).
    public static let experiments: [any Experiment.Type] = [
        TrailsBenchmark.NASBenchTabular.self,
        TrailsFigure6.Figure6.self,
        TrailsFigure6.Figure6Recomputed.self,
        TrailsFigure7.Figure7.self,
        TrailsFigure7.Figure7Recomputed.self,
        TrailsFigure8.Figure8.self,
        TrailsFigure8.Figure8Recomputed.self,
        TrailsFigure9.Figure9.self,
        TrailsFigure9.Figure9Recomputed.self,
        TrailsFilterScaling.FilterScalingFigure.self,
        TrailsFilterScaling.FilterScalingRecomputed.self,
        TrailsKUHeatmap.KUHeatmap.self,
        TrailsKUHeatmap.KUHeatmapRecomputed.self,
        TrailsNKTradeoff.NKTradeoffFigure.self,
        TrailsNKTradeoff.NKTradeoffRecomputed.self,
        TrailsTable3.Table3.self,
        TrailsTable3.Table3Recomputed.self,
        ThroughputScatter.self,
        SurrogateFit.self,
        Proxified.self,
        FidelityTable.self,
        TrainingSize.self,
        NAS.self,
        Anytime.self,
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
