import GRDB

extension RowTable {
    /// Streams a libsvm file (first `limit` rows, nil: all) into table `name` of a fresh SQLite file at `databasePath` (replacing the file).
    @discardableResult
    public static func load(libsvm path: String, intoDatabaseAt databasePath: String, name: String, limit: Int? = nil) throws -> RowTable {
        let db = try DatabaseQueue(path: databasePath)
        return try load(libsvm: path, into: db, name: name, limit: limit)
    }
}

extension RowTable {
    /// Stores `data` as table `name` of a fresh SQLite file at `databasePath`.
    @discardableResult
    public static func store(_ data: LibSVMDataset, intoDatabaseAt databasePath: String, name: String) throws -> RowTable {
        try store(data, into: try DatabaseQueue(path: databasePath), name: name)
    }
}

import SparseData
