/// Every paper's optimisers over one set of abstractions: spaces, objectives, anytime and refinement searches.
///
/// - Spaces: ``SearchSpace``, ``FactoredSearchSpace``, ``CategoricalSpace``.
/// - Objectives: ``Objective``, ``LookupObjective``, ``ClosureObjective``; an ``Evaluation``'s
///   cost drives a ``SimulatedClock`` so anytime curves are machine-independent.
/// - Runs: ``Budget``, ``SearchSession``, ``SearchResult``, ``AnytimeTrace``, ``AggregatedTrace``.
/// - Anytime algorithms: ``RandomSearch``, ``RegularizedEvolution``, ``Reinforce``,
///   ``SimulatedAnnealing``, ``RandomWalk``, ``Hyperband``.
/// - Refinement among K candidates: ``SuccessiveHalving``, ``SuccessiveRejects``,
///   ``UniformAllocation`` (``FidelityAllocator``); TRAILS's ``TwoPhaseSelector`` and
///   ``TwoPhaseCoordinator``.
/// - Rewrites: ``CostBasedBacktracking`` over a ``RewriteSystem`` (TASO).
public enum SearchModule {}
