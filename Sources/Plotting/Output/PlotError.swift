import Diagnostics

/// Errors from rendering and writing figures, on one line naming the file or format and the reason.
public enum PlotError: ReproError, Hashable {
    /// Cairo could not create or finish a surface.
    case cairo(format: String, status: String)
    /// The file could not be written.
    case write(path: String, reason: String)
    /// The requested canvas is empty or absurdly large.
    case invalidSize(width: Double, height: Double)

    /// The figure's file, or `plotting` when no file is involved.
    public var subject: String {
        switch self {
        case .cairo, .invalidSize: return "plotting"
        case .write(let path, _): return path
        }
    }

    public var reason: String {
        switch self {
        case .cairo(let format, let status): return "cairo failed on \(format) output: \(status)"
        case .write(_, let reason): return "cannot write figure: \(reason)"
        case .invalidSize(let w, let h): return "invalid figure size \(w) × \(h) pt (need 1…20000)"
        }
    }
}
