/// A training-free model evaluation metric (TFMEM), scored on a freshly initialised network.
///
/// Every metric is computed on one mini-batch (TRAILS uses 32 rows) in Float64,
/// BatchNorm using batch statistics unless stated. "Linear weights" means the
/// five Linear weight matrices W_l (not the embedding, biases or BatchNorm).
/// Values are returned as defined (signed); TRAILS ranks by them with higher = better.
public enum TFMEM: String, CaseIterable, Sendable, Codable, Comparable {
    /// GradNorm = Σ_l ‖∂L/∂W_l‖_F, L the mean cross-entropy of the batch.
    case gradNorm = "grad_norm"
    /// SNIP = Σ_l Σ |W_l ⊙ ∂L/∂W_l|.
    case snip
    /// GraSP = −Σ_l Σ W_l ⊙ (H g)_l, g = ∂L/∂W (Linear weights), H the Hessian of L in
    /// those weights; Hg by central difference of gradients, (∇L(W+εĝ) − ∇L(W−εĝ))/(2ε) · ‖g‖
    /// with ĝ = g/‖g‖ and ε = 1e-5.
    case grasp
    /// Fisher = Σ_l in_l · Σ_c ½ · mean_n (a_{n,c} · ∂L/∂a_{n,c})², a_l the output of Linear layer l
    /// (the activation a zero-cost identity hook sees after each Linear) and in_l its fan-in
    /// (each channel's value counted once per weight of its row, as TRAILS sums it per weight).
    case fisher
    /// SynFlow = Σ_l Σ |W_l| ⊙ ∂R/∂|W_l|, R = Σ_{n,k} f(1)_{n,k}: all parameters replaced by
    /// their absolute values, BatchNorm removed, an all-ones batch (of the scoring batch's size)
    /// fed straight to the first Linear (embedding bypassed), Float64.
    case synFlow = "synflow"
    /// NASWOT = log|det K|, K_ij = N_A − Hamming(c_i, c_j), c_i ∈ {0,1}^{N_A} the ReLU on/off
    /// pattern of row i over all hidden units.
    case naswot
    /// jacob_cov = −Σ_i [log(λ_i + k) + 1/(λ_i + k)], k = 1e-5, λ the eigenvalues of the
    /// correlation matrix of the rows J_n = ∂(Σ_{m,k} f(x_m)_k)/∂x_n (x = the embedded input).
    case jacobCov = "jacob_cov"
    /// NTK condition number λ_max/λ_min of Θ = G Gᵀ, G_n row n's per-sample gradient of the Linear
    /// weights and biases in one backward pass of Σ_n f(x_n)[y_n] (the label's logit), as TRAILS hooks it.
    case ntkCondition = "ntk_cond"
    /// NTK trace = Σ λ(Θ) = Σ_n ‖G_n‖².
    case ntkTrace = "ntk_trace"
    /// Approximate NTK trace (NASI): ‖∂L/∂θ‖², the squared norm of the batch loss gradient over all parameters.
    case ntkTraceApprox = "ntk_trace_approx"
    /// Weight norm = Σ_l ‖W_l‖_F over the Linear weights.
    case weightNorm = "weight_norm"
    /// JacFlow (TRAILS, online form) = |SynFlow + NASWOT|, −∞ when NASWOT is −∞ (singular kernel;
    /// upstream's abs would give +∞ and rank it first). The benchmark's rank-fusion form is
    /// `TFMEM.jacFlowRankFusion(naswot:synFlow:)`.
    case jacFlow = "jacflow"
    /// ExpressFlow (ATLAS) = Σ_l w_l · width_l · Σ_{n,j} z_{l,nj} · |∂(Σ f)/∂z_{l,nj}|, on the SynFlow
    /// setting (|θ|, BN removed, all-ones input, Float64), z_l the ReLU output of hidden layer l,
    /// w_l = (1/τ_l)/Σ_k(1/τ_k), τ_l = ‖z_l(x+δ) − z_l(x)‖_F/ε with δ ~ N(0, ε²), ε = 1e-5.
    case expressFlow = "express_flow"

    /// Orders by declaration.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let all = Self.allCases
        return (all.firstIndex(of: lhs) ?? 0) < (all.firstIndex(of: rhs) ?? 0)
    }
}
