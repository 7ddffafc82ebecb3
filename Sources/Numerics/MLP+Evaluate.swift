import SparseData
import Statistics

/// Validation metrics of a network on a data set.
public struct Evaluation: Sendable, Equatable {
    /// ROC AUC of P(class 1).
    public var auc: Double
    /// Binary log-loss.
    public var logLoss: Double
    /// Accuracy at 0.5.
    public var accuracy: Double
}

extension MLP {
    /// P(class 1) for every row, BatchNorm in eval mode (running statistics).
    public func predict(_ data: LibSVMDataset, batchSize: Int = 1024) throws(NumericsError) -> [Double] {
        try validate(data, name: "predict")
        let workspace = Workspace<Float>(layout: layout, capacity: max(1, min(batchSize, data.count)))
        return predict(data, workspace: workspace)
    }

    func predict(_ data: LibSVMDataset, workspace: Workspace<Float>) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(data.count)
        var stats = runningStatistics
        parameters.withPointer { p in
            stats.withMutablePointer { s in
                var start = 0
                while start < data.count {
                    let end = min(data.count, start + workspace.capacity)
                    workspace.load(data, rows: start..<end, table: p)
                    workspace.forward(parameters: p, mode: .running, statistics: s)
                    out.append(contentsOf: workspace.positiveProbabilities())
                    start = end
                }
            }
        }
        return out
    }

    /// AUC, log-loss and accuracy on `data` (BatchNorm in eval mode).
    public func evaluate(_ data: LibSVMDataset, batchSize: Int = 1024) throws(NumericsError) -> Evaluation {
        let probabilities = try predict(data, batchSize: batchSize)
        return try Self.metrics(probabilities, data)
    }

    static func metrics(_ probabilities: [Double], _ data: LibSVMDataset) throws(NumericsError) -> Evaluation {
        let labels = data.labels.map { $0 > 0 }
        do {
            return Evaluation(
                auc: try ClassificationMetrics.rocAUC(scores: probabilities, labels: labels),
                logLoss: try ClassificationMetrics.logLoss(probabilities: probabilities, labels: labels),
                accuracy: try ClassificationMetrics.accuracy(probabilities: probabilities, labels: labels))
        } catch {
            throw NumericsError("evaluation", error.description)
        }
    }
}
