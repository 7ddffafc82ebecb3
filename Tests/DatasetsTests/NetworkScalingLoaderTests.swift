import Foundation
import Testing

@testable import Datasets

@Suite(.enabled(if: SmallPapersTestData.has(NetworkScaling.latencyTablePath), "aisys2021 data not found"))
struct NetworkScalingLoaderTests {
    @Test func loadsTheLatencyTable() throws {
        let table = try NetworkScaling.loadLatencyTable(from: SmallPapersTestData.url(NetworkScaling.latencyTablePath))
        #expect(table.count == 64_562)
        let first = try #require(table.first)
        #expect(first.platform == "desktop" && first.device == "cpu" && first.resolution == 100)
        #expect(first.kind == .convolution && first.inChannels == 3 && first.outChannels == 64)
        #expect(first.latencyMicroseconds == 2468.9187146341446 && first.count == 410)
        #expect(Set(table.map(\.platform)) == ["desktop", "jetson", "raspberrypi"])
    }

    @Test func loadsTwentyPredictorsWithConsistentShapes() throws {
        let models = try NetworkScaling.loadPredictorWeights(
            from: SmallPapersTestData.url(NetworkScaling.predictorWeightsPath))
        #expect(models.count == 20)
        let model = try #require(models["jetson_cpu/block_1"])
        #expect(model.xMin == [8, 4, 64, 72, 1])
        #expect(model.layers.map(\.bias.count) == [128, 64, 32, 1])
    }

    @Test func loadsPredictorTraining() throws {
        let sets = try NetworkScaling.loadPredictorTraining(
            from: SmallPapersTestData.url(NetworkScaling.predictorTrainingPath))
        #expect(sets.count == 22)
        #expect(sets["raspberrypi/cpu/block_3"]?.data.first?.count == 2)
    }

    @Test func loadsReadmeAndLog() throws {
        let readme = try NetworkScaling.ReadmeResult.load(from: SmallPapersTestData.url(NetworkScaling.readmeResultsPath))
        #expect(readme.count == 4)
        #expect(readme[2].best == [1.4, 1.5, 32] && readme[2].memoryText == "91.7")
        let log = try NetworkScaling.LogSample.load(from: SmallPapersTestData.url(NetworkScaling.logSamplePath))
        #expect(log.count == 6)
        #expect(log[3].accuracy == nil && log[3].memory == 91.36)
    }
}

struct NetworkScalingErrorTests {
    static let line = #"{"platform":"jetson","device":"cpu","resolution":36,"in_size":18,"out_size":18,"kind":"PreActBlock","in_ch":128,"out_ch":128,"stride":1,"shortcut":false,"latency_us":82587.7,"count":5}"#

    @Test func truncatedLatencyLineNamesFileAndLine() {
        let text = [Self.line, Self.line, Self.line].joined(separator: "\n")
        let message = SmallPapersTestData.message {
            _ = try NetworkScaling.parseLatencyTable(SmallPapersTestData.truncated(text, lines: 2), file: "lut.jsonl")
        }
        #expect(message == "lut.jsonl, line 2: malformed JSON (truncated line?)")
    }

    @Test func missingLatencyFieldNamesKey() {
        let bad = Self.line.replacingOccurrences(of: #""stride":1,"#, with: "")
        let message = SmallPapersTestData.message {
            _ = try NetworkScaling.parseLatencyTable(Data([Self.line, bad].joined(separator: "\n").utf8), file: "lut.jsonl")
        }
        #expect(message == "lut.jsonl, line 2, key 'stride': missing key")
    }

    @Test func badWeightShapeIsReported() {
        let json = #"{"models":{"x/block_3":{"x_min":[0,0],"x_max":[1,1],"layers":[{"weight":[[1,2,3]],"bias":[0]}]}}}"#
        let message = SmallPapersTestData.message {
            _ = try NetworkScaling.parsePredictorWeights(Data(json.utf8), file: "w.json")
        }
        #expect(message == "w.json, key 'models.x/block_3.layers[0]': weight is not 1×2")
    }

    @Test func truncatedWeightsFileNamesLine() {
        let json = "{\"models\":{\n\"x/block_3\":{\"x_min\":[0"
        let message = SmallPapersTestData.message {
            _ = try NetworkScaling.parsePredictorWeights(Data(json.utf8), file: "w.json")
        }
        #expect(message == "w.json, line 2: malformed JSON (truncated line?)")
    }

    @Test func csvTruncatedAndMissingFields() {
        let header = "platform,device,latency_bound_s,mem_bound_MB,init_w,init_d,init_r,best_w,best_d,best_r,accuracy_pct,latency_s,memory_MB"
        let good = "raspberrypi,cpu,5,10,1.0,1.0,32,0.6,0.6,32,66.6,3.01,9.05"
        let truncated = SmallPapersTestData.message {
            _ = try NetworkScaling.ReadmeResult.parse(Data([header, good, "jetson,cpu,1"].joined(separator: "\n").utf8), file: "r.csv")
        }
        #expect(truncated == "r.csv, line 3: expected 13 fields, found 3 (truncated line?)")
        let missing = SmallPapersTestData.message {
            _ = try NetworkScaling.ReadmeResult.parse(
                Data([header, good.replacingOccurrences(of: ",3.01,", with: ",,")].joined(separator: "\n").utf8), file: "r.csv")
        }
        #expect(missing == "r.csv, line 2, key 'latency_s': missing value")
    }
}
