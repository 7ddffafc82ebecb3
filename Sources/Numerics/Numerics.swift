/// MLP training and training-free metrics (TFMEMs) on OpenBLAS, the engine under TRAILS.
///
/// ``MLP`` is the TRAILS model family (embedding, Linear–BatchNorm–ReLU layers, two logits),
/// trained by ``Trainer`` with cross-entropy, Adam, cosine annealing and gradient clamping, in
/// Float32 through OpenBLAS SGEMM with fixed thread counts (``BLASThreads``) so that training
/// repeats bit for bit. ``TFMEMScorer`` scores a freshly initialised network with every
/// ``TFMEM`` (GradNorm, SNIP, GraSP, Fisher, SynFlow, NASWOT, jacob_cov, the NTK metrics,
/// weight norm, JacFlow, ExpressFlow) in Float64, each checked against a PyTorch reference.
/// It trains on `SparseData`'s rows and imports no paper loader.
