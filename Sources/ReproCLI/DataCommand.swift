import ArgumentParser
import Foundation
import Harness

extension Repro {
    struct DataCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "data",
            abstract: "Fills data/ with every file of experiments/*/data.json, checking each SHA-256.",
            discussion: """
                Each file is kept when data/ already holds it, else copied from the mirror \
                (default: ../shared/data when it exists), else downloaded from its upstream URL. \
                Files the data collector converted have no URL and must come from the mirror. \
                With --check, nothing is written: the data root in use is checked against the manifests.
                """)
        @OptionGroup var project: ProjectOptions

        @Option(help: "The folder to fill (default: <project>/data).")
        var into: String?

        @Option(name: .customLong("from"), help: "A folder to copy from first (default: ../shared/data when it exists).")
        var mirror: String?

        @Flag(help: "Download every file that is not already present, ignoring any mirror.")
        var download = false

        @Flag(help: "Only check the data root in use against the manifests' SHA-256.")
        var check = false

        func run() throws {
            let layout = try project.layout()
            let manifests = try DataManifest.all(in: layout)
            let failures = check ? verify(manifests, in: layout.dataRoot) : fill(manifests, layout: layout)
            for failure in failures {
                FileHandle.standardError.write(Data("repro: \(failure)\n".utf8))
            }
            if !failures.isEmpty { throw ExitCode.failure }
        }

        private func fill(_ manifests: [DataManifest], layout: ProjectLayout) -> [String] {
            let destination = into.map { URL(fileURLWithPath: $0) } ?? layout.root.appendingPathComponent("data")
            let shared = layout.root.deletingLastPathComponent().appendingPathComponent("shared/data")
            let mirrorURL = download ? nil : mirror.map { URL(fileURLWithPath: $0) }
                ?? (FileManager.default.fileExists(atPath: shared.path) ? shared : nil)
            let fetcher = DataFetcher(destination: destination.standardizedFileURL, mirror: mirrorURL?.standardizedFileURL)
            ChildProcesses.shared.endChildrenOnInterrupt()
            var failures: [String] = []
            for manifest in manifests {
                var counts: [String: Int] = [:]
                for (index, file) in manifest.files.enumerated() {
                    let place = "[\(manifest.paper) \(index + 1)/\(manifest.files.count)]"
                    let outcome = fetcher.fetch(file) { url in
                        say("\(place) downloading \(file.path) (\(file.bytes) bytes) from \(url.absoluteString)")
                    }
                    switch outcome {
                    case .present:
                        counts["present", default: 0] += 1
                        say("\(place) present \(file.path)")
                    case .copied:
                        counts["copied", default: 0] += 1
                        say("\(place) copied \(file.path)")
                    case .downloaded(let url):
                        counts["downloaded", default: 0] += 1
                        say("\(place) downloaded \(file.path) from \(url)")
                    case .failed(let reason):
                        counts["missing", default: 0] += 1
                        say("\(place) missing \(file.path)")
                        failures.append(reason)
                    case .unreachable(let host, let reason):
                        return failures + [
                            "cannot reach \(host) (\(reason)); stopped. Supply the data instead: put it in "
                                + "\(shared.path) or point REPRO_DATA at a folder holding it (see each dataset's SOURCE.md)",
                        ]
                    }
                }
                let summary = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                say("\(manifest.paper): \(manifest.files.count) files (\(summary))")
            }
            print("data in \(layout.relative(destination))" + (mirrorURL.map { ", mirror \($0.path)" } ?? ", no mirror"))
            return failures
        }

        /// Prints one line at once (not held in a buffer while a download runs).
        private func say(_ line: String) {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }

        private func verify(_ manifests: [DataManifest], in root: URL) -> [String] {
            var failures: [String] = []
            for manifest in manifests {
                let bad = manifest.files.filter { !DataFetcher.matches(root.appendingPathComponent($0.path), $0) }
                failures += bad.map { "\(root.appendingPathComponent($0.path).path): missing or not the manifest's SHA-256 \($0.sha256)" }
                print("\(manifest.paper): \(manifest.files.count - bad.count)/\(manifest.files.count) files match")
            }
            return failures
        }
    }
}
