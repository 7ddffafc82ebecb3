import Search

extension AnytimeSimulation {
    /// Predicted seconds of scoring `scored` models and refining `kept` of them with TRAILS's
    /// successive halving from `minimumFidelity` epochs (capped at `maxEpochs`), with this
    /// simulation's t1 and t2: the latency of one selection on one device.
    public func predictedLatency(scored: Int, kept: Int, minimumFidelity: Int, maxEpochs: Int) -> (filtering: Double, refinement: Double) {
        let epochs = SuccessiveHalving.trails(maxFidelity: maxEpochs).plannedEpochs(candidates: kept, minimumFidelity: minimumFidelity)
        return (Double(scored) * scoringSeconds, Double(epochs) * epochSeconds)
    }
}
