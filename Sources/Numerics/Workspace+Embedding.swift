import SparseData

extension Workspace {
    /// Copies rows of `data` into the batch buffers and gathers their embeddings into `input`.
    ///
    /// input[r, f·E + k] = table[id(r,f)·E + k] · value(r,f).
    func load(_ data: LibSVMDataset, rows: some Collection<Int>, table: UnsafePointer<S>) {
        let fields = layout.fields
        var r = 0
        data.featureIDs.withUnsafeBufferPointer { allIDs in
            data.featureValues.withUnsafeBufferPointer { allValues in
                for row in rows {
                    for f in 0..<fields {
                        ids[r * fields + f] = allIDs[row * fields + f]
                        values[r * fields + f] = S(allValues[row * fields + f])
                    }
                    targets[r] = data.labels[row] > 0 ? 1 : 0
                    r += 1
                }
            }
        }
        count = r
        gather(table: table)
    }

    /// Embedding forward: input[r, f·E + k] = table[id·E + k] · value.
    func gather(table: UnsafePointer<S>) {
        let e = layout.embeddingSize
        let fields = layout.fields
        for i in 0..<(count * fields) {
            let source = table + Int(ids[i]) * e
            let target = input + i * e
            let v = values[i]
            for k in 0..<e { target[k] = source[k] * v }
        }
    }

    /// Embedding backward: grad[id·E + k] += inputGradient[r, f·E + k] · value (after zeroing the table gradient).
    func scatterAdd(into gradient: UnsafeMutablePointer<S>) {
        let e = layout.embeddingSize
        gradient.update(repeating: 0, count: layout.embeddingCount)
        for i in 0..<(count * layout.fields) {
            let target = gradient + Int(ids[i]) * e
            let source = inputGradient + i * e
            let v = values[i]
            for k in 0..<e { target[k] += source[k] * v }
        }
    }
}
