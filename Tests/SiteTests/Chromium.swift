import Foundation
import Harness

/// Headless Chromium, driven through its command line for the real-browser tests.
///
/// A page is checked by loading a probe copy of it (same folder, so relative links
/// behave the same) whose first script records console errors, uncaught exceptions and
/// failed resource loads, and after `load` writes what it measured as JSON into a
/// `<pre id="__probe">` that `--dump-dom` prints. Console output that reaches
/// Chromium's own log (`--enable-logging=stderr`) is collected as well.
struct Chromium {
    /// The executable.
    let path: String

    /// The first of `chromium`, `chromium-browser`, `google-chrome` found on `PATH`.
    static let installed: Chromium? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return Chromium(path: "\(folder)/\(name)")
            }
        }
        return nil
    }()

    /// What a probe saw.
    struct Report: Decodable {
        struct Box: Decodable { var w: Double; var h: Double }
        /// Console errors, uncaught exceptions and failed resource loads.
        var errors: [String]
        /// The first `<figure>`'s box, if the page has one.
        var figure: Box?
        /// The box of the SVG or image inside that figure.
        var graphic: Box?
        /// Images that did not decode (`naturalWidth == 0`).
        var brokenImages: [String]
        /// Search hits for the probe's query.
        var searchHits: Int
        /// Console lines from Chromium's log (any console output at all).
        var consoleLog: [String] = []

        private enum CodingKeys: String, CodingKey { case errors, figure, graphic, brokenImages, searchHits }
    }

    /// The probe script, put first in `<head>`; it types `query` into the search box.
    static func probeScript(query: String) -> String {
        """
        <script>
        window.__errors = [];
        window.alert = function (m) { window.__errors.push("alert: " + m); };
        window.addEventListener("error", function (e) {
          var t = e.target;
          if (t && t !== window && (t.src || t.href)) { window.__errors.push("failed to load " + (t.src || t.href)); }
          else { window.__errors.push("exception: " + e.message); }
        }, true);
        window.addEventListener("unhandledrejection", function (e) { window.__errors.push("rejection: " + e.reason); });
        (function () {
          var original = console.error;
          console.error = function () { window.__errors.push("console.error: " + Array.prototype.join.call(arguments, " ")); original.apply(console, arguments); };
        })();
        window.addEventListener("load", function () {
          setTimeout(function () {
            var box = function (el) { if (!el) { return null; } var r = el.getBoundingClientRect(); return { w: r.width, h: r.height }; };
            var figure = document.querySelector("figure");
            var broken = Array.prototype.filter.call(document.images, function (i) { return !(i.complete && i.naturalWidth > 0); })
              .map(function (i) { return i.getAttribute("src"); });
            var input = document.getElementById("site-search");
            var hits = -1;
            if (input) {
              input.value = \(String(data: (try? JSONEncoder().encode(query)) ?? Data("\"\"".utf8), encoding: .utf8) ?? "\"\"");
              input.dispatchEvent(new Event("input"));
              hits = document.querySelectorAll("#site-search-results a").length;
            }
            var out = document.createElement("pre");
            out.id = "__probe";
            out.textContent = JSON.stringify({ errors: window.__errors, figure: box(figure),
              graphic: box(figure && figure.querySelector("svg, img")), brokenImages: broken, searchHits: hits });
            document.body.appendChild(out);
          }, 50);
        });
        </script>
        """
    }

    /// Loads a probe copy of the page at `page` (a file URL) and returns what it saw.
    func probe(_ page: URL, query: String) throws -> Report {
        let html = try String(contentsOf: page, encoding: .utf8)
        let probe = page.deletingLastPathComponent().appendingPathComponent("__probe-\(page.lastPathComponent)")
        try Data(html.replacingOccurrences(of: "<head>", with: "<head>" + Self.probeScript(query: query)).utf8).write(to: probe)
        defer { try? FileManager.default.removeItem(at: probe) }
        let (out, err) = try run(["--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", probe.absoluteString])
        guard let start = out.range(of: "<pre id=\"__probe\">"),
              let end = out.range(of: "</pre>", range: start.upperBound..<out.endIndex)
        else {
            throw ProbeError(message: "no probe output from \(page.lastPathComponent); stderr: \(err.suffix(2000))")
        }
        let json = String(out[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        var report = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        report.consoleLog = err.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return report
    }

    /// Saves a screenshot of `page` at `width`×`height` CSS pixels to `file`.
    func screenshot(_ page: URL, to file: URL, width: Int, height: Int) throws {
        _ = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(file.path)", page.absoluteString])
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw ProbeError(message: "chromium wrote no screenshot to \(file.path)")
        }
    }

    /// Runs Chromium headless with `arguments`; returns stdout and stderr.
    private func run(_ arguments: [String]) throws -> (String, String) {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("site-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let chromium = try RunningProcess(path, [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-extensions",
            "--user-data-dir=\(profile.path)",
        ] + arguments)
        guard let finished = chromium.wait(timeout: 90) else {
            chromium.terminate()
            throw ProbeError(message: "chromium did not finish within 90 s: \(arguments.joined(separator: " "))")
        }
        return (finished.output, finished.errors)
    }

    /// A probe that could not run.
    struct ProbeError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
