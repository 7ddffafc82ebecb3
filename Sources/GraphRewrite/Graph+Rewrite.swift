extension Graph {
    /// Every place `rule` applies, in node order.
    public func matches(of rule: RewriteRule) -> [RewriteMatch] {
        let readers = consumers
        let constant = isConstant
        let isOutput = Set(outputs)
        let shapes = (try? self.shapes()) ?? []
        var found: [[Int]] = []
        func soleReader(_ index: Int) -> Bool { readers[index].count == 1 && !isOutput.contains(index) }
        for (index, node) in nodes.enumerated() {
            switch (rule, node.op) {
            case (.fuseConvRelu, .relu), (.fuseMatmulRelu, .relu), (.fuseAddRelu, .relu):
                let source = node.inputs[0]
                guard soleReader(source) else { continue }
                switch (rule, nodes[source].op) {
                case (.fuseConvRelu, .conv(_, false)), (.fuseMatmulRelu, .matmul(false)), (.fuseAddRelu, .add(false)):
                    found.append([index, source])
                default: continue
                }
            case (.enlargeConv, .conv(1, _)):
                let x = node.inputs[1]
                let hasWideSibling = readers[x].contains { other in
                    if case .conv(let k, _) = nodes[other].op, k > 1, nodes[other].inputs[1] == x { return true }
                    return false
                }
                if hasWideSibling && constant[node.inputs[0]] { found.append([index]) }
            case (.eliminateIdentity, .identity):
                found.append([index])
            case (.eliminateIdentity, .slice(let start, let end)):
                if start == 0, shapes.count == nodes.count, end == shapes[node.inputs[0]].rows { found.append([index]) }
            case (.eliminateConcatOfSlices, .concat):
                let (a, b) = (node.inputs[0], node.inputs[1])
                if case let .slice(_, e0) = nodes[a].op, case let .slice(s1, _) = nodes[b].op,
                   e0 == s1, nodes[a].inputs[0] == nodes[b].inputs[0] {
                    found.append([index])
                }
            default:
                continue
            }
        }
        if rule == .mergeConvs || rule == .mergeMatmuls { found = mergePairs(rule, constant: constant, readers: readers) }
        return found.map { RewriteMatch(rule: rule, nodes: $0) }
    }

    /// Pairs (a, b), a < b, of same-kind operators reading the same right operand with
    /// constant left operands.
    private func mergePairs(_ rule: RewriteRule, constant: [Bool], readers: [[Int]]) -> [[Int]] {
        var pairs: [[Int]] = []
        for (x, xReaders) in readers.enumerated() {
            let candidates = xReaders.filter { index in
                let node = nodes[index]
                guard node.inputs.count == 2, node.inputs[1] == x, constant[node.inputs[0]] else { return false }
                switch (rule, node.op) {
                case (.mergeConvs, .conv), (.mergeMatmuls, .matmul): return true
                default: return false
                }
            }.sorted()
            for (i, a) in candidates.enumerated() {
                for b in candidates[(i + 1)...] where nodes[a].op == nodes[b].op { pairs.append([a, b]) }
            }
        }
        return pairs.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// All matches of every rule, rules in declaration order.
    public func allMatches(rules: [RewriteRule] = RewriteRule.allCases) -> [RewriteMatch] {
        rules.flatMap { matches(of: $0) }
    }

    /// The graph after applying `match` (which must come from ``matches(of:)`` on this graph).
    public func applying(_ match: RewriteMatch) -> Graph {
        var nodes = self.nodes
        var outputs = self.outputs
        func redirect(_ from: Int, to target: Int) {
            for i in nodes.indices { nodes[i].inputs = nodes[i].inputs.map { $0 == from ? target : $0 } }
            outputs = outputs.map { $0 == from ? target : $0 }
        }
        let first = match.nodes[0]
        switch match.rule {
        case .fuseConvRelu, .fuseMatmulRelu, .fuseAddRelu:
            let source = nodes[match.nodes[1]]
            switch source.op {
            case let .conv(k, _): nodes[first] = Node(.conv(kernel: k, relu: true), source.inputs)
            case .matmul: nodes[first] = Node(.matmul(relu: true), source.inputs)
            case .add: nodes[first] = Node(.add(relu: true), source.inputs)
            default: break
            }
        case .enlargeConv:
            guard case let .conv(_, relu) = nodes[first].op else { break }
            nodes.append(Node(.enlarge(kernel: 3), [nodes[first].inputs[0]]))
            nodes[first] = Node(.conv(kernel: 3, relu: relu), [nodes.count - 1, nodes[first].inputs[1]])
        case .mergeConvs, .mergeMatmuls:
            let (a, b) = (match.nodes[0], match.nodes[1])
            guard let shapes = try? self.shapes() else { break }
            let (rowsA, rowsB) = (shapes[a].rows, shapes[b].rows)
            nodes.append(Node(.concat, [nodes[a].inputs[0], nodes[b].inputs[0]]))
            nodes.append(Node(nodes[a].op, [nodes.count - 1, nodes[a].inputs[1]]))
            let merged = nodes.count - 1
            nodes[a] = Node(.slice(start: 0, end: rowsA), [merged])
            nodes[b] = Node(.slice(start: rowsA, end: rowsA + rowsB), [merged])
        case .eliminateIdentity:
            redirect(first, to: nodes[first].inputs[0])
        case .eliminateConcatOfSlices:
            let (a, b) = (nodes[nodes[first].inputs[0]], nodes[nodes[first].inputs[1]])
            guard case let .slice(start, _) = a.op, case let .slice(_, end) = b.op else { break }
            let source = a.inputs[0]
            if start == 0, let rows = try? self.shapes()[source].rows, end == rows {
                redirect(first, to: source)
            } else {
                nodes[first] = Node(.slice(start: start, end: end), [source])
            }
        }
        return Graph(nodes: nodes, outputs: outputs)
    }

    /// Every graph one rewrite away, in match order.
    public func successors(rules: [RewriteRule] = RewriteRule.allCases) -> [Graph] {
        allMatches(rules: rules).map { applying($0) }
    }

    /// Number of places each rule applies.
    public func locationCounts(rules: [RewriteRule] = RewriteRule.allCases) -> [RewriteRule: Int] {
        Dictionary(uniqueKeysWithValues: rules.map { ($0, matches(of: $0).count) })
    }
}
