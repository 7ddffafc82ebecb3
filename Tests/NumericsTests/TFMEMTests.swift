import Foundation
import Randomness
import SparseData
import Testing
@testable import Numerics

/// The small fixed network and batch of `Sources/ReproBench/peers/numerics_tfmem_reference.py`.
///
/// fields 3, features 12, embedding 4, widths 6-5-7-4; flat parameter i = Float(0.6·sin(1.3i + 0.7)),
/// BN γ = Float(1 + 0.2·sin(i)); 8 rows with id(r,f) = 4f + (7r + 5f) mod 4,
/// value = 0.5 + 0.25·((r+f) mod 3), label = r mod 2.
private func referenceScorer() throws -> TFMEMScorer {
    var g = SeededGenerator(seed: 0)
    var model = MLP(architecture: try MLPArchitecture("6-5-7-4"), fields: 3, features: 12, embeddingSize: 4, generator: &g)
    let gammas = Set(model.layout.layers.filter(\.isHidden).flatMap { $0.gamma..<($0.gamma + $0.outputs) })
    for i in model.parameters.indices {
        let x = Double(i)
        model.parameters[i] = Float(gammas.contains(i) ? 1 + 0.2 * sin(x) : 0.6 * sin(1.3 * x + 0.7))
    }
    var ids: [Int32] = [], values: [Float] = [], labels: [Float] = []
    for r in 0..<8 {
        for f in 0..<3 {
            ids.append(Int32(4 * f + (7 * r + 5 * f) % 4))
            values.append(Float(0.5 + 0.25 * Double((r + f) % 3)))
        }
        labels.append(Float(r % 2))
    }
    let batch = try LibSVMDataset(fields: 3, labels: labels, featureIDs: ids, featureValues: values)
    return try TFMEMScorer(model: model, batch: batch)
}

/// Values printed by `numerics_tfmem_reference.py` (PyTorch 2.15 autograd, float64, BN in train mode;
/// GraSP with an exact double-backward Hessian-vector product; NumPy slogdet/eigvalsh/corrcoef).
private let references: [(TFMEM, Double, Double)] = [
    // metric, reference, relative tolerance
    (.gradNorm, 1.5948466023572627, 1e-9),
    (.snip, 2.0722506017241704, 1e-9),
    (.grasp, -0.08733001772984608, 1e-5),  // central difference vs exact Hessian-vector product
    (.fisher, 0.08719012520710287, 1e-9),
    (.weightNorm, 11.89716957103486, 1e-12),
    (.ntkTraceApprox, 1.1234020114881977, 1e-9),
    (.synFlow, 7314.724274647974, 1e-12),
    (.naswot, 15.26528287802442, 1e-12),
    (.jacFlow, 7329.989557525999, 1e-12),
    (.jacobCov, -599934.1974721048, 1e-5),  // dominated by 1/(λ+1e-5) of near-zero eigenvalues
    (.ntkCondition, 41.91383752427115, 1e-8),
    (.ntkTrace, 135.9227618441284, 1e-9),
]

@Test(arguments: references.map { $0.0 })
func matchesPyTorchReference(metric: TFMEM) throws {
    let scorer = try referenceScorer()
    var g = SeededGenerator(seed: 1)
    let value = scorer.score(metric, generator: &g)
    guard let (_, expected, tolerance) = references.first(where: { $0.0 == metric }) else { return }
    #expect(abs(value - expected) <= tolerance * abs(expected), "\(metric): \(value) vs \(expected)")
}

@Test func expressFlowMatchesPyTorchReferenceWithFixedPerturbation() throws {
    let scorer = try referenceScorer()
    let delta = (0..<(8 * 12)).map { 1e-5 * sin(0.37 * Double($0) + 0.2) }
    let value = scorer.expressFlow(perturbation: delta, epsilon: 1e-5)
    // numerics_tfmem_reference.py "express_flow"; τ is a 1e-5 difference, so agreement is ~1e-6.
    #expect(abs(value - 8434.489007337615) <= 1e-6 * 8434.489007337615, "\(value)")
}

@Test func jacFlowRankFusionAveragesRanks() throws {
    let fused = try TFMEM.jacFlowRankFusion(naswot: [3, 1, 2, 2], synFlow: [10, 30, 20, 40])
    // naswot ranks 4, 1, 2.5, 2.5; synflow ranks 1, 3, 2, 4; sum / 4.
    #expect(fused == [1.25, 1.0, 1.125, 1.625])
    #expect(throws: NumericsError.self) { try TFMEM.jacFlowRankFusion(naswot: [1], synFlow: []) }
}

private func frappeLikeBatch(seed: UInt64, rows: Int = 32) -> LibSVMDataset {
    var g = SeededGenerator(seed: seed)
    var ids: [Int32] = [], values: [Float] = [], labels: [Float] = []
    for r in 0..<rows {
        for f in 0..<10 { ids.append(Int32(f * 550 + Int(g.next() % 550))); values.append(1) }
        labels.append(Float(r % 2))
    }
    return (try? LibSVMDataset(fields: 10, labels: labels, featureIDs: ids, featureValues: values))
        ?? { preconditionFailure("batch") }()
}

/// Every metric is finite for every width of the TRAILS choice set (all four layers at that width,
/// and a mixed architecture), on a frappe-shaped batch of 32.
@Test(arguments: MLPArchitecture.tabularChoices)
func everyMetricIsFiniteOnEveryWidth(width: Int) throws {
    let batch = frappeLikeBatch(seed: 5)
    for widths in [[width, width, width, width], [width, 8, 512, width]] {
        var g = SeededGenerator(seed: UInt64(width))
        let model = MLP(architecture: try MLPArchitecture(widths: widths), fields: 10, features: 5500, generator: &g)
        let scorer = try TFMEMScorer(model: model, batch: batch)
        for metric in TFMEM.allCases where metric != .ntkCondition && metric != .ntkTrace || width <= 128 {
            let value = scorer.score(metric, generator: &g)
            #expect(value.isFinite, "\(widths) \(metric) = \(value)")
        }
    }
}

@Test func synFlowIgnoresTheInputBatch() throws {
    var g = SeededGenerator(seed: 3)
    let model = MLP(architecture: try MLPArchitecture("64-32-128-16"), fields: 10, features: 5500, generator: &g)
    let a = try model.score(.synFlow, batch: frappeLikeBatch(seed: 1), generator: &g)
    let b = try model.score(.synFlow, batch: frappeLikeBatch(seed: 2), generator: &g)
    let naswotA = try model.score(.naswot, batch: frappeLikeBatch(seed: 1), generator: &g)
    let naswotB = try model.score(.naswot, batch: frappeLikeBatch(seed: 2), generator: &g)
    #expect(a == b)
    #expect(naswotA != naswotB)  // the batch does matter where it should
}

@Test func naswotGrowsWithWidth() throws {
    let batch = frappeLikeBatch(seed: 9)
    var previous = -Double.infinity
    for width in [8, 32, 128, 512] {
        var g = SeededGenerator(seed: 4)
        let model = MLP(architecture: try MLPArchitecture(widths: [width, width, width, width]), fields: 10, features: 5500, generator: &g)
        let value = try model.score(.naswot, batch: batch, generator: &g)
        #expect(value > previous, "width \(width): \(value) ≤ \(previous)")
        previous = value
    }
}

@Test func scoresAreDeterministic() throws {
    let batch = frappeLikeBatch(seed: 9)
    func run() throws -> [Double] {
        var g = SeededGenerator(seed: 4)
        let model = MLP(architecture: try MLPArchitecture("48-96-24-16"), fields: 10, features: 5500, generator: &g)
        return try TFMEMScorer(model: model, batch: batch).scores(generator: &g).map(\.value)
    }
    #expect(try run() == run())
}
