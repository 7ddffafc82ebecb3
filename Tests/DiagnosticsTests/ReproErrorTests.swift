import Testing

@testable import Diagnostics

/// The one error shape: `subject, place: reason` on one line, and the one load error.
struct ReproErrorTests {
    /// A conforming type with every part settable.
    struct Sample: ReproError {
        var subject: String
        var place: String?
        var reason: String
    }

    @Test func lineWithoutPlaceIsSubjectAndReason() {
        let error = Sample(subject: "work queue", place: nil, reason: "closed")
        #expect(error.line == "work queue: closed")
        #expect(error.description == error.line)
        #expect("\(error)" == "work queue: closed")
    }

    @Test func lineWithPlaceNamesItAfterTheSubject() {
        let error = Sample(subject: "config.json", place: "key 'epochs'", reason: "must be positive")
        #expect(error.line == "config.json, key 'epochs': must be positive")
        #expect("\(error)" == error.line)
    }

    @Test func anEmptyPlaceIsNoPlace() {
        #expect(Sample(subject: "a", place: "", reason: "b").line == "a: b")
    }

    @Test func lineBreaksInAnyPartBecomeSpaces() {
        let error = Sample(subject: "m.json", place: "tree\n3", reason: "bad split:\nfeature 9\r\nout of range\n")
        #expect(error.line == "m.json, tree 3: bad split: feature 9 out of range")
        let breaks = error.line.filter(\.isNewline)
        #expect(breaks.isEmpty)
    }

    @Test func loadErrorKeepsItsFields() {
        let error = LoadError(file: "data/x.csv", place: "row 3", reason: "expected 3 columns, got 2")
        #expect(error.file == "data/x.csv")
        #expect(error.subject == "data/x.csv")
        #expect(error.place == "row 3")
        #expect(error.reason == "expected 3 columns, got 2")
        #expect(error.line == "data/x.csv, row 3: expected 3 columns, got 2")
    }

    @Test func loadErrorWritesLineAndKeyAsItsPlace() {
        let both = LoadError(file: "r.csv", line: 2, key: "latency_s", reason: "missing value")
        #expect(both.place == "line 2, key 'latency_s'")
        #expect(both.line == "r.csv, line 2, key 'latency_s': missing value")
        #expect(LoadError(file: "a.jsonl", line: 7, reason: "empty line").place == "line 7")
        #expect(LoadError(file: "w.json", key: "models.a[0]", reason: "missing key").place == "key 'models.a[0]'")
        let whole = LoadError(file: "/data/x.libsvm", reason: "cannot open file")
        #expect(whole.place == nil)
        #expect(whole.line == "/data/x.libsvm: cannot open file")
    }

    @Test func loadErrorsAreEqualByTheirFields() {
        #expect(LoadError(file: "a", line: 3, reason: "r") == LoadError(file: "a", place: "line 3", reason: "r"))
        #expect(LoadError(file: "a", line: 3, reason: "r") != LoadError(file: "a", line: 4, reason: "r"))
        #expect(LoadError(file: "a", reason: "r") != LoadError(file: "b", reason: "r"))
    }

    @Test func aThrownLoadErrorIsCaughtAsAReproError() {
        do {
            throw LoadError(file: "t.json", key: "sh", reason: "expected an object")
        } catch let error as any ReproError {
            #expect(error.line == "t.json, key 'sh': expected an object")
        } catch {
            Issue.record("not a ReproError: \(error)")
        }
    }
}
