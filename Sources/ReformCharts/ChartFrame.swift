/// The parts every chart shares: the `<svg>` root, ids, fonts, text colours and the empty chart.
enum ChartFrame {
    static let fontFamily = "'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif"
    static let textColor = "#212121"
    static let secondaryText = "#616161"
    static let trackColor = "#eeeeee"
    static let emDash = "—"

    /// A deterministic id prefix (`rc-bar-1a2b3c4d`), so two charts on one page do not share ids
    /// unless they are the same chart, and the same input always gives byte-identical output.
    static func id(kind: String, title: String, salt: Int) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in kind.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        for byte in title.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        var s = UInt64(bitPattern: Int64(salt))
        for _ in 0..<8 {
            hash = (hash ^ UInt32(s & 0xFF)) &* 16_777_619
            s >>= 8
        }
        let hex = String(hash, radix: 16)
        return "rc-" + kind + "-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Writes `<svg …>` with its `<title>` and, when given, a `<desc>` that says every value the chart draws (its text
    /// alternative). A chart without links is one image (`role="img"`); a chart with links is a `group`, since an image's
    /// children are hidden from assistive technology and its links could not be reached. The SVG keeps its viewBox and
    /// scales to the width of its container (`width:100%`); `capWidth` stops small charts from growing past their natural size.
    static func open(
        _ w: inout SVGWriter, kind: String, id: String, width: Int, height: Int, title: String, description: String? = nil,
        interactive: Bool = false, capWidth: Bool
    ) {
        w.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        w.int(width)
        w.raw(" ")
        w.int(height)
        w.raw("\" width=\"")
        w.int(width)
        w.raw("\" height=\"")
        w.int(height)
        w.raw(interactive ? "\" role=\"group\" aria-labelledby=\"" : "\" role=\"img\" aria-labelledby=\"")
        w.raw(id)
        w.raw("-t\"")
        if description != nil {
            w.raw(" aria-describedby=\"")
            w.raw(id)
            w.raw("-d\"")
        }
        w.raw(" id=\"")
        w.raw(id)
        w.raw("\" class=\"rc-chart rc-")
        w.raw(kind)
        w.raw("-chart\" style=\"width:100%;height:auto;")
        if capWidth {
            w.raw("max-width:")
            w.int(width)
            w.raw("px;")
        }
        w.raw("print-color-adjust:exact;-webkit-print-color-adjust:exact\" font-family=\"")
        w.raw(fontFamily)
        w.raw("\" font-size=\"12\" fill=\"")
        w.raw(textColor)
        w.raw("\"><title id=\"")
        w.raw(id)
        w.raw("-t\">")
        w.text(title)
        w.raw("</title>")
        if let description {
            w.raw("<desc id=\"")
            w.raw(id)
            w.raw("-d\">")
            w.text(description)
            w.raw("</desc>")
        }
    }

    /// The text alternative of a chart: each label with its value, in the punctuation of the title's language
    /// (`进行中：12项；已完成：3项` or `In progress: 12; Done: 3`).
    static func describe(_ pairs: [(label: String, value: String)], title: String) -> String {
        let chinese = title.unicodeScalars.contains { $0.value >= 0x3400 && $0.value <= 0x9FFF }
        let colon = chinese ? "：" : ": "
        return pairs.map { $0.label + colon + $0.value }.joined(separator: chinese ? "；" : "; ")
    }

    static func close(_ w: inout SVGWriter) {
        w.raw("</svg>")
    }

    /// The chart title drawn at the top left.
    static func heading(_ w: inout SVGWriter, title: String, x: Double, y: Double, maxWidth: Double, fontSize: Double = 14) {
        let fitted = TextMetrics.truncate(title, maxWidth: maxWidth, fontSize: fontSize)
        w.raw("<text class=\"rc-heading\"")
        w.attr("x", x)
        w.attr("y", y)
        w.raw(" font-size=\"")
        w.num(fontSize)
        w.raw("\" font-weight=\"bold\">")
        w.text(fitted.text)
        if fitted.truncated { w.title(title) }
        w.raw("</text>")
    }

    /// A small chart that says the title and an em dash: what every chart draws for no data.
    static func empty(kind: String, title: String, width: Int) -> String {
        let width = max(200, min(width, 4000))
        let height = 64
        let id = id(kind: kind, title: title, salt: 0)
        var w = SVGWriter(capacity: 1024 + title.utf8.count * 2)
        open(&w, kind: kind, id: id, width: width, height: height, title: title, capWidth: true)
        heading(&w, title: title, x: 8, y: 22, maxWidth: Double(width - 16))
        w.raw("<text class=\"rc-empty\" x=\"")
        w.num(Double(width) / 2)
        w.raw("\" y=\"50\" text-anchor=\"middle\" font-size=\"16\" fill=\"")
        w.raw(secondaryText)
        w.raw("\">")
        w.raw(emDash)
        w.raw("</text>")
        close(&w)
        return w.out
    }

    /// Replaces NaN and infinities with 0 so no coordinate can trap or print `nan`.
    @inline(__always)
    static func finite(_ v: Double) -> Double { v.isFinite ? v : 0 }
}
