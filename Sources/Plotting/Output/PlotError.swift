/// Errors from rendering and writing figures.
public enum PlotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Cairo could not create or finish a surface.
    case cairo(format: String, status: String)
    /// The file could not be written.
    case write(path: String, reason: String)
    /// The requested canvas is empty or absurdly large.
    case invalidSize(width: Double, height: Double)

    /// One line naming the file or format and the reason.
    public var description: String {
        switch self {
        case .cairo(let format, let status): return "plotting: cairo failed on \(format) output: \(status)"
        case .write(let path, let reason): return "\(path): cannot write figure: \(reason)"
        case .invalidSize(let w, let h): return "plotting: invalid figure size \(w) × \(h) pt (need 1…20000)"
        }
    }
}
