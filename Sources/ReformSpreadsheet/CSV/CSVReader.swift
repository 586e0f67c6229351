import Foundation

/// Reads CSV files as offices produce them: UTF-8 with or without a byte order mark, GB18030/GBK from Excel
/// or WPS on Chinese Windows, UTF-16 "Unicode Text"; separated by commas, semicolons or tabs.
///
/// Opening detects the encoding (a byte order mark, else a streaming UTF-8 check of the whole file: any
/// invalid sequence means the Windows code page, GB18030) and the separator (the most frequent of , ; tab
/// outside quotes on the header line, or Excel's "sep=;" first line). Records are then streamed.
public struct CSVReader: Sendable {
    public let encoding: CSVTextEncoding
    /// The separator byte: ",", ";" or tab.
    public let separator: Character
    /// Whether the file started with a byte order mark.
    public let hasByteOrderMark: Bool

    private let source: CSVSource
    private let skipBytes: Int
    private let firstLine: Int

    /// - Parameters:
    ///   - separator: "," ";" or "\t"; nil to detect it from the header line.
    ///   - encoding: nil to detect it.
    public init(url: URL, separator: Character? = nil, encoding: CSVTextEncoding? = nil) throws {
        try self.init(source: .file(url), separator: separator, encoding: encoding)
    }

    public init(data: Data, separator: Character? = nil, encoding: CSVTextEncoding? = nil) throws {
        try self.init(source: .data(data), separator: separator, encoding: encoding)
    }

    private init(source original: CSVSource, separator requested: Character?, encoding requestedEncoding: CSVTextEncoding?) throws {
        var source = original
        let head = try source.head(4)
        var bomLength = 0
        var detected: CSVTextEncoding
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            bomLength = 3
            detected = .utf8
        } else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            detected = .utf16
        } else {
            var validator = UTF8Validator()
            try source.forEachChunk { chunk in
                validator.consume(chunk)
                return validator.isValid
            }
            detected = validator.isCompleteAndValid ? .utf8 : .gb18030
        }
        if let requestedEncoding { detected = requestedEncoding }
        if detected == .utf16 {
            // Rare and small (Excel's "Unicode Text"): transcoded to UTF-8 once, then read like any file.
            let bytes = try source.allBytes()
            guard let text = String(data: bytes, encoding: .utf16) else {
                throw SpreadsheetError.io(path: "CSV", reason: "the UTF-16 text cannot be decoded")
            }
            source = .data(Data(text.utf8))
            bomLength = 0
        }
        self.hasByteOrderMark = bomLength > 0 || head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        self.encoding = detected
        self.source = source

        let firstLine = try Self.firstLineBytes(of: source, skipping: bomLength)
        let (sniffed, hintLength) = Self.sniffSeparator(firstLine)
        if hintLength > 0 {
            // The hint line is skipped with its line end (CRLF, LF or CR).
            let after = try source.head(bomLength + hintLength + 2).dropFirst(bomLength + hintLength)
            let lineEnd = after.starts(with: [0x0D, 0x0A]) ? 2 : (after.first == 0x0A || after.first == 0x0D ? 1 : 0)
            skipBytes = bomLength + hintLength + lineEnd
            self.firstLine = 2
        } else {
            skipBytes = bomLength
            self.firstLine = 1
        }
        self.separator = requested ?? sniffed
    }

    /// Streams the records in order. Set `stop` to true to end early. Empty lines are skipped (but counted
    /// in row and line numbers).
    public func forEachRecord(_ body: (_ record: CSVRecord, _ stop: inout Bool) throws -> Void) throws {
        let decode: ([UInt8]) -> String
        switch encoding {
        case .utf8, .utf16:
            decode = { String(decoding: $0, as: UTF8.self) }
        case .gb18030:
            let decoder = GB18030Decoder()
            decode = { decoder.decode($0) }
        }
        var parser = CSVParser(separator: separator.asciiValue ?? UInt8(ascii: ","), firstLine: firstLine, decode: decode)
        var toSkip = skipBytes
        var stopped = false
        func emit(_ record: CSVRecord) throws -> Bool {
            var stop = false
            try body(record, &stop)
            stopped = stop
            return !stop
        }
        try source.forEachChunk { chunk in
            var bytes = chunk
            if toSkip > 0 {
                let skipped = min(toSkip, bytes.count)
                bytes = UnsafeBufferPointer(rebasing: bytes[skipped...])
                toSkip -= skipped
            }
            return try parser.consume(bytes, emit: emit)
        }
        if !stopped { try parser.finish(emit: emit) }
    }

    /// The whole file as a `Table` named `name` (usually the file name), with records whose field count
    /// differs from the header's listed in `raggedRows`. The fields and their characters are counted against
    /// `limits` (a file of commas alone is millions of empty cells).
    public func table(name: String, limits: UploadLimits = .standard) throws -> Table {
        var rows: [TableRow] = []
        var ragged: [RaggedRow] = []
        var expected: Int?
        var cells = 0
        var characters = 0
        try forEachRecord { record, _ in
            cells += record.fields.count
            if cells > limits.maxCellsPerSheet { throw UploadLimitExceeded.cells(sheet: name, limit: limits.maxCellsPerSheet) }
            for field in record.fields { characters += field.unicodeScalars.count }
            if characters > limits.maxCharactersPerSheet {
                throw UploadLimitExceeded.characters(sheet: name, limit: limits.maxCharactersPerSheet)
            }
            if let expected {
                if record.fields.count != expected {
                    ragged.append(
                        RaggedRow(
                            row: record.row, line: record.line, fieldCount: record.fields.count,
                            expectedFieldCount: expected))
                }
            } else {
                expected = record.fields.count
            }
            rows.append(TableRow(number: record.row, line: record.line, cells: record.fields))
        }
        return Table(name: name, kind: .csvFile, rows: rows, raggedRows: ragged)
    }

    /// The bytes of the first line (up to 64 KiB), for sniffing.
    private static func firstLineBytes(of source: CSVSource, skipping: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var toSkip = skipping
        var inQuotes = false
        try source.forEachChunk { chunk in
            for byte in chunk {
                if toSkip > 0 {
                    toSkip -= 1
                    continue
                }
                if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
                if !inQuotes && (byte == 0x0A || byte == 0x0D) { return false }
                bytes.append(byte)
                if bytes.count >= 65_536 { return false }
            }
            return true
        }
        return bytes
    }

    /// The separator used most outside quotes on the header line; a comma when there is none (one column).
    /// An Excel "sep=X" line decides by itself; its length (with the line end) is returned so it is skipped.
    static func sniffSeparator(_ line: [UInt8]) -> (Character, hintLength: Int) {
        if line.count == 5, line.starts(with: Array("sep=".utf8)) {
            let hinted = Character(Unicode.Scalar(line[4]))
            if hinted == "," || hinted == ";" || hinted == "\t" || hinted == "|" {
                return (hinted, 5)
            }
        }
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var inQuotes = false
        for byte in line {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
                continue
            }
            if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
        }
        let comma = counts[UInt8(ascii: ",")]!
        let semicolon = counts[UInt8(ascii: ";")]!
        let tab = counts[0x09]!
        if tab > comma && tab >= semicolon { return ("\t", 0) }
        if semicolon > comma { return (";", 0) }
        return (",", 0)
    }
}
