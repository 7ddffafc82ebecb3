import Foundation

/// An operator cost model: a fixed launch overhead per operator, GEMM work at a
/// measured rate, and memory traffic at a measured rate.
///
/// TASO measures every operator once on the GPU and sums them; here the three
/// rates are measured once on this machine with our BLAS kernels
/// (``calibrated(repeats:)``), then every operator's cost is computed from its
/// shapes, so the estimate is deterministic given the calibration. Slices are views
/// (row ranges of a row-major matrix) and cost only the overhead; operators that
/// depend only on weights are folded before running and cost nothing.
public struct CostModel: Hashable, Sendable, Codable {
    /// Seconds per operator launch.
    public var overhead: Double
    /// GEMM floating-point operations per second.
    public var flopsPerSecond: Double
    /// Doubles read or written per second by memory-bound kernels.
    public var elementsPerSecond: Double

    /// Creates a model from its three rates.
    public init(overhead: Double, flopsPerSecond: Double, elementsPerSecond: Double) {
        self.overhead = overhead
        self.flopsPerSecond = flopsPerSecond
        self.elementsPerSecond = elementsPerSecond
    }

    /// A fixed model for tests: 5 µs per launch, 10 GFLOP/s, 1 G elements/s.
    public static let reference = CostModel(overhead: 5e-6, flopsPerSecond: 1e10, elementsPerSecond: 1e9)

    /// The cost in ms of node `index` of `graph` with precomputed shapes and constants.
    public func milliseconds(of node: Node, shapes: [TensorShape], index: Int, constant: Bool) -> Double {
        if node.op.isSource || constant { return 0 }
        let s = node.inputs.map { shapes[$0] }
        let out = shapes[index]
        var flops = 0.0, elements = 0.0
        switch node.op {
        case let .conv(k, _):
            flops = 2 * Double(out.rows) * Double(s[0].cols) * Double(out.cols)
            elements = Double(s[1].count * (k == 1 ? 1 : 2 * k * k) + out.count)
        case .matmul:
            flops = 2 * Double(s[0].rows) * Double(s[0].cols) * Double(s[1].cols)
            elements = Double(s[1].count + out.count)
        case .add: elements = Double(3 * out.count)
        case .relu, .identity, .softmax, .transpose: elements = Double(2 * out.count)
        case .concat: elements = Double(2 * out.count)
        case .slice, .input, .weight, .enlarge: elements = 0
        }
        return (overhead + flops / flopsPerSecond + elements / elementsPerSecond) * 1000
    }

    /// The estimated runtime of `graph` in ms: the sum over its operators.
    public func milliseconds(_ graph: Graph) -> Double {
        guard let shapes = try? graph.shapes() else { return .infinity }
        let constant = graph.isConstant
        var total = 0.0
        for (index, node) in graph.nodes.enumerated() {
            total += milliseconds(of: node, shapes: shapes, index: index, constant: constant[index])
        }
        return total
    }
}

extension CostModel {
    /// Measures the three rates with our kernels: a 1 × 1 GEMM for the overhead, a
    /// 256³ GEMM for the FLOP rate, a 1 M-element copy-and-max for memory; each the
    /// median of `repeats` timings.
    public static func calibrated(repeats: Int = 15) -> CostModel {
        func median(_ body: () -> Void) -> Double {
            var times: [Double] = []
            for _ in 0..<max(1, repeats) {
                let start = DispatchTime.now().uptimeNanoseconds
                body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            return times.sorted()[times.count / 2]
        }
        let tiny = [1.0]
        let overhead = median { _ = Kernels.gemm(tiny, tiny, m: 1, k: 1, n: 1) }
        let n = 256
        let a = [Double](repeating: 0.5, count: n * n)
        let gemm = median { _ = Kernels.gemm(a, a, m: n, k: n, n: n) }
        let big = [Double](repeating: -0.5, count: 1 << 20)
        let copy = median { _ = big.map { max($0, 0) } }
        return CostModel(overhead: max(overhead, 1e-7),
                         flopsPerSecond: 2 * Double(n * n * n) / max(gemm - overhead, 1e-9),
                         elementsPerSecond: 2 * Double(big.count) / max(copy - overhead, 1e-9))
    }
}
