extension TFMEM {
    /// JacFlow's benchmark form: (rank(NASWOT) + rank(SynFlow)) / N for each of N models.
    ///
    /// Ranks are 1-based in ascending score order (ties get their average rank), so a
    /// higher fused value is better, as in TRAILS `generate_global_rank`.
    public static func jacFlowRankFusion(naswot: [Double], synFlow: [Double]) throws(NumericsError) -> [Double] {
        guard naswot.count == synFlow.count else {
            throw NumericsError("JacFlow rank fusion", "\(naswot.count) NASWOT scores but \(synFlow.count) SynFlow scores")
        }
        let n = Double(naswot.count)
        let a = averageRanks(naswot), b = averageRanks(synFlow)
        return zip(a, b).map { ($0 + $1) / n }
    }

    /// 1-based ascending ranks with ties averaged (NaN sorts first).
    static func averageRanks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { (x[$0].isNaN ? -Double.infinity : x[$0], $0) < (x[$1].isNaN ? -Double.infinity : x[$1], $1) }
        var ranks = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            for k in i...j { ranks[order[k]] = Double(i + j + 2) / 2 }
            i = j + 1
        }
        return ranks
    }
}
