/// The Search engine: every paper's optimizers over one set of abstractions.
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
