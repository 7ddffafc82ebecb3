import Diagnostics

/// A results database that cannot be opened, on one line naming its file.
public enum StoreError: ReproError, Equatable {
    /// The database file (or its folder) could not be created, opened or migrated.
    case cannotOpen(path: String, reason: String)

    /// The database file.
    public var subject: String {
        switch self {
        case let .cannotOpen(path, _): return path
        }
    }

    public var reason: String {
        switch self {
        case let .cannotOpen(_, reason): return "cannot open the results database: \(reason)"
        }
    }
}
