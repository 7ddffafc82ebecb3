/// The hidden-layer widths of a TRAILS MLP, written like `"128-64-256-32"`.
public struct MLPArchitecture: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The hidden widths, input side first.
    public let widths: [Int]

    /// The 20 widths of the frappe and uci_diabetes search spaces.
    public static let tabularChoices = [8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 384, 512]
    /// The 10 widths of the criteo search space.
    public static let criteoChoices = [8, 16, 32, 48, 96, 112, 144, 176, 240, 384]

    /// Creates an architecture from positive widths.
    public init(widths: [Int]) throws(NumericsError) {
        guard !widths.isEmpty, widths.allSatisfy({ $0 > 0 }) else {
            throw NumericsError("architecture \(widths)", "widths must be positive and non-empty")
        }
        self.widths = widths
    }

    /// Parses `"128-64-256-32"`.
    public init(_ text: String) throws(NumericsError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        var widths: [Int] = []
        for part in parts {
            guard let w = Int(part), w > 0 else {
                throw NumericsError("architecture '\(text)'", "'\(part)' is not a positive width")
            }
            widths.append(w)
        }
        try self.init(widths: widths)
    }

    /// `"128-64-256-32"`.
    public var description: String { widths.map(String.init).joined(separator: "-") }

    /// Orders lexicographically by widths.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.widths.lexicographicallyPrecedes(rhs.widths) }
}
