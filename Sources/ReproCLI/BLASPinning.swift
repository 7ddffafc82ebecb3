import Foundation
import Numerics

/// Pins the BLAS thread count for the whole process, so numerics repeat exactly.
enum BLASPinning {
    static func pin(threads: Int) {
        setenv("OPENBLAS_NUM_THREADS", String(threads), 1)
        BLASThreads.set(threads)
    }
}
