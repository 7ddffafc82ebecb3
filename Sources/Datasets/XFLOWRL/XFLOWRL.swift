/// The released data of XFLOWRL (seanjparker/rlflow, initial commit): the bar-chart
/// values read from the plot labels, the SqueezeNet TASO search traces recovered from
/// the vector plots, the graph-complexity counts, and the RLFlow follow-up curves.
///
/// Paths are relative to the data root.
public enum XFLOWRL {
    /// Bar labels of the runtime and optimisation-time charts.
    public static let figureValuesPath = "xflowrl/figure_values_from_plot_labels.csv"
    /// The digitised TASO search traces and reward histogram.
    public static let digitisedPlotsPath = "xflowrl/plot_data_digitised.json"
    /// The XFER location counts per graph.
    public static let graphComplexityPath = "xflowrl/graph_complexity.csv"
    /// The RLFlow (2021 follow-up) world-model curves.
    public static let rlflowChartsPath = "xflowrl/rlflow_chart_data.json"
}
