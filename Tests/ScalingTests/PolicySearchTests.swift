import Randomness
import Testing

@testable import Scaling

struct PolicySearchTests {
    @Test func toyEnvironmentMatchesTheProject() {
        let env = ToyScalingEnvironment()
        #expect(abs(env.accuracy(ScalingState(width: 0.5, depth: 0.3, resolution: 0)) - 1) < 1e-6)
        let measured = env.constraints(ScalingState(width: 0.7, depth: 0.6, resolution: 0))
        #expect(measured.memory == Double(Float(0.7)))
        // Hand-checked: at (0.8, 0.3): 1 − (0.3 + 0.3 + 0) / 2 = 0.7.
        #expect(abs(env.accuracy(ScalingState(width: 0.8, depth: 0.3, resolution: 0)) - 0.7) < 1e-6)
    }

    @Test func contractionStopsAtPointSeven() throws {
        let start = try #require(PolicyScalingSearch.contract(
            ScalingState(width: 2, depth: 2, resolution: 0), in: ToyScalingEnvironment()))
        #expect(abs(start.width - 0.7) < 1e-5 && abs(start.depth - 0.7) < 1e-5)
        #expect(ToyScalingEnvironment().constraints(start).latency < 1)
        // Nothing is feasible under a zero latency bound.
        #expect(PolicyScalingSearch.contract(ScalingState(width: 1, depth: 1, resolution: 8),
                                             in: ToyScalingEnvironment(latencyBound: 0)) == nil)
    }

    @Test func reinforceRaisesTheProbabilityOfRewardedActions() {
        var generator = SeededGenerator(seed: 3)
        var policy = PolicyNetwork(hidden: 16, learningRate: 1e-2, generator: &generator)
        let observation = [0.7, 0.7, 0.0]
        let before = policy.probabilities(observation)
        for _ in 0..<20 { policy.reinforce([(observation, [0, 2, 1], 1.0)]) }
        let after = policy.probabilities(observation)
        #expect(after[0][0] > before[0][0] && after[1][2] > before[1][2] && after[2][1] > before[2][1])
        var punished = PolicyNetwork(hidden: 16, learningRate: 1e-2, generator: &generator)
        let start = punished.probabilities(observation)
        for _ in 0..<20 { punished.reinforce([(observation, [0, 2, 1], -1.0)]) }
        #expect(punished.probabilities(observation)[0][0] < start[0][0])
    }

    @Test func searchIsDeterministicAndImproves() throws {
        var settings = PolicyScalingSearch.Settings()
        settings.epochs = 4
        settings.updateSteps = 5
        settings.batchSize = 32
        settings.hidden = 16
        let search = PolicyScalingSearch(settings: settings)
        let start = ScalingState(width: 2, depth: 2, resolution: 0)
        let a = try #require(search.run(from: start, in: ToyScalingEnvironment(), seed: 11))
        let b = try #require(search.run(from: start, in: ToyScalingEnvironment(), seed: 11))
        #expect(a == b)
        #expect(a.bestAccuracy > ToyScalingEnvironment().accuracy(a.start))
        #expect(a.trace == a.trace.sorted())
        #expect(ToyScalingEnvironment().isFeasible(a.best))
    }
}
