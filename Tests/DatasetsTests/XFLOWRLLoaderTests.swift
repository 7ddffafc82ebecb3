import Foundation
import Testing

@testable import Datasets

@Suite(.enabled(if: SmallPapersTestData.has(XFLOWRL.figureValuesPath), "xflowrl data not found"))
struct XFLOWRLLoaderTests {
    @Test func loadsFigureValues() throws {
        let values = try XFLOWRL.FigureValue.load(from: SmallPapersTestData.url(XFLOWRL.figureValuesPath))
        #expect(values.count == 25)
        let squeeze = values.first { $0.graph == "SqueezeNet" && $0.method == "XFLOWRL" }
        #expect(squeeze?.value == 1.649 && squeeze?.percentOfOriginal == 70.63)
        #expect(values.last?.percentOfOriginal == nil)
    }

    @Test func loadsDigitisedTracesAndInterpolates() throws {
        let plots = try XFLOWRL.loadDigitisedPlots(from: SmallPapersTestData.url(XFLOWRL.digitisedPlotsPath))
        #expect(plots.search200.costVertices.count == 118)
        #expect(plots.search100k.costVertices[1] == [38, 1.5608])
        #expect(plots.rewardHistogram.bins.map(\.count).reduce(0, +) == 318)
        // Between vertices (0, 2.1574) and (3, 1.9612): one third of the way.
        #expect(abs(plots.search200.cost(atStep: 1) - (2.1574 + (1.9612 - 2.1574) / 3)) < 1e-12)
    }

    @Test func loadsComplexityAndRLFlow() throws {
        let rows = try XFLOWRL.ComplexityRow.load(from: SmallPapersTestData.url(XFLOWRL.graphComplexityPath))
        #expect(rows.filter { $0.graph == "squeezenet1.1" }.map(\.count).reduce(0, +) == 48)
        let charts = try XFLOWRL.loadRLFlowCharts(from: SmallPapersTestData.url(XFLOWRL.rlflowChartsPath))
        #expect(charts.count == 10)
    }
}

struct XFLOWRLErrorTests {
    @Test func truncatedAndMissingCSVFields() {
        let header = "graph,xfer_id,count,total_substitutions,total_locations"
        let truncated = SmallPapersTestData.message {
            _ = try XFLOWRL.ComplexityRow.parse(Data([header, "BERT,95,80,1,80", "BERT,9"].joined(separator: "\n").utf8), file: "g.csv")
        }
        #expect(truncated == "g.csv, line 3: expected 5 fields, found 2 (truncated line?)")
        let missing = SmallPapersTestData.message {
            _ = try XFLOWRL.ComplexityRow.parse(Data([header, "BERT,95,,1,80"].joined(separator: "\n").utf8), file: "g.csv")
        }
        #expect(missing == "g.csv, line 2, key 'count': missing value")
    }

    @Test func missingTraceKeyAndBadVertex() {
        let trace = #"{"source_plot":"p","title":"t","cost_vertices":[[0,1]],"best_cost_vertices":[[0,1]]}"#
        let hist = #"{"source_plot":"h","bins":[{"left":0,"right":1,"count":2}]}"#
        let missing = #"{"taso_search_squeezenet_200":\#(trace),"xflow_inf_hist":\#(hist)}"#
        #expect(SmallPapersTestData.message {
            _ = try XFLOWRL.parseDigitisedPlots(Data(missing.utf8), file: "d.json")
        } == "d.json, key 'taso_search_squeezenet_100001': missing key")
        let badTrace = trace.replacingOccurrences(of: #""cost_vertices":[[0,1]]"#, with: #""cost_vertices":[[0,1],[2]]"#)
        let bad = #"{"taso_search_squeezenet_200":\#(badTrace),"taso_search_squeezenet_100001":\#(trace),"xflow_inf_hist":\#(hist)}"#
        #expect(SmallPapersTestData.message {
            _ = try XFLOWRL.parseDigitisedPlots(Data(bad.utf8), file: "d.json")
        } == "d.json, key 'taso_search_squeezenet_200.cost_vertices[1]': expected [step, value]")
    }
}
