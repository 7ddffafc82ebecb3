/// A graph substitution, in the spirit of TASO's built-in xfers.
public enum RewriteRule: String, CaseIterable, Hashable, Sendable, Codable {
    /// relu(conv(W, x)) → conv+relu(W, x), when the convolution has no other reader.
    case fuseConvRelu
    /// relu(matmul(a, b)) → matmul+relu(a, b), likewise.
    case fuseMatmulRelu
    /// relu(add(a, b)) → add+relu(a, b), likewise.
    case fuseAddRelu
    /// conv1x1(W, x) → conv3x3(enlarge(W), x) when a 3 × 3 convolution also reads x
    /// (costs more alone, but lets the two merge).
    case enlargeConv
    /// conv(W₁, x), conv(W₂, x) → rows of conv(concat(W₁, W₂), x).
    case mergeConvs
    /// matmul(W₁, x), matmul(W₂, x) → rows of matmul(concat(W₁, W₂), x).
    case mergeMatmuls
    /// identity(x) → x, and a slice of all rows → x.
    case eliminateIdentity
    /// concat(slice(m, a..<b), slice(m, b..<c)) → slice(m, a..<c) (→ m when whole).
    case eliminateConcatOfSlices
}

/// One place a rule applies: the rule and the nodes it matched.
public struct RewriteMatch: Hashable, Sendable {
    /// The rule.
    public var rule: RewriteRule
    /// The matched nodes (rule-specific order).
    public var nodes: [Int]
}
