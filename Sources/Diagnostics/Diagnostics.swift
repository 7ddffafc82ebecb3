/// The one shape of an error a user can act on: what failed, where, and why, on one line.
///
/// Every engine's error type conforms to ``ReproError``: a subject (a file, a config key, an
/// experiment id or the component that failed), an optional place in it (a line, a row, a key
/// path), and a reason that says what was wrong and, where it helps, what would be valid. The
/// `repro` tool prints ``ReproError/line`` and exits non-zero. Every loader of a data file
/// throws the same ``LoadError``. This is a foundation module: it imports nothing of the project.
public enum Diagnostics {}
