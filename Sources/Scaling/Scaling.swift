/// Latency and memory of scaled networks and the RL search over their width, depth and resolution.
///
/// ``ScaledNetwork`` applies (width, depth, resolution) multipliers to a PreActResNet18;
/// ``LatencyModel`` and ``LatencyPredictor`` estimate its latency on a device from per-block
/// tables, ``MemoryModel`` its peak memory; ``ScalingEnvironment`` turns device bounds into a
/// reward and ``PolicyScalingSearch`` searches it with a policy network (``PolicyNetwork``).
