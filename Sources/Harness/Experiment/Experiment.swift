/// One figure or table of a paper, reproduced end to end.
///
/// An experiment is a namespace of static members: it says what it reproduces
/// (``info``), what its settings are at each ``Scale`` (``defaultConfig(for:)``),
/// which data files it reads (``inputs(for:)``), and how it computes its
/// artifacts and numbers (``run(config:context:)``). It holds no engine code:
/// the computing is done by the engine modules it imports.
///
/// ```swift
/// public enum TrailsFigure9: Experiment {
///     public struct Config: ExperimentConfig { public var runs = 100 }
///     public static let info = ExperimentInfo(
///         id: "trails/figure9", title: "Refinement micro-benchmark",
///         reproduces: "Figure 9", order: 9)
///     public static func defaultConfig(for scale: Scale) -> Config { ... }
///     public static func inputs(for config: Config) -> [DataInput] { ... }
///     public static func run(config: Config, context: RunContext) throws -> RunResult { ... }
/// }
/// ```
public protocol Experiment: Sendable {
    /// The experiment's settings; every field must have a default per scale.
    associatedtype Config: ExperimentConfig

    /// Identity and place in the paper.
    static var info: ExperimentInfo { get }

    /// The scale `make all` runs when no scale is given.
    ///
    /// Paper scale unless the experiment needs hours; such an experiment says so
    /// in ``ExperimentInfo/note``.
    static var defaultScale: Scale { get }

    /// The settings used at `scale` before any `--set` override.
    static func defaultConfig(for scale: Scale) -> Config

    /// The data files read by a run with `config`, relative to the data root; none unless
    /// declared (a run that reads an undeclared file fails, so nothing is read unhashed).
    static func inputs(for config: Config) -> [DataInput]

    /// Ids of experiments whose outputs this one reads (through
    /// ``RunContext/upstreamArtifact(of:named:)``); they run first, at the same scale.
    static var upstream: [String] { get }

    /// Valid ranges of numeric config keys (dotted paths) that a `--set` value must fall in;
    /// keys not listed get ``ConfigCoding/defaultRange(forDefault:)``.
    static var configRanges: [String: ClosedRange<Double>] { get }

    /// List-valued config keys (dotted paths) that a `--set` may not empty, e.g. the
    /// datasets or seeds an experiment's figure and numbers are made of.
    static var nonEmptyKeys: Set<String> { get }

    /// Checks a config once its `--set` overrides are applied, before upstream experiments run
    /// or inputs are read: settings that must agree with each other, or names the experiment
    /// must know. Throws a one-line error (``HarnessError/badOverride(_:)`` written `key: reason`,
    /// or an engine's own, such as an unknown name); the runner prefixes the experiment's id
    /// and records the refusal.
    static func validate(_ config: Config) throws

    /// Computes the experiment, writing artifacts through `context`.
    static func run(config: Config, context: RunContext) throws -> RunResult
}

extension Experiment {
    /// Paper scale.
    public static var defaultScale: Scale { .paper }

    /// No upstream experiments.
    public static var upstream: [String] { [] }

    /// No ranges beyond the default ones.
    public static var configRanges: [String: ClosedRange<Double>] { [:] }

    /// Every list may be emptied.
    public static var nonEmptyKeys: Set<String> { [] }

    /// Every config that passes the `--set` checks is valid.
    public static func validate(_ config: Config) throws {}

    /// No data files.
    public static func inputs(for config: Config) -> [DataInput] { [] }

    /// The inputs of the default config at `scale`.
    public static func declaredInputs(at scale: Scale) -> [DataInput] {
        inputs(for: defaultConfig(for: scale))
    }
}

/// The settings of an experiment: a JSON-coded value that can be overridden
/// key by key from the command line (`--set key=value`).
public typealias ExperimentConfig = Codable & Sendable & Equatable

/// Settings that are the same at every scale: their defaults are the field initialisers,
/// and an experiment whose `Config` conforms needs no ``Experiment/defaultConfig(for:)``.
public protocol ScaleFreeConfig: ExperimentConfig {
    /// The settings with every field at its default.
    init()
}

extension Experiment where Config: ScaleFreeConfig {
    /// The field defaults, at every scale.
    public static func defaultConfig(for scale: Scale) -> Config { Config() }
}

/// How much work a run does.
public enum Scale: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// Seconds: used by tests and CI. Claims are not judged.
    case smoke
    /// The full reproduction, at the paper's settings. Claims are judged.
    case paper

    public var description: String { rawValue }
}

/// What an experiment reproduces and where it sits in its paper.
public struct ExperimentInfo: Sendable, Hashable, Codable {
    /// Stable id, `<paper>/<name>`, e.g. `trails/figure9`; also its folder under `experiments/`.
    public var id: String
    /// A short human title.
    public var title: String
    /// The figure or table of the paper, e.g. `Figure 9` or `Table 3`.
    public var reproduces: String
    /// Position among the paper's experiments on the site (paper order).
    public var order: Int
    /// Anything a reader should know up front (cost, what differs from the paper).
    public var note: String?
    /// False for an experiment whose outputs contain wall-clock measurements of
    /// this machine; every other experiment gives byte-identical SVG and CSV
    /// from the same inputs, which the tests check.
    public var deterministic: Bool

    /// Creates the description of experiment `id` (`<paper>/<name>`).
    public init(
        id: String, title: String, reproduces: String,
        order: Int = 0, note: String? = nil, deterministic: Bool = true
    ) {
        self.id = id
        self.title = title
        self.reproduces = reproduces
        self.order = order
        self.note = note
        self.deterministic = deterministic
    }

    /// The paper id, the first component of ``id``, e.g. `trails`.
    public var paper: String {
        String(id.prefix { $0 != "/" })
    }

    /// The part of ``id`` after the paper, e.g. `figure9`.
    public var name: String {
        id.split(separator: "/").dropFirst().joined(separator: "/")
    }
}
