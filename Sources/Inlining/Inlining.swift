/// Synthetic inlining problems, their neighbour moves, and reward assignment by regression.
///
/// An ``InliningProblem`` is a tree of call sites with a hidden benefit per site and a known
/// optimum; an ``InliningConfiguration`` says which sites are inlined. ``InliningSpace`` gives
/// the neighbourhood (the leaves of the effective tree) that simulated annealing and random
/// walks explore; reward assignment fits each decision's share of a speed-up with ridge or
/// lasso regression (``LinearRegression``, ``DesignMatrix``, ``AlphaSearch``) and turns the
/// fitted rewards back into decisions, as the OCaml inlining project does.
