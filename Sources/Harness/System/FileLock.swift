#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An advisory lock on a file (`flock`), exclusive unless taken shared, held until ``release()`` or deinit.
///
/// Locks taken through separate opens conflict even inside one process, so two threads
/// and two processes are serialized alike. The kernel drops the lock when its holder dies.
public final class FileLock: @unchecked Sendable {
    private var descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// Takes the lock on `url` (created if needed), waiting for its holder; `onWait` is called
    /// once before waiting when another holder has it.
    public static func acquire(_ url: URL, onWait: () -> Void = {}) throws -> FileLock {
        let lock = try open(url)
        if flock(lock.descriptor, LOCK_EX | LOCK_NB) != 0 {
            onWait()
            while flock(lock.descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else { throw failure(url) }
            }
        }
        return lock
    }

    /// Takes a shared lock on `url`: any number of shared holders at once, none while an
    /// exclusive holder has it (and an exclusive taker waits for every shared holder).
    public static func acquireShared(_ url: URL, onWait: () -> Void = {}) throws -> FileLock {
        let lock = try open(url)
        if flock(lock.descriptor, LOCK_SH | LOCK_NB) != 0 {
            onWait()
            while flock(lock.descriptor, LOCK_SH) != 0 {
                guard errno == EINTR else { throw failure(url) }
            }
        }
        return lock
    }

    /// Takes the lock on `url` when nobody holds it; nil when someone does.
    public static func tryAcquire(_ url: URL) throws -> FileLock? {
        let lock = try open(url)
        return flock(lock.descriptor, LOCK_EX | LOCK_NB) == 0 ? lock : nil
    }

    /// Gives the lock up.
    public func release() {
        guard descriptor >= 0 else { return }
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    private static func open(_ url: URL) throws -> FileLock {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = Glibc.open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(url) }
        return FileLock(descriptor: descriptor)
    }

    private static func failure(_ url: URL) -> HarnessError {
        HarnessError.runFailed(id: url.lastPathComponent, reason: "cannot lock \(url.path): \(String(cString: strerror(errno)))")
    }
}
