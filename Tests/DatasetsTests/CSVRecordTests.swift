import Datasets
import Diagnostics
import Foundation
import Testing

/// A record defined by the test, read through the shared CSV loader.
private struct Reading: CSVRecord, Equatable {
    static let columns = ["sensor", "count", "value"]
    var sensor: String
    var count: Int
    var value: Double?

    init(row: CSVTable.Row) throws(LoadError) {
        sensor = try row.text("sensor")
        count = try row.int("count")
        value = try row.optionalDouble("value")
    }

    init(sensor: String, count: Int, value: Double?) {
        self.sensor = sensor
        self.count = count
        self.value = value
    }
}

/// `CSVRecord` gives every CSV loader the same reading and the same one-line errors.
struct CSVRecordTests {
    private func parse(_ lines: [String]) throws(LoadError) -> [Reading] {
        try Reading.parse(Data(lines.joined(separator: "\n").utf8), file: "r.csv")
    }

    @Test func readsRowsInFileOrderWithExtraColumnsAndCRLF() throws {
        let text = "extra,sensor,count,value\r\nx,a,2,0.5\r\ny,b,3,\r\n"
        let rows = try Reading.parse(Data(text.utf8), file: "r.csv")
        #expect(rows == [Reading(sensor: "a", count: 2, value: 0.5), Reading(sensor: "b", count: 3, value: nil)])
    }

    @Test func namesFileLineAndColumnOfABadValue() {
        #expect(SmallPapersTestData.message { _ = try parse(["sensor,count,value", "a,2,1", "b,two,1"]) }
            == "r.csv, line 3, key 'count': not an integer: 'two'")
        #expect(SmallPapersTestData.message { _ = try parse(["sensor,count,value", "a,2,inf"]) } != nil)
        #expect(SmallPapersTestData.message { _ = try parse(["sensor,value", "a,1"]) }
            == "r.csv, line 1, key 'count': missing column in header")
        #expect(SmallPapersTestData.message { _ = try parse(["sensor,count,value"]) } != nil)
    }

    @Test func loadNamesTheMissingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/readings.csv")
        let message = SmallPapersTestData.message { _ = try Reading.load(from: url) }
        #expect(message?.hasPrefix("/nonexistent/readings.csv: cannot read file") == true)
    }

    @Test func keyedJSONDocumentNamesTheMissingKey() {
        let message = SmallPapersTestData.message {
            _ = try NetworkScaling.parsePredictorWeights(Data(#"{"description": "x"}"#.utf8), file: "w.json")
        }
        #expect(message?.hasPrefix("w.json") == true)
        #expect(message?.contains("models") == true)
    }
}
