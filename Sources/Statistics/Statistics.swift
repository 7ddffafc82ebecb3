/// Descriptive statistics, rank correlations, classification and regression metrics.
///
/// ``Descriptive`` (mean, median, quantiles), ``Correlation`` (Pearson, Spearman, Kendall),
/// ``Ranking`` (average ranks of ties), ``ClassificationMetrics`` (ROC AUC),
/// ``RegressionMetrics`` and ``RegressionReport`` (R², MAE, τ, ρ of a surrogate), ``ECDF``,
/// ``Histogram``, ``Divergence``, and the curve bands the anytime figures draw (``Curve``,
/// ``CurveBand``). Every function validates its input and throws ``StatisticsError`` naming
/// what was wrong. It imports nothing of the project.
