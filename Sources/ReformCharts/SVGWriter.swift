/// An append-only SVG text buffer.
///
/// Charts are built by appending small pieces to one `String` whose capacity is reserved up front,
/// so rendering thousands of rows never concatenates large strings. Numbers go through a small
/// formatter (at most one decimal, no Foundation) because coordinates dominate the output.
struct SVGWriter {
    private(set) var out: String

    init(capacity: Int) {
        out = String()
        out.reserveCapacity(capacity)
    }

    /// Appends markup verbatim. Only for literals and already-safe text.
    @inline(__always)
    mutating func raw(_ s: String) {
        out += s
    }

    /// Appends a coordinate or value rounded to one decimal: `12`, `12.5`, `-3.2`. Non-finite values print `0`.
    mutating func num(_ value: Double) {
        guard value.isFinite else {
            out += "0"
            return
        }
        let clamped = min(max(value, -1e12), 1e12)
        var tenths = Int((clamped * 10).rounded())
        if tenths < 0 {
            out += "-"
            tenths = -tenths
        }
        out += String(tenths / 10)
        let fraction = tenths % 10
        if fraction != 0 {
            out += "."
            out.unicodeScalars.append(Unicode.Scalar(UInt8(48 + fraction)))
        }
    }

    /// A number as `num` would write it (`12`, `12.5`), for text that is also measured.
    static func format(_ value: Double) -> String {
        var w = SVGWriter(capacity: 16)
        w.num(value)
        return w.out
    }

    mutating func int(_ value: Int) {
        out += String(value)
    }

    /// Appends text escaped for XML content and attribute values; drops control characters XML forbids.
    mutating func text(_ s: String) {
        guard SVGWriter.needsEscaping(s) else {
            out += s
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
    }

    /// Whether `s` holds `<>&"'` or a control character. Scans raw UTF-8 bytes, which stays fast in debug builds.
    static func needsEscaping(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { buffer -> Bool in
            guard let p = buffer.baseAddress else { return false }
            let count = buffer.count
            var i = 0
            while i < count {
                let b = p[i]
                if b < 0x20 || b == 0x3C || b == 0x3E || b == 0x26 || b == 0x22 || b == 0x27 { return true }
                i += 1
            }
            return false
        }
    }

    /// ` name="value"` with a numeric value.
    mutating func attr(_ name: String, _ value: Double) {
        out += " "
        out += name
        out += "=\""
        num(value)
        out += "\""
    }

    /// ` name="value"` with an escaped text value.
    mutating func attr(_ name: String, _ value: String) {
        out += " "
        out += name
        out += "=\""
        text(value)
        out += "\""
    }

    /// `<title>text</title>`
    mutating func title(_ s: String) {
        out += "<title>"
        text(s)
        out += "</title>"
    }

    /// Opens `<a href="…">` when the link is usable; returns whether it did (close with `closeLink`). The link is named
    /// by `label` (an SVG link's text is scattered over shapes and tooltips). A `duplicate` link
    /// repeats one the chart draws elsewhere (a donut slice and its legend row): it stays clickable but is left out of
    /// the tab order and of what a screen reader reads.
    mutating func openLink(_ link: String?, label: String, duplicate: Bool = false) -> Bool {
        guard let href = SVGWriter.safeHref(link) else { return false }
        out += "<a href=\""
        text(href)
        out += "\" aria-label=\""
        text(label)
        out += duplicate ? "\" tabindex=\"-1\" aria-hidden=\"true\">" : "\">"
        return true
    }

    mutating func closeLink(_ opened: Bool) {
        if opened { out += "</a>" }
    }

    /// Returns the link if it is a relative URL or uses http(s)/mailto; `javascript:` and other schemes are refused.
    static func safeHref(_ link: String?) -> String? {
        guard let link else { return nil }
        var trimmed = Substring(link)
        while let first = trimmed.first, first == " " || first == "\t" || first == "\n" || first == "\r" { trimmed.removeFirst() }
        while let last = trimmed.last, last == " " || last == "\t" || last == "\n" || last == "\r" { trimmed.removeLast() }
        guard !trimmed.isEmpty else { return nil }
        var scheme = ""
        for ch in trimmed {
            if ch == "/" || ch == "?" || ch == "#" { return String(trimmed) }
            if ch == ":" {
                let lower = scheme.lowercased()
                return lower == "http" || lower == "https" || lower == "mailto" ? String(trimmed) : nil
            }
            scheme.append(ch)
        }
        return String(trimmed)
    }
}
