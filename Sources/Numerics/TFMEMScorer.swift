import Randomness
import SparseData

/// Scores one freshly initialised network on one mini-batch with any `TFMEM`.
///
/// ```swift
/// let scorer = try TFMEMScorer(model: model, batch: data.rows(in: 0..<32))
/// let jacflow = scorer.score(.jacFlow, generator: &generator)
/// ```
/// The network's weights are converted to Float64 once; each metric then runs
/// its own forward/backward passes (see `TFMEM` for the formulas).
public final class TFMEMScorer {
    /// The network being scored.
    public let model: MLP
    /// The scoring batch.
    public let batch: LibSVMDataset
    let layout: ParameterLayout
    var parameters: [Double]
    let workspace: Workspace<Double>
    /// The NTK condition number and trace, computed once for both metrics.
    var ntkCache: (condition: Double, trace: Double)?

    /// Prepares `model` for scoring on `batch` (≥ 2 rows).
    public init(model: MLP, batch: LibSVMDataset) throws(NumericsError) {
        try model.validate(batch, name: "TFMEM batch")
        guard batch.count >= 2 else { throw NumericsError("TFMEM batch", "needs at least 2 rows, got \(batch.count)") }
        self.model = model
        self.batch = batch
        self.layout = model.layout
        self.parameters = model.parameters.map(Double.init)
        self.workspace = Workspace<Double>(layout: model.layout, capacity: batch.count)
    }

    /// The value of `metric`; `generator` drives ExpressFlow's perturbation (others ignore it).
    public func score(_ metric: TFMEM, generator: inout SeededGenerator) -> Double {
        switch metric {
        case .gradNorm: gradNorm()
        case .snip: snip()
        case .grasp: grasp()
        case .fisher: fisher()
        case .synFlow: synFlow()
        case .naswot: naswot()
        case .jacobCov: jacobCov()
        case .ntkCondition: ntk().condition
        case .ntkTrace: ntk().trace
        case .ntkTraceApprox: ntkTraceApprox()
        case .weightNorm: weightNorm()
        case .jacFlow: jacFlow()
        case .expressFlow: expressFlow(generator: &generator)
        }
    }

    /// The NTK condition number and trace (cached).
    func ntk() -> (condition: Double, trace: Double) {
        if let cached = ntkCache { return cached }
        let value = ntkEigenvalues()
        ntkCache = value
        return value
    }

    /// |SynFlow + NASWOT|, or −∞ when the NASWOT kernel is singular (log|det K| = −∞).
    ///
    /// TRAILS' online evaluator would return |−∞| = +∞ there, ranking a degenerate
    /// network (e.g. identical activation codes for two rows) first; we rank it last.
    func jacFlow() -> Double {
        let n = naswot()
        guard n.isFinite else { return -.infinity }
        return abs(synFlow() + n)
    }

    /// Every metric in `metrics`, in order.
    public func scores(_ metrics: [TFMEM] = TFMEM.allCases, generator: inout SeededGenerator) -> [(metric: TFMEM, value: Double)] {
        metrics.map { ($0, score($0, generator: &generator)) }
    }

    /// Index ranges of the Linear weight matrices.
    var linearWeights: [Range<Int>] {
        layout.layers.map { $0.weight..<($0.weight + $0.inputs * $0.outputs) }
    }

    /// Forward pass on the batch with batch statistics (running statistics untouched).
    func forwardBatch(_ p: UnsafePointer<Double>) {
        workspace.load(batch, rows: 0..<batch.count, table: p)
        workspace.forward(parameters: p, mode: .batch(updateRunning: false), statistics: nil)
    }

    /// ∂L/∂θ for the mean cross-entropy L of the batch, at `parameters`.
    func lossGradient(_ params: [Double]? = nil) -> [Double] {
        var p = params ?? parameters
        var g = [Double](repeating: 0, count: p.count)
        p.withMutablePointer { pp in
            g.withMutablePointer { gp in
                forwardBatch(pp)
                workspace.softmaxCrossEntropy()
                workspace.backward(parameters: pp, gradients: gp, inputGradient: true)
                workspace.scatterAdd(into: gp)
            }
        }
        return g
    }
}

extension MLP {
    /// The value of `metric` for this network on `batch` (see `TFMEM`).
    public func score(_ metric: TFMEM, batch: LibSVMDataset, generator: inout SeededGenerator) throws(NumericsError) -> Double {
        try TFMEMScorer(model: self, batch: batch).score(metric, generator: &generator)
    }
}
