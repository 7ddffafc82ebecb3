/// One categorical decision of a ``CategoricalSpace``: a name and its option labels.
public struct CategoricalDecision: Hashable, Sendable {
    /// The decision's name, e.g. `layer1_width`.
    public var name: String
    /// A label per option, e.g. `["8", "16", "24"]`; the option index is the position.
    public var options: [String]

    /// Creates a decision with labelled options.
    public init(name: String, options: [String]) {
        self.name = name
        self.options = options
    }

    /// Creates a decision whose options are labelled by the given values.
    public init<Value: CustomStringConvertible>(name: String, values: [Value]) {
        self.init(name: name, options: values.map(\.description))
    }

    /// Creates a decision with `count` options labelled `0 ..< count`.
    public init(name: String, count: Int) {
        self.init(name: name, options: (0..<max(count, 0)).map(String.init))
    }
}
