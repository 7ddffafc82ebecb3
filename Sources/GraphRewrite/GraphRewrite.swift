/// Computation graphs, substitution rules and their cost model, for TASO-style optimisation.
///
/// A ``Graph`` of ``Node``s and ``Operator``s is built in code (SqueezeNet-, ResNet- and
/// BERT-style builders), evaluated on random inputs to check that a rewrite keeps its function,
/// and costed by a calibrated ``CostModel``. ``RewriteRule``s (fusions, merges, reorderings)
/// define a ``GraphRewriteSystem`` that Search's backtracking explores and that
/// ``RewriteAgent`` learns to apply, as XFLOWRL does.
