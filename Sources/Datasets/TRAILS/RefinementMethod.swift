extension TRAILS {
    /// A refinement algorithm of the micro-benchmark (the paper's Figure 9).
    public enum RefinementMethod: String, Sendable, Codable, CaseIterable, Hashable {
        /// Every candidate trained for the same number of epochs.
        case uniform
        /// Successive rejects.
        case successiveRejects = "sr"
        /// Successive halving (η = 3), the one TRAILS uses.
        case successiveHalving = "sh"

        /// The key in the released file.
        public var fileKey: String { rawValue }

        /// The legend label of the paper's figure.
        public var displayName: String {
            switch self {
            case .uniform: "UNIFORM"
            case .successiveRejects: "SUCCREJCT"
            case .successiveHalving: "SUCCHALF"
            }
        }

        /// The paper's legend order: UNIFORM, SUCCREJCT, SUCCHALF (= `allCases`).
        public static var paperOrder: [RefinementMethod] { allCases }
    }
}
