/// SQLite row tables, the TRAILS benchmark store and its builder, batch streams, in-DB timing.
///
/// ``RowTable`` loads libsvm rows into SQLite and streams batches from it; ``BenchmarkStore``
/// keeps a benchmark of trained architectures (each model's learning curve, training times and
/// TFMEM scores) and ``BenchmarkBuilder`` fills it, one architecture per worker, resumably and
/// identically for any number of workers; ``DatabasePathTiming`` times the in-database and
/// export-and-parse paths of Figure 8. Storage only: the selection methods simulated over a
/// stored benchmark live in Selection, which this module does not import.
