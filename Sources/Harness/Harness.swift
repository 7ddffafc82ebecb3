/// The experiment protocol, the runner and its content-hash cache, and claims.
///
/// An experiment is a type conforming to ``Experiment``: a config per scale, its declared
/// inputs, and a `run` that returns a ``RunResult`` of numbers and artifacts. ``Runner``
/// prepares a run (config overrides, input digests, the ``SourceFingerprint`` of the experiment
/// and the engines it reaches, the ``Platform``), serves it from the cache when its ``CacheKey``
/// is known, and otherwise runs it in a work folder and publishes the artifacts atomically.
/// ``Claim`` and ``ClaimFile`` judge the numbers against the paper's, with their evidence,
/// source and tolerance basis; ``Shard`` and ``SlurmJobArray`` split a run across a cluster.
/// It imports no engine.
///
/// The folders follow that order: `Experiment/` (the protocol, config overrides, the run
/// context and result), `Running/` (the runner, cache keys, source fingerprints, run records
/// and logs), `Claims/` (claims, their evidence, audit and `repro verify`), `Data/` (the data
/// root, manifests, digests and downloads), `Shards/` (shards and Slurm job arrays) and
/// `System/` (file locks, atomic writes and child processes).
