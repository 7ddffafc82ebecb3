import Foundation
import Testing
@testable import Tables

@Suite struct RenderingTests {
    @Test func csvMatchesGolden() throws {
        let expected = goldenCSV.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try sampleTable().render(.csv) == expected)
    }

    @Test func latexMatchesGolden() throws {
        #expect(try sampleTable().render(.latex) == goldenLaTeX)
    }

    @Test func htmlMatchesGolden() throws {
        #expect(try sampleTable().render(.html) == goldenHTML)
    }

    @Test func markdownMatchesGolden() throws {
        #expect(try sampleTable().render(.markdown) == goldenMarkdown)
    }

    @Test func renderingIsDeterministic() throws {
        for format in TableFormat.allCases {
            #expect(try sampleTable().render(format) == sampleTable().render(format))
        }
    }
}

@Suite struct EscapingTests {
    let nasty = "a<b & 5% x_y"

    func oneCell() -> Table {
        var table = Table(title: nasty, columns: [Column(nasty)])
        table.addRow([.text(nasty)])
        return table
    }

    @Test func latexEscapesSpecialCharacters() throws {
        #expect(Table.latexEscaped(nasty) == #"a\textless{}b \& 5\% x\_y"#)
        #expect(Table.latexEscaped(#"\ $ # { } ~ ^ >"#)
            == ##"\textbackslash{} \$ \# \{ \} \textasciitilde{} \textasciicircum{} \textgreater{}"##)
        #expect(Table.latexEscaped("R² ± σ") == #"R$^2$ $\pm$ $\sigma$"#)
        let rendered = try oneCell().render(.latex)
        #expect(!rendered.contains(nasty))
        #expect(rendered.contains(#"\caption{a\textless{}b \& 5\% x\_y}"#))
    }

    @Test func htmlEscapesMarkupCharacters() throws {
        #expect(Table.htmlEscaped(#"<a href="x">Tom's & Co</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Co&lt;/a&gt;")
        let rendered = try oneCell().render(.html)
        #expect(rendered.contains("<td class=\"text\">a&lt;b &amp; 5% x_y</td>"))
        #expect(!rendered.contains("a<b"))
    }

    @Test func markdownEscapesSyntax() throws {
        #expect(Table.markdownEscaped("a|b *c* _d_ <e> [f] `g` & ~h~ \\") == #"a\|b \*c\* \_d\_ \<e\> \[f\] \`g\` \& \~h\~ \\"#)
        #expect(Table.markdownEscaped("two\nlines") == "two lines")
        #expect(try oneCell().render(.markdown).contains(#"| a\<b \& 5% x\_y |"#))
    }

    @Test func csvQuotesPerRFC4180() throws {
        #expect(Table.csvField(nasty) == nasty)
        #expect(Table.csvField("a,b") == "\"a,b\"")
        #expect(Table.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Table.csvField("two\nlines") == "\"two\nlines\"")
        #expect(Table.csvField("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(try oneCell().render(.csv) == "\(nasty)\r\n\(nasty)\r\n")
    }
}

@Suite struct NumberFormatTests {
    @Test func fixedAndPercent() {
        #expect(NumberFormat.fixed(digits: 3).string(0.91749) == "0.917")
        #expect(NumberFormat.fixed(digits: 0).string(2.5) == "2")
        #expect(NumberFormat.fixed(digits: 2).string(-0.001) == "0.00")
        #expect(NumberFormat.percent(digits: 1).string(0.9175) == "91.8%")
        #expect(NumberFormat.percent(digits: 0).string(1) == "100%")
    }

    @Test func integerGroupsThousands() {
        let format = NumberFormat.integer
        #expect(format.string(0) == "0")
        #expect(format.string(999) == "999")
        #expect(format.string(1000) == "1,000")
        #expect(format.string(1_234_567.6) == "1,234,568")
        #expect(format.string(-12_345) == "-12,345")
        #expect(format.string(-0.4) == "0")
    }

    @Test func scientificAndNonFinite() {
        #expect(NumberFormat.scientific(digits: 2).string(8.0912e-5) == "8.09e-05")
        #expect(NumberFormat.scientific(digits: 1).string(-1234) == "-1.2e+03")
        #expect(NumberFormat.fixed(digits: 3).string(.nan) == "n/a")
        #expect(NumberFormat.integer.string(.infinity) == "inf")
        #expect(NumberFormat.percent(digits: 1).string(-.infinity) == "-inf")
    }

    @Test func meanWithStdUsesTheColumnFormatForBoth() throws {
        var table = Table(title: "t", columns: [Column("acc", format: .percent(digits: 1))])
        table.addRow([.numberWithStd(0.7712, std: 0.0034)])
        #expect(try table.render(.csv) == "acc\r\n77.1% ± 0.3%\r\n")
    }
}

@Suite struct HighlightTests {
    func table(scope: Table.HighlightScope) -> Table {
        var table = Table(
            title: "t",
            columns: [Column("name"), Column("err", format: .fixed(digits: 2), highlight: .min),
                      Column("acc", format: .fixed(digits: 1), highlight: .max)],
            highlightScope: scope)
        table.addRow(["a", 0.50, 70.0], group: "g1")
        table.addRow(["b", 0.30, .number(.nan)], group: "g1")
        table.addRow(["c", 0.40, 80.04], group: "g2")
        table.addRow(["d", 0.60, 79.96], group: "g2")
        return table
    }

    /// The (row, column) positions of highlighted cells, in reading order.
    func best(_ table: Table) throws -> [[Int]] {
        let layout = try TableLayout(table)
        let rows = layout.groups.flatMap(\.rows)
        return rows.indices.flatMap { row in rows[row].indices.filter { rows[row][$0].isBest }.map { [row, $0] } }
    }

    @Test func bestPerColumnWithShownTies() throws {
        // err: min 0.30 at row 1; acc: 80.04 and 79.96 both show 80.0, so both.
        #expect(try best(table(scope: .table)) == [[1, 1], [2, 2], [3, 2]])
    }

    @Test func bestPerGroup() throws {
        #expect(try best(table(scope: .group)) == [[0, 2], [1, 1], [2, 1], [2, 2], [3, 2]])
    }

    @Test func highlightMarkupPerFormat() throws {
        let table = table(scope: .table)
        #expect(try table.render(.latex).contains(#"b & \textbf{0.30} & n/a \\"#))
        #expect(try table.render(.html).contains(#"<td class="num best">0.30</td>"#))
        #expect(try table.render(.markdown).contains("| b | **0.30** | n/a |"))
        #expect(try !table.render(.csv).contains("*"))
    }
}

@Suite struct StructureTests {
    @Test func emptyTableRendersHeadersOnly() throws {
        let table = Table(title: "Empty", columns: [Column("A"), Column("B", unit: "ms")])
        #expect(try table.render(.csv) == "A,B (ms)\r\n")
        #expect(try table.render(.markdown) == "**Empty**\n\n| A | B (ms) |\n| :--- | :--- |\n")
        let html = try table.render(.html)
        #expect(html.contains("  <tbody>\n  </tbody>\n</table>\n"))
        let latex = try table.render(.latex)
        #expect(latex.contains("A & B (ms) \\\\\n    \\midrule\n    \\bottomrule"))
    }

    @Test func rejectsBadShapes() {
        #expect(throws: TableError.noColumns(table: "x")) { try Table(title: "x", columns: []).render(.csv) }
        var table = Table(title: "x", columns: [Column("A"), Column("B")])
        table.addRow(["only one"])
        #expect(throws: TableError.rowWidth(table: "x", group: 0, row: 0, expected: 2, got: 1)) {
            try table.render(.html)
        }
        let error = TableError.rowWidth(table: "x", group: 0, row: 0, expected: 2, got: 1)
        #expect(error.description == "table \"x\": group 0 row 0 has 1 cells, expected 2")
    }

    @Test func addRowGroupsConsecutiveTitles() {
        var table = Table(title: "t", columns: [Column("A")])
        table.addRow(["1"])
        table.addRow(["2"], group: "g")
        table.addRow(["3"], group: "g")
        table.addRow(["4"])
        #expect(table.groups.map(\.title) == [nil, "g", nil])
        #expect(table.groups.map(\.rows.count) == [1, 2, 1])
        #expect(table.rows.count == 4)
    }

    @Test func writeCreatesEveryFormatAtomically() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tables-test-\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = directory.appendingPathComponent("nested/fit")
        let table = sampleTable()
        // Write twice: the second write replaces the files in place.
        try table.write(to: base, formats: [.csv])
        let urls = try table.write(to: base)
        #expect(urls.map(\.lastPathComponent) == ["fit.csv", "fit.tex", "fit.html", "fit.md"])
        for (url, format) in zip(urls, TableFormat.allCases) {
            #expect(try String(contentsOf: url, encoding: .utf8) == table.render(format))
        }
        let listing = try FileManager.default.contentsOfDirectory(atPath: base.deletingLastPathComponent().path)
        #expect(listing.sorted() == ["fit.csv", "fit.html", "fit.md", "fit.tex"])
    }

    @Test func writeReportsTheFailingPath() {
        let table = sampleTable()
        let base = URL(fileURLWithPath: "/proc/no-such-dir/fit")
        #expect(throws: TableError.self) { try table.write(to: base, formats: [.csv]) }
    }
}
