/// Collects the text of a string item (<si> in sharedStrings.xml, <is> in a cell): plain <t>, or the <t>
/// of each rich text run <r> joined, leaving out phonetic runs (<rPh>, furigana-style readings) that are not
/// part of the visible text. A <t> without xml:space="preserve" loses its leading and trailing whitespace,
/// as Excel does (a cell " a " written so reads LEN 1 in Excel); one with it keeps everything. A run that
/// is only whitespace is kept whole, because Excel shows the space between "hello" and "world" runs even
/// without the attribute. Line breaks inside are kept either way.
struct RichTextAccumulator {
    private(set) var text = ""
    private var runText = ""
    private var inText = false
    private var preserve = false
    private var phoneticDepth = 0

    var capturesText: Bool { inText && phoneticDepth == 0 }

    mutating func reset() {
        text = ""
        runText = ""
        inText = false
        preserve = false
        phoneticDepth = 0
    }

    mutating func start(_ name: String, _ attributes: [XMLAttribute]) {
        switch name {
        case "rPh":
            phoneticDepth += 1
        case "t" where phoneticDepth == 0:
            inText = true
            runText = ""
            preserve = attributes.value("xml:space") == "preserve"
        default:
            break
        }
    }

    mutating func end(_ name: String) {
        switch name {
        case "rPh":
            phoneticDepth = max(0, phoneticDepth - 1)
        case "t" where inText:
            inText = false
            text += preserve ? runText : Self.trimmed(runText)
        default:
            break
        }
    }

    mutating func characters(_ characters: String) {
        if capturesText { runText += characters }
    }

    /// The collected text with Excel's _xHHHH_ escapes undone and CRLF written as one line break.
    var finishedText: String {
        var result = ExcelTextEscapes.decode(text)
        if result.containsByte(0x0D) {
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return result
    }

    private static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if !isXMLSpace(first) && !isXMLSpace(last) { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isXMLSpace($0) }),
            let end = scalars.lastIndex(where: { !isXMLSpace($0) })
        else { return text }
        return String(scalars[start...end])
    }

    private static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isXMLSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
