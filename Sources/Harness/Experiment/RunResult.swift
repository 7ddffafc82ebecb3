/// What a run hands back besides the files it wrote.
public struct RunResult: Sendable, Codable, Equatable {
    /// Named numbers the run computed; claims are judged against these keys.
    public var numbers: [String: Double]
    /// Short remarks for the site, e.g. how the data differs from the paper's.
    public var notes: [String]

    /// Creates a result.
    public init(numbers: [String: Double] = [:], notes: [String] = []) {
        self.numbers = numbers
        self.notes = notes
    }
}
