/// The bytes of CSV rows as Excel and WPS read them: fields quoted when they hold the separator, a quote,
/// a line break or an edge space; CRLF after each row. Shared by `CSVWriter` (to a file) and by callers that
/// stream rows elsewhere, such as an HTTP response body.
public struct CSVRowEncoder: Sendable {
    /// UTF-8's byte order mark: without it Excel reads a CSV file in the local code page and shows mojibake.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public let separator: UInt8
    public let neutralizesFormulas: Bool

    /// - Parameters:
    ///   - separator: "," (the default), ";" or "\t".
    ///   - neutralizesFormulas: Prefixes fields that start with = + - @ with an apostrophe so a spreadsheet
    ///     opening the file does not run them as formulas (CSV injection).
    public init(separator: Character = ",", neutralizesFormulas: Bool = false) {
        self.separator = separator.asciiValue ?? UInt8(ascii: ",")
        self.neutralizesFormulas = neutralizesFormulas
    }

    /// Appends one row and its CRLF to `bytes`.
    public func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(separator) }
            appendField(field, to: &bytes)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    private func appendField(_ original: String, to bytes: inout [UInt8]) {
        var field = original
        if neutralizesFormulas, let first = field.utf8.first,
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@")
        {
            field = "'" + field
        }
        let separator = separator
        let needsQuotes =
            field.utf8.contains { byte in
                byte == separator || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
            } || field.utf8.first == 0x20 || field.utf8.last == 0x20
        guard needsQuotes else {
            bytes.append(contentsOf: field.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in field.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
