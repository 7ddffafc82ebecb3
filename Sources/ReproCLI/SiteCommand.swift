import ArgumentParser
import Foundation
import Harness
import Site
import Store

extension Repro {
    struct SiteCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "site", abstract: "Builds the static site under site/ from the results store.")
        @OptionGroup var project: ProjectOptions

        func run() throws {
            let layout = try project.layout()
            let store = try ResultStore(url: layout.database)
            let content = try SiteAdapter.content(layout: layout, store: store, buildTime: Date())
            let index = try SiteBuilder(redactor: SiteAdapter.redactor(layout: layout)).build(content, into: layout.site)
            let summary = SiteSummary(content: content)
            print("site: \(summary.experiments) experiments, \(summary.claims) claims")
            print("open \(index.path)")
        }
    }
}
