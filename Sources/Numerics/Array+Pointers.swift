extension Array {
    /// Calls `body` with a pointer to the elements (a valid dummy pointer when empty).
    @inline(__always)
    func withPointer<R>(_ body: (UnsafePointer<Element>) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { return try body(base) }
            let dummy = UnsafeMutablePointer<Element>.allocate(capacity: 1)
            defer { dummy.deallocate() }
            return try body(dummy)
        }
    }

    /// Calls `body` with a mutable pointer to the elements (a valid dummy pointer when empty).
    @inline(__always)
    mutating func withMutablePointer<R>(_ body: (UnsafeMutablePointer<Element>) throws -> R) rethrows -> R {
        try withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { return try body(base) }
            let dummy = UnsafeMutablePointer<Element>.allocate(capacity: 1)
            defer { dummy.deallocate() }
            return try body(dummy)
        }
    }
}
