#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What identifies one version of a file without reading it: size, modification and change
/// times (nanoseconds), and inode. A remembered digest is reused only while all four match, so
/// an edit that keeps size and modification time (or a file replaced by another) is re-hashed.
public struct FileStamp: Sendable, Equatable, Hashable {
    /// Size in bytes.
    public var bytes: Int64
    /// Modification time, nanoseconds since 1970.
    public var modifiedNanoseconds: Int64
    /// Inode number.
    public var inode: UInt64
    /// Status change time (`ctime`), nanoseconds since 1970.
    public var changedNanoseconds: Int64

    /// The stamp of the file at `url`, nil when there is none.
    public static func of(_ url: URL) -> FileStamp? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        func nanoseconds(_ time: timespec) -> Int64 { Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) }
        return FileStamp(
            bytes: Int64(info.st_size), modifiedNanoseconds: nanoseconds(info.st_mtim), inode: UInt64(info.st_ino),
            changedNanoseconds: nanoseconds(info.st_ctim))
    }
}
