/// HTML built in Swift for the hot parts of a page (a list of rows), escaped as Mustache's `{{…}}` escapes.
///
/// Mustache looks every `{{name}}` up through casts on `Any` and escapes character by character: for the ledger's
/// rows that was most of the page's CPU time (`reform bench`, BENCHMARKS.md). A section built here is put into its
/// template with `{{{…}}}`; every value in it goes through `append(escaping:)`.
struct HTMLText {
    private(set) var html = ""

    init(capacity: Int = 0) { html.reserveCapacity(capacity) }

    /// Markup written by the code itself (never data).
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { html += String(decoding: $0, as: UTF8.self) }
    }

    mutating func append(escaping text: String) { html += Self.escape(text) }
    /// A text this builder's caller has escaped once for many uses (a column's label).
    mutating func append(trusted escaped: String) { html += escaped }
    mutating func append(_ number: Int) { html += String(number) }
    /// As Mustache prints a Double (`String(describing:)`: "45.0").
    mutating func append(_ number: Double) { html += String(describing: number) }

    /// Replaces `< > & " '` as Mustache does (`&lt; &gt; &amp; &quot; &#39;`); a text without them is returned as it is.
    /// Byte by byte, so also where Mustache, going by grapheme, lets a quote followed by a combining mark through.
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension HTMLText {
    /// A select's `<option>`s after its first ("all …") one, built in Swift: the ledgers' plan, unit and jurisdiction
    /// filters list hundreds to thousands of choices, and Mustache's per-value lookups on them cost as much as the rows.
    static func options(_ options: [(id: Int, label: String, selected: Bool)]) -> String {
        var h = HTMLText(capacity: options.count * 64)
        for option in options {
            h.raw("<option value=\"")
            h.append(option.id)
            h.raw(option.selected ? "\" selected>" : "\">")
            h.append(escaping: option.label)
            h.raw("</option>")
        }
        return h.html
    }
}
