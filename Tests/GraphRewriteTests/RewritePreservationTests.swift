import Randomness
import Testing

@testable import GraphRewrite

struct RewritePreservationTests {
    static let graphs: [(String, Graph)] = [
        ("resnet", GraphBuilder.resnet(blocks: 3, channels: [8, 16], size: 6)),
        ("squeezenet", GraphBuilder.squeezenet(fires: 2, squeeze: 4, expand: 8, size: 6)),
        ("bert", GraphBuilder.bert(layers: 2, hidden: 8, tokens: 6)),
    ]

    static func maxDifference(_ a: [[Double]], _ b: [[Double]]) -> Double {
        guard a.count == b.count else { return .infinity }
        var worst = 0.0
        for (x, y) in zip(a, b) {
            guard x.count == y.count else { return .infinity }
            for (u, v) in zip(x, y) { worst = max(worst, abs(u - v) / max(1, abs(u))) }
        }
        return worst
    }

    @Test(arguments: 0..<3)
    func everySingleRewritePreservesTheFunction(graphIndex: Int) throws {
        let (name, graph) = Self.graphs[graphIndex]
        let inputs = graph.randomInputs(seed: 7)
        let reference = try graph.evaluate(inputs: inputs)
        let matches = graph.allMatches()
        #expect(!matches.isEmpty, "\(name) has no rewrite locations")
        for match in matches {
            let rewritten = graph.applying(match)
            #expect(rewritten != graph, "\(name): \(match.rule) changed nothing")
            let difference = Self.maxDifference(reference, try rewritten.evaluate(inputs: inputs))
            #expect(difference < 1e-9, "\(name): \(match.rule) at \(match.nodes) changed outputs by \(difference)")
        }
    }

    @Test(arguments: 0..<3)
    func randomChainsOfRewritesPreserveTheFunction(graphIndex: Int) throws {
        let (name, graph) = Self.graphs[graphIndex]
        var generator = SeededGenerator(seed: UInt64(graphIndex) + 100)
        for chain in 0..<4 {
            let inputs = graph.randomInputs(seed: UInt64(chain))
            let reference = try graph.evaluate(inputs: inputs)
            var current = graph
            for _ in 0..<25 {
                let matches = current.allMatches()
                if matches.isEmpty { break }
                current = current.applying(matches[Int(generator.next() % UInt64(matches.count))])
            }
            let difference = Self.maxDifference(reference, try current.evaluate(inputs: inputs))
            #expect(difference < 1e-9, "\(name) chain \(chain): outputs changed by \(difference)")
        }
    }

    @Test func fusionAndMergingReduceTheReferenceCost() throws {
        let graph = GraphBuilder.squeezenet(fires: 1, squeeze: 4, expand: 8, size: 6)
        let model = CostModel.reference
        let fuse = try #require(graph.matches(of: .fuseConvRelu).first)
        #expect(model.milliseconds(graph.applying(fuse)) < model.milliseconds(graph))
        // Enlarging alone costs more: only backtracking (α > 1) or a later merge pays it back.
        let enlarge = try #require(graph.matches(of: .enlargeConv).first)
        #expect(model.milliseconds(graph.applying(enlarge)) > model.milliseconds(graph))
    }

    @Test func canonicalFormIgnoresNodeOrderAndDeadNodes() {
        let a = Graph(nodes: [Node(.input(channels: 2, height: 1, width: 2, index: 0)), Node(.relu, [0]),
                              Node(.identity, [1])], outputs: [2])
        let b = Graph(nodes: [Node(.identity, [2]), Node(.transpose, [2]), Node(.relu, [3]),
                              Node(.input(channels: 2, height: 1, width: 2, index: 0))], outputs: [0])
        #expect(a == b && a.nodes.count == 3)
    }

    @Test func locationCountsOnTheBuiltGraphs() {
        let squeeze = GraphBuilder.squeezenet(fires: 4).locationCounts()
        #expect(squeeze[.fuseConvRelu] == 13 && squeeze[.enlargeConv] == 4 && squeeze[.mergeConvs] == 0)
        let bert = GraphBuilder.bert(layers: 2).locationCounts()
        // Q, K, V read the same input: 3 pairs per layer.
        #expect(bert[.mergeMatmuls] == 6 && bert[.eliminateIdentity] == 2)
    }
}
