/// Sparse tabular data in the libsvm format: `label id:value id:value ...`, one row a line.
///
/// ``LibSVMDataset`` holds a data set with a fixed number of `id:value` pairs per row, packed
/// by column, as TRAILS's frappe, uci_diabetes and criteo files are; ``LibSVMReader`` streams a
/// file line by line and ``LoadError`` names the file and line of a malformed input. This is
/// a foundation module: it imports nothing of the project, so the engines that train on sparse
/// rows (Numerics, TabularStore) need no paper loader.
public enum SparseData {}
