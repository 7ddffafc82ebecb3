/// XGBoost's second-order leaf weight and gain with L1/L2 regularization.
///
/// For gradient sum G and hessian sum H: weight w = −T(G)/(H+λ) and score
/// T(G)²/(H+λ), with T(G) = sign(G)·max(|G|−α, 0); both are 0 when H < min_child_weight.
/// A split's gain is score(left) + score(right) − score(parent).
struct LeafScoring: Sendable {
    let lambda: Double
    let alpha: Double
    let minChildWeight: Double

    init(_ parameters: BoostingParameters) {
        lambda = parameters.lambda
        alpha = parameters.alpha
        minChildWeight = parameters.minChildWeight
    }

    @inline(__always) func thresholded(_ g: Double) -> Double {
        if g > alpha { return g - alpha }
        if g < -alpha { return g + alpha }
        return 0
    }

    /// The optimal (unshrunk) leaf weight.
    @inline(__always) func weight(_ g: Double, _ h: Double) -> Double {
        if h < minChildWeight || h <= 0 { return 0 }
        return -thresholded(g) / (h + lambda)
    }

    /// The structure score of a node.
    @inline(__always) func score(_ g: Double, _ h: Double) -> Double {
        if h < minChildWeight || h <= 0 { return 0 }
        let t = thresholded(g)
        return t * t / (h + lambda)
    }
}
