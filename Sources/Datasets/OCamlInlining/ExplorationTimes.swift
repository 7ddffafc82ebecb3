import Diagnostics
import Foundation

extension OCamlInlining {
    /// How the inlining space was explored.
    public enum Exploration: String, Sendable, Hashable, CaseIterable, Codable {
        /// Everything explored (both methods).
        case all = "None"
        /// The 200-step random walk.
        case randomWalk = "random-walk"
        /// Simulated annealing.
        case simulatedAnnealing = "simulated-annealing"
    }

    /// The execution times of one exploration method, per benchmark.
    public struct ExplorationTimes: Sendable, Hashable, Codable {
        /// Geometric-mean execution time (s) of every explored step.
        public var execTimes: [String: [Double]]
        /// The initial (baseline compiler) times; empty for the random walk.
        public var initialExecTimes: [String: [Double]]

        enum CodingKeys: String, CodingKey {
            case execTimes = "exec_times", initialExecTimes = "initial_exec_times"
        }
    }

    private struct ExplorationFile: Decodable {
        var data: [String: ExplorationTimes]
    }

    /// Loads `data_generation_exec_times.json`, keyed by method.
    public static func loadExplorationTimes(from url: URL) throws -> [Exploration: ExplorationTimes] {
        try parseExplorationTimes(ReleasedFile.read(url), file: url.lastPathComponent)
    }

    /// Parses the exploration-times JSON; all three methods must be present.
    public static func parseExplorationTimes(
        _ data: Data, file: String
    ) throws(LoadError) -> [Exploration: ExplorationTimes] {
        let raw = try ReleasedFile.document(ExplorationFile.self, from: data, file: file).data
        var result: [Exploration: ExplorationTimes] = [:]
        for method in Exploration.allCases {
            guard let times = raw[method.rawValue] else {
                throw LoadError(file: file, key: "data.\(method.rawValue)", reason: "missing key")
            }
            result[method] = times
        }
        return result
    }
}
