import Diagnostics
import Site

/// The site engine imports nothing of the project, so its error joins the one error shape
/// here, where the CLI prints every ``ReproError`` as one line.
extension SiteError: ReproError {
    /// The file or folder concerned.
    public var subject: String { path }
}
