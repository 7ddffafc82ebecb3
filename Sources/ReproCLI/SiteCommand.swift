import ArgumentParser
import Foundation
import Harness

extension Repro {
    struct SiteCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "site", abstract: "Builds the static site under site/ from the results store.")
        @OptionGroup var project: ProjectOptions

        func run() throws {
            throw Repro.fail(HarnessError.invalidExperiment("the site generator is not built yet"))
        }
    }
}
