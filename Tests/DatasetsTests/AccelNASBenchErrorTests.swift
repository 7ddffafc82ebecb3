import Diagnostics
import Foundation
import Testing

@testable import Datasets

struct AccelNASBenchErrorTests {
    static let goodLine = #"""
        {"architecture":{"block0_e":6,"block0_k":3,"block0_l":1,"block0_se":false,"block1_e":4,"block1_k":5,"block1_l":2,"block1_se":false,"block2_e":6,"block2_k":3,"block2_l":3,"block2_se":false,"block3_e":6,"block3_k":5,"block3_l":3,"block3_se":false,"block4_e":6,"block4_k":5,"block4_l":2,"block4_se":false,"block5_e":1,"block5_k":3,"block5_l":4,"block5_se":true,"block6_e":1,"block6_k":3,"block6_l":2,"block6_se":false},"metrics":{"val_top1":59.368,"val_top5":82.636,"train_time":2660.4},"model_info":{"macs":415.3,"params":2.5},"platform_perf":{"latency_zcu102":{"latency_mean":5.02,"latency_std":null},"latency_vck190":{"latency_mean":null,"latency_std":null},"throughput_a100":{"throughput_mean":7034.9,"throughput_std":7.5},"throughput_3090":{"throughput_mean":4536.2,"throughput_std":2.7},"throughput_tpuv2":{"throughput_mean":607.4,"throughput_std":2.6},"throughput_tpuv3":{"throughput_mean":1124.1,"throughput_std":8.2},"throughput_zcu102":{"throughput_mean":469.6,"throughput_std":null},"throughput_vck190":{"throughput_mean":2441.0,"throughput_std":null}},"file":"result_0.json"}
        """#

    func parse(_ lines: [String]) throws(LoadError) -> AccelNASBench.Dataset {
        try AccelNASBench.Dataset.parse(Data(lines.joined(separator: "\n").utf8), fileName: "anb.jsonl")
    }

    func error(_ lines: [String]) -> String? {
        do {
            _ = try parse(lines)
            return nil
        } catch {
            return error.description
        }
    }

    func second(_ edit: (String) -> String) -> [String] {
        [Self.goodLine, edit(Self.goodLine.replacingOccurrences(of: "result_0", with: "result_1"))]
    }

    @Test func parsesGoodLines() throws {
        let dataset = try parse(second { $0 } + [""])
        #expect(dataset.records.count == 2)
        #expect(dataset.records[1].architecture.blocks[5].layers == 4)
        #expect(dataset.records[1].architecture.features[22] == 3)
        #expect(dataset.records[1].architecture.features[23] == 0)
        #expect(dataset.records[0].value(of: .latency(.vck190)) == nil)
        #expect(dataset.records[0].value(of: .latency(.zcu102)) == 5.02)
    }

    @Test func truncatedLineNamesFileAndLine() {
        let message = error(second { String($0.prefix(200)) })
        #expect(message == "anb.jsonl, line 2: malformed JSON (truncated line?)")
    }

    @Test func blankLineInsideFileIsAnError() {
        #expect(error([Self.goodLine, "", Self.goodLine]) == "anb.jsonl, line 2: empty line")
        #expect(error([Self.goodLine, "", ""]) == nil)
    }

    @Test func missingKeyNamesKey() {
        let message = error(second { $0.replacingOccurrences(of: #""val_top5":82.636,"#, with: "") })
        #expect(message == "anb.jsonl, line 2, key 'metrics.val_top5': missing key")
        let nullable = error(second {
            $0.replacingOccurrences(of: #""latency_std":null},"latency_vck190""#, with: #"},"latency_vck190""#)
        })
        #expect(nullable == "anb.jsonl, line 2, key 'platform_perf.latency_zcu102.latency_std': missing key")
    }

    @Test func wrongTypeNamesKey() {
        let message = error(second { $0.replacingOccurrences(of: #""block3_se":false"#, with: #""block3_se":1"#) })
        #expect(message?.hasPrefix("anb.jsonl, line 2, key 'architecture.block3_se': wrong type") == true)
        let null = error(second { $0.replacingOccurrences(of: #""val_top1":59.368"#, with: #""val_top1":null"#) })
        #expect(null?.hasPrefix("anb.jsonl, line 2, key 'metrics.val_top1':") == true)
    }

    @Test func outOfSpaceValueNamesKey() {
        let message = error(second { $0.replacingOccurrences(of: #""block0_e":6"#, with: #""block0_e":5"#) })
        #expect(message?.hasPrefix("anb.jsonl, line 2, key 'architecture.block0_e': value 5 not in") == true)
    }

    @Test func unknownSplitFileNamesLine() throws {
        let dataset = try parse(second { $0 })
        let good = try dataset.splitList(Data(#"["a/b/result_1.json", "result_0.json"]"#.utf8), fileName: "t.json")
        #expect(good == [1, 0])
        let text = "[\"x/result_0.json\",\n \"x/result_77.json\"]"
        #expect(throws: LoadError.self) {
            try dataset.splitList(Data(text.utf8), fileName: "test_paths.json")
        }
        do {
            _ = try dataset.splitList(Data(text.utf8), fileName: "test_paths.json")
        } catch {
            #expect(error.description
                    == "test_paths.json, line 2, key '[1]': unknown file 'result_77.json' (not in the dataset)")
        }
        do {
            _ = try dataset.splitList(Data(#"["result_0.json", 3]"#.utf8), fileName: "v.json")
            Issue.record("expected a type error")
        } catch {
            #expect(error.description.hasPrefix("v.json, line 1, key '[1]': wrong type") == true)
        }
    }

    @Test func ablationRows() throws {
        let row = "0,71261,0,0,60.075996,82.57,248.007392,2.54093,3571.14,1,4,4,4,1,4,4,5,5,3,3,5,5,5,"
            + "3,3,3,2,2,1,1,True,False,False,True,False,True,True"
        let rows = try AccelNASBench.parseAblation(Data((row + "\r\n" + row + "\r\n").utf8), fileName: "p.csv")
        #expect(rows.count == 2)
        #expect(rows[0].top1 == 60.075996)
        #expect(rows[0].architecture.features.prefix(8) == [0, 1, 2, 0, 1, 1, 2, 1])
        do {
            _ = try AccelNASBench.parseAblation(Data((row + "\n" + row.dropLast(5)).utf8), fileName: "p.csv")
            Issue.record("expected a column-count error")
        } catch {
            #expect(error.description == "p.csv, line 2: expected 37 columns, got 36")
        }
        do {
            let bad = row.replacingOccurrences(of: "60.075996", with: "abc")
            _ = try AccelNASBench.parseAblation(Data(bad.utf8), fileName: "p.csv")
            Issue.record("expected a number error")
        } catch {
            #expect(error.description == "p.csv, line 1, key 'column 5': not a number: 'abc'")
        }
    }
}
