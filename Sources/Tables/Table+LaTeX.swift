extension Table {
    /// A LaTeX `table` float with a booktabs `tabular` (needs `\usepackage{booktabs}`).
    ///
    /// Text columns are left-aligned, numeric ones right-aligned; group titles
    /// are italic spanning rows separated by `\midrule`; best values are bold.
    func latex(_ layout: TableLayout) -> String {
        let width = layout.headers.count
        let alignment = layout.numericColumns.map { $0 ? "r" : "l" }.joined()
        var lines = [
            "\\begin{table}[t]",
            "  \\centering",
            "  \\caption{\(Self.latexEscaped(title))}",
        ]
        if let identifier { lines.append("  \\label{\(identifier)}") }
        lines += [
            "  \\begin{tabular}{\(alignment)}",
            "    \\toprule",
            "    " + layout.headers.map(Self.latexEscaped).joined(separator: " & ") + " \\\\",
            "    \\midrule",
        ]
        for (index, group) in layout.groups.enumerated() {
            if index > 0 { lines.append("    \\midrule") }
            if let title = group.title {
                lines.append("    \\multicolumn{\(width)}{l}{\\textit{\(Self.latexEscaped(title))}} \\\\")
            }
            for row in group.rows {
                let cells = row.map { cell in
                    cell.isBest ? "\\textbf{\(Self.latexEscaped(cell.text))}" : Self.latexEscaped(cell.text)
                }
                lines.append("    " + cells.joined(separator: " & ") + " \\\\")
            }
        }
        lines += ["    \\bottomrule", "  \\end{tabular}", "\\end{table}"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Symbols common in metric names that pdfLaTeX's default fonts lack, as math-mode commands.
    static let latexMath: [Character: String] = [
        "±": "\\pm", "×": "\\times", "≈": "\\approx", "≤": "\\leq", "≥": "\\geq",
        "τ": "\\tau", "ρ": "\\rho", "σ": "\\sigma", "μ": "\\mu", "Δ": "\\Delta",
        "²": "^2", "³": "^3",
    ]

    /// `text` with LaTeX's special characters escaped for text mode.
    ///
    /// `\ & % $ # _ { } ~ ^ < >` become their escaped forms, and the symbols
    /// in ``latexMath`` (±, ×, τ, ρ, ², ...) become inline math.
    static func latexEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": escaped += "\\\(character)"
            case "~": escaped += "\\textasciitilde{}"
            case "^": escaped += "\\textasciicircum{}"
            case "<": escaped += "\\textless{}"
            case ">": escaped += "\\textgreater{}"
            default:
                if let math = latexMath[character] {
                    escaped += "$\(math)$"
                } else {
                    escaped.append(character)
                }
            }
        }
        return escaped
    }
}
