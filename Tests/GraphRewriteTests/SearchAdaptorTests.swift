import Search
import Testing

@testable import GraphRewrite

struct SearchAdaptorTests {
    @Test func backtrackingFusesEverythingOnASmallGraph() {
        let graph = GraphBuilder.squeezenet(fires: 2, squeeze: 4, expand: 8, size: 6)
        let system = GraphRewriteSystem(costModel: .reference, start: graph)
        let result = CostBasedBacktracking(alpha: 1.0, iterations: 50).run(system: system, from: graph)
        #expect(result.bestCost < result.initialCost)
        // Every conv + relu pair is fused in the best graph.
        #expect(result.best.matches(of: .fuseConvRelu).isEmpty)
    }

    @Test func agentIsDeterministicAndNeverWorsensTheBest() {
        let graph = GraphBuilder.bert(layers: 1, hidden: 8, tokens: 6)
        let system = GraphRewriteSystem(costModel: .reference, start: graph)
        var settings = RewriteAgent.Settings()
        settings.episodes = 20
        settings.maxSteps = 8
        let a = RewriteAgent(settings: settings).run(system: system, from: graph, seed: 3)
        let b = RewriteAgent(settings: settings).run(system: system, from: graph, seed: 3)
        #expect(a == b)
        #expect(a.bestCost <= system.cost(of: graph))
        #expect(a.bestCostPerEpisode == a.bestCostPerEpisode.sorted(by: >))
    }

    @Test func agentReportsTheGreedyGraphItBuilt() {
        let graph = GraphBuilder.bert(layers: 1, hidden: 8, tokens: 6)
        let system = GraphRewriteSystem(costModel: .reference, start: graph)
        var settings = RewriteAgent.Settings()
        settings.episodes = 20
        settings.maxSteps = 8
        let outcome = RewriteAgent(settings: settings).run(system: system, from: graph, seed: 3)
        #expect(system.cost(of: outcome.greedy) == outcome.greedyCost)
        #expect(outcome.bestCost <= outcome.greedyCost)
    }

    @Test func operatorCapDropsOversizedSuccessors() {
        let graph = GraphBuilder.bert(layers: 1, hidden: 8, tokens: 6)
        var system = GraphRewriteSystem(costModel: .reference, start: graph)
        system.operatorCap = graph.runtimeOperatorCount
        // Merging matmuls adds slices: over the cap, so those successors are dropped.
        #expect(system.rewrites(of: graph).allSatisfy { $0.runtimeOperatorCount <= graph.runtimeOperatorCount })
    }
}
