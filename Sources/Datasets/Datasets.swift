/// Loaders for the papers' released data: one folder per paper, one type per file format.
///
/// Each loader reads one kind of released file (JSON results, CSV measurements, pickled or
/// digitised tables) into value types, and rejects malformed input with one line naming the
/// file and the place (the shared ``LoadError``). Loaders only read: aggregation, fitting and
/// simulation belong to the engines that use them. The shared formats live in `Formats/`:
/// ``CSVRecord`` for a CSV file with a header (one row, one value), and the JSON readers.
