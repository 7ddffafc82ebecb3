import CBLAS

/// The number of threads OpenBLAS uses, fixed so that results repeat bit for bit.
///
/// OpenBLAS splits a product across threads without splitting its inner sums,
/// so a fixed thread count gives identical results run after run. Call
/// `BLASThreads.set(_:)` once at start-up (the CLI does).
public enum BLASThreads {
    /// Sets the OpenBLAS thread count (values below 1 are treated as 1).
    public static func set(_ count: Int) {
        openblas_set_num_threads(Int32(max(1, count)))
    }

    /// The OpenBLAS thread count now in effect.
    public static var current: Int {
        Int(openblas_get_num_threads())
    }
}
