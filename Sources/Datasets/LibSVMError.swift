/// A malformed libsvm input: the shared one-line ``DataLoadError`` naming the file, the
/// 1-based line (nil when the error concerns the whole file) and the reason.
public typealias LibSVMError = DataLoadError
