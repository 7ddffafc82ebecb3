import Testing

@testable import GraphRewrite

struct KernelTests {
    @Test func gemmMatchesHandProduct() {
        // [1 2; 3 4] · [5 6; 7 8] = [19 22; 43 50].
        #expect(Kernels.gemm([1, 2, 3, 4], [5, 6, 7, 8], m: 2, k: 2, n: 2) == [19, 22, 43, 50])
    }

    @Test func threeByThreeConvolutionWithSamePadding() {
        // One channel 2 × 2 image [1 2; 3 4], all-ones 3 × 3 kernel: each output sums the
        // whole image (every pixel is within one step of every other) = 10.
        let y = Kernels.conv([Double](repeating: 1, count: 9), [1, 2, 3, 4], out: 1, channels: 1, height: 2,
                             width: 2, kernel: 3)
        #expect(y == [10, 10, 10, 10])
    }

    @Test func enlargedWeightComputesTheSameConvolution() {
        let w = [0.5, -1.0]
        let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        let small = Kernels.conv(w, x, out: 1, channels: 2, height: 2, width: 2, kernel: 1)
        let big = Kernels.conv(Kernels.enlarge(w, out: 1, inputs: 2, kernel: 3), x, out: 1, channels: 2, height: 2,
                               width: 2, kernel: 3)
        #expect(small == big)
    }

    @Test func malformedGraphIsReported() {
        let graph = Graph(nodes: [Node(.weight(rows: 2, cols: 3, seed: 1)), Node(.weight(rows: 2, cols: 3, seed: 2)),
                                  Node(.matmul(relu: false), [0, 1])], outputs: [2])
        #expect(throws: GraphError.self) { try graph.shapes() }
    }
}
