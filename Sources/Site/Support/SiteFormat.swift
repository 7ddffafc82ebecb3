import Foundation

/// Deterministic formatting of numbers, dates, durations and sizes for the site.
enum SiteFormat {
    /// A number with up to six significant digits; integers without a fraction.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "—" : (value > 0 ? "∞" : "−∞") }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(format: "%.0f", value)
        }
        return String(format: "%.6g", value)
    }

    /// A number followed by its unit, e.g. `93.2 %`; with `decimals`, that many digits after
    /// the point (trailing zeros dropped) when they show more than six significant digits do.
    static func number(_ value: Double, unit: String?, decimals: Int? = nil) -> String {
        let text = number(value, decimals: decimals)
        guard let unit, !unit.isEmpty else { return text }
        return "\(text) \(unit)"
    }

    /// A number with six significant digits, or `decimals` digits after the point when that
    /// shows more of it: `11098.04449` with 4 decimals is `11098.0445`, not `11098`.
    static func number(_ value: Double, decimals: Int?) -> String {
        // Six significant digits print fixed from 1e-4 up, with 5 − ⌊log10 |value|⌋ decimals.
        guard let decimals, value.isFinite, abs(value) >= 1e-4, abs(value) < 1e15 else { return number(value) }
        let sixDigits = 5 - Int(log10(abs(value)).rounded(.down))
        let text = String(format: "%.\(max(decimals, sixDigits, 0))f", value)
        guard text.contains(".") else { return text }
        let kept = String(text.reversed().drop { $0 == "0" }.reversed())
        return kept.hasSuffix(".") ? String(kept.dropLast()) : kept
    }

    /// A signed difference, e.g. `+0.12` or `−3`.
    static func delta(_ value: Double) -> String {
        value > 0 ? "+" + number(value) : number(value).replacingOccurrences(of: "-", with: "−")
    }

    /// A time in UTC, e.g. `2026-11-25 09:51 UTC`.
    static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d UTC",
            c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// A machine-readable time for `<time datetime>`, e.g. `2026-11-25T09:51:07Z`.
    static func isoDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ",
            c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// A wall time, e.g. `0.42 s`, `12.3 s`, `3 min 12 s` or `1 h 02 min`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "—" }
        if seconds < 10 { return String(format: "%.2f s", seconds) }
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return String(format: "%d h %02d min", whole / 3600, (whole % 3600) / 60)
    }

    /// A byte count in binary units, e.g. `512 B`, `1.5 KiB`, `230.4 MiB`.
    static func bytes(_ count: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(count)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(count) B" : String(format: "%.1f", value) + " " + units[unit]
    }
}
