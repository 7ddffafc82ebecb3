extension TRAILS {
    /// A dataset of the TRAILS evaluation: three tabular (DNN search space) and three
    /// image (NAS-Bench-201) ones.
    public enum Dataset: String, Sendable, Codable, CaseIterable, Hashable {
        case frappe
        case uciDiabetes = "uci_diabetes"
        case criteo
        case cifar10
        case cifar100
        case imageNet16 = "ImageNet16-120"

        /// The spelling used in the released file names.
        public var fileStem: String { rawValue }

        /// The short name the paper's figures use.
        public var displayName: String {
            switch self {
            case .frappe: "Frappe"
            case .uciDiabetes: "Diabetes"
            case .criteo: "Criteo"
            case .cifar10: "C10"
            case .cifar100: "C100"
            case .imageNet16: "IN-16"
            }
        }

        /// Whether it is a tabular dataset (AUC in [0, 1]) rather than an image one (accuracy in %).
        public var isTabular: Bool {
            switch self {
            case .frappe, .uciDiabetes, .criteo: true
            case .cifar10, .cifar100, .imageNet16: false
            }
        }

        /// The metric of the released values: `AUC` or `Test accuracy (%)`.
        public var metricName: String { isTabular ? "AUC" : "Test accuracy (%)" }
    }
}
