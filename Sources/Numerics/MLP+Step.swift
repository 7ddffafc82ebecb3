import SparseData

extension MLP {
    /// One optimisation step on `rows`: forward (batch statistics), loss, backward, clamp, Adam.
    ///
    /// Returns the mini-batch loss before the update.
    mutating func trainStep(
        rows: some Collection<Int>, data: LibSVMDataset, workspace: Workspace<Float>,
        gradients: inout [Float], adam: inout Adam, learningRate: Float, clamp: Float?
    ) -> Double {
        let count = parameters.count
        return parameters.withMutablePointer { p in
            runningStatistics.withMutablePointer { s in
                gradients.withMutablePointer { g in
                    workspace.load(data, rows: rows, table: p)
                    workspace.forward(parameters: p, mode: .batch(updateRunning: true), statistics: s)
                    let loss = workspace.softmaxCrossEntropy()
                    workspace.backward(parameters: p, gradients: g, inputGradient: true)
                    workspace.scatterAdd(into: g)
                    adam.update(p, gradients: g, count: count, learningRate: learningRate, clamp: clamp)
                    return loss
                }
            }
        }
    }
}
