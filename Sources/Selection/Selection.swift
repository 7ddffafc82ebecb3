/// Simulated model selection over a trained benchmark, the method of TRAILS.
///
/// Selection replays a benchmark of trained architectures (``Benchmark`` from TabularStore,
/// with each model's learning curve and training-free scores) as a lookup objective, and asks
/// what each selection strategy would have chosen under a time budget: two-phase selection
/// (score N models without training, refine the best K with successive halving from U epochs),
/// filtering only, and training-based regularized evolution (``AnytimeSimulation``); the
/// refinement allocators alone (``RefinementSimulation``); the K–U and N/K trade-offs
/// (``KUSummary``, ``RatioTradeoff``); what each method pays to reach the same AUC
/// (``SelectionCost``); and how fast the filtering phase runs on this machine
/// (``FilteringThroughput``). Results are summarised per budget by ``BudgetCurve``.
/// Storage of the benchmark itself stays in TabularStore, which does not import this module.
public enum Selection {}
