/// The results database: every run, its provenance and its numbers, in SQLite through GRDB.
///
/// ``ResultStore`` records each run (experiment, scale, cache key, config, input digests, code
/// version, platform, log, wall time, status) and the numbers it produced, and answers what the
/// CLI and the site ask: the latest run of an experiment, its history, the cached run for a key.
/// It imports only Harness and Diagnostics (for ``StoreError``).
