import Tables

/// A table exercising groups, units, every number format, highlighting and escaping.
func sampleTable() -> Table {
    var table = Table(
        title: "Fit <quality> & 100% of test_set",
        columns: [
            Column("Target_name"),
            Column("MAE", unit: "%", format: .fixed(digits: 3), highlight: .min),
            Column("Kendall τ", format: .fixed(digits: 3), highlight: .max),
            Column("Share", format: .percent(digits: 1)),
            Column("Params", format: .integer),
        ],
        identifier: "tab:fit")
    table.addRow(["top_1 <acc>", 0.3174, .numberWithStd(0.91749, std: 0.0041), 0.5, 5_288_548], group: "Accuracy & co")
    table.addRow(["A \"quoted\", text", 0.3171, .numberWithStd(0.9171, std: 0.002), 0.125, -1_234], group: "Accuracy & co")
    table.addRow(["3090 ~50%", 12.5, .number(.nan), .empty, 999], group: "Throughput")
    return table
}
