/// Every paper's optimisers over one set of abstractions: spaces, objectives, anytime and refinement searches.
///
/// - Spaces (`Spaces/`): ``SearchSpace``, ``FactoredSearchSpace``, ``CategoricalSpace``.
/// - Objectives (`Objectives/`): ``Objective``, ``LookupObjective``, ``ClosureObjective``; an
///   ``Evaluation``'s cost drives a ``SimulatedClock`` so anytime curves are machine-independent.
/// - Runs (`Runs/`): ``Budget``, ``SearchSession``, ``SearchResult``, ``AnytimeTrace``, ``AggregatedTrace``.
/// - Anytime algorithms (`Anytime/`): ``RandomSearch``, ``RegularizedEvolution``, ``Reinforce``,
///   ``SimulatedAnnealing``, ``RandomWalk``, ``Hyperband``.
/// - Refinement among K candidates (`Refinement/`): ``SuccessiveHalving``, ``SuccessiveRejects``,
///   ``UniformAllocation`` (``FidelityAllocator``); TRAILS's ``TwoPhaseSelector`` and
///   ``TwoPhaseCoordinator``.
/// - Rewrites (`Rewrites/`): ``CostBasedBacktracking`` over a ``RewriteSystem`` (TASO).
public enum SearchModule {}
