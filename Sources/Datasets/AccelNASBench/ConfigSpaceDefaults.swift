import Diagnostics
import Foundation

extension AccelNASBench {
    /// The tuned values of a ConfigSpace JSON file: each hyperparameter's `default`,
    /// or its `value` for constants, by name (a `param:` prefix is dropped).
    ///
    /// The one reader behind ``ForestSettings`` and ``XGBoostSettings``.
    struct ConfigSpaceDefaults: Sendable {
        /// One hyperparameter of the file.
        struct Entry: Sendable, Decodable {
            /// The name without its `param:` prefix.
            var name: String
            /// The numeric `default`, else the numeric `value`.
            var number: Double?
            /// The boolean `default`.
            var flag: Bool?

            enum CodingKeys: String, CodingKey { case name, value, defaultValue = "default" }

            init(from decoder: Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                let name = try container.decode(String.self, forKey: .name)
                self.name = name.hasPrefix("param:") ? String(name.dropFirst("param:".count)) : name
                number = (try? container.decode(Double.self, forKey: .defaultValue))
                    ?? (try? container.decode(Double.self, forKey: .value))
                flag = try? container.decode(Bool.self, forKey: .defaultValue)
            }
        }

        /// The file name errors name.
        let fileName: String
        /// The hyperparameters in file order.
        let entries: [Entry]

        /// The path of `file` in `folder`, relative to the data root; `model` names the
        /// surrogate family in the error thrown when `target` has no tuned file (`file` nil).
        static func path(
            _ file: String?, folder: String, model: String, target: Target
        ) throws(LoadError) -> String {
            guard let file else {
                throw LoadError(file: target.name, reason: "no tuned \(model) config for this target")
            }
            return "\(folder)/\(file)"
        }

        /// Reads the ConfigSpace JSON at `url`.
        static func load(from url: URL) throws(LoadError) -> ConfigSpaceDefaults {
            guard let data = try? Data(contentsOf: url) else {
                throw LoadError(file: url.path, reason: "cannot read file (\(DataRootHint.text))")
            }
            return try ConfigSpaceDefaults(parsing: data, fileName: url.lastPathComponent)
        }

        /// Parses the `hyperparameters` list of a ConfigSpace JSON.
        init(parsing data: Data, fileName: String) throws(LoadError) {
            struct Space: Decodable { var hyperparameters: [Entry] }
            do {
                entries = try JSONDecoder().decode(Space.self, from: data).hyperparameters
            } catch {
                throw LoadError(file: fileName, line: 1, decoding: error)
            }
            self.fileName = fileName
        }

        /// The `field` of the first hyperparameter called `name`; `kind` names the field's type in errors.
        func value<T>(_ name: String, _ field: KeyPath<Entry, T?>, kind: String) throws(LoadError) -> T {
            guard let entry = entries.first(where: { $0.name == name }) else {
                throw LoadError(file: fileName, key: name, reason: "missing hyperparameter")
            }
            guard let value = entry[keyPath: field] else {
                throw LoadError(file: fileName, key: name, reason: "default is not a \(kind)")
            }
            return value
        }

        /// The numeric default of `name`.
        func number(_ name: String) throws(LoadError) -> Double {
            try value(name, \.number, kind: "number")
        }

        /// The numeric default of `name`, which must be a whole number.
        func integer(_ name: String) throws(LoadError) -> Int {
            let value = try number(name)
            guard let whole = Int(exactly: value) else {
                throw LoadError(file: fileName, key: name, reason: "default \(value) is not a whole number")
            }
            return whole
        }

        /// The boolean default of `name`.
        func flag(_ name: String) throws(LoadError) -> Bool {
            try value(name, \.flag, kind: "boolean")
        }
    }
}
