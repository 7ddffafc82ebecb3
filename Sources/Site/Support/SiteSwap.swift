import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Publishing a finished staging folder as the site, atomically and across processes.
enum SiteSwap {
    /// Called with the destination after every rename or exchange of ``publish(_:as:)``;
    /// tests use it to check that a complete site is there after each step.
    nonisolated(unsafe) static var afterStep: (@Sendable (URL) -> Void)?

    /// Runs `body` holding an exclusive `flock` on `folder` (the site's parent), so two
    /// builds, in one process or in two, publish one after the other.
    static func withLock<T>(on folder: URL, _ body: () throws -> T) throws -> T {
        let fd = open(folder.path, O_RDONLY)
        guard fd >= 0 else {
            throw SiteError(path: folder.path, reason: "cannot open the folder to lock it (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw SiteError(path: folder.path, reason: "cannot lock the folder (\(String(cString: strerror(errno))))")
            }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Makes `staging` the site at `destination`. With an existing site, the two folders
    /// are exchanged in one step where the system can (`renameat2(RENAME_EXCHANGE)`), so a
    /// complete site is there at every instant; the old site is then removed. Call it
    /// holding ``withLock(on:_:)``.
    static func publish(_ staging: URL, as destination: URL) throws {
        let fileManager = FileManager.default
        restoreInterrupted(destination)
        var isFolder: ObjCBool = false
        if !fileManager.fileExists(atPath: destination.path, isDirectory: &isFolder) {
            guard rename(staging.path, destination.path) == 0 else {
                throw SiteError(path: destination.path, reason: "cannot move the new site into place (\(String(cString: strerror(errno))))")
            }
            afterStep?(destination)
            return
        }
        if exchange(staging.path, destination.path) {
            afterStep?(destination)
            // `staging` now holds the previous site.
            try? fileManager.removeItem(at: staging)
            return
        }
        // No atomic exchange here: move the old site aside, then the new one in. A crash
        // between the two renames is repaired by the next build (``restoreInterrupted(_:)``).
        let aside = oldName(for: destination, token: staging.lastPathComponent)
        guard rename(destination.path, aside.path) == 0 else {
            throw SiteError(path: destination.path, reason: "cannot move the old site aside (\(String(cString: strerror(errno))))")
        }
        afterStep?(destination)
        guard rename(staging.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside.path, destination.path)
            throw SiteError(path: destination.path, reason: "cannot move the new site into place (\(reason))")
        }
        afterStep?(destination)
        try? fileManager.removeItem(at: aside)
    }

    /// Removes leftovers of earlier builds beside the site named `name` in `parent`: staging
    /// folders of processes that no longer run, set-aside old sites, and the fixed-name
    /// folders of older versions. Call it holding the lock.
    static func removeStale(name: String, in parent: URL) {
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            let url = parent.appendingPathComponent(entry)
            if entry == ".\(name).building.tmp" || entry == ".\(name).previous.tmp" || entry.hasPrefix(".\(name).old-") {
                try? fileManager.removeItem(at: url)
            } else if entry.hasPrefix(".\(name).staging-"), entry.hasSuffix(".tmp") {
                let pidText = entry.dropFirst(".\(name).staging-".count).prefix { $0 != "-" }
                if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                    try? fileManager.removeItem(at: url)
                }
            }
        }
    }

    /// When a build was interrupted between the two renames of the fallback, `destination`
    /// is missing and the old site is set aside: put it back. Call it holding the lock.
    static func restoreInterrupted(_ destination: URL) {
        let fileManager = FileManager.default
        guard !fileManager.fileExists(atPath: destination.path) else { return }
        let parent = destination.deletingLastPathComponent()
        let prefix = ".\(destination.lastPathComponent).old-"
        guard let entries = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        if let aside = entries.filter({ $0.hasPrefix(prefix) }).sorted().last {
            _ = rename(parent.appendingPathComponent(aside).path, destination.path)
        }
    }

    private static func oldName(for destination: URL, token: String) -> URL {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).old-\(token)")
    }

    /// Exchanges two paths atomically; false when the system or file system cannot.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        guard let renameat2 = renameat2 else { return false }
        let atCurrentDirectory: Int32 = -100  // AT_FDCWD
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameat2(atCurrentDirectory, a, atCurrentDirectory, b, renameExchange) == 0
        #else
        return false
        #endif
    }

    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, looked up at run time (Swift's Glibc module does not export it).
    private static let renameat2: RenameAt2? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    #endif
}
