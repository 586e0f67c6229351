/// The CSV state machine over bytes. Separators, quotes and line ends are ASCII and never occur inside a
/// UTF-8 or GB18030 multi-byte character (GB18030's trailing bytes are 0x30–0x39 and 0x40–0xFE, which miss
/// `"` `,` `;` tab CR and LF), so splitting is done on bytes and only finished fields are decoded.
///
/// Quoting follows RFC 4180 as Excel reads it: a field that starts with `"` runs to the next lone `"`, with
/// `""` standing for one quote and line breaks kept (CRLF inside becomes LF, the line break of a cell);
/// a quote inside an unquoted field is a plain character; text after a closing quote is kept.
struct CSVParser {
    private enum State {
        case fieldStart
        case unquoted
        case quoted
        case quoteInQuoted
    }

    let separator: UInt8
    let decode: ([UInt8]) -> String

    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var line = 1
    private var recordLine = 1
    private var quoteLine = 1
    private var row = 0
    private var afterCR = false
    /// Set when the record so far is only an empty line.
    private var recordHasContent = false

    /// - Parameter firstLine: The line number of the first byte fed (2 when a "sep=" line was skipped).
    init(separator: UInt8, firstLine: Int = 1, decode: @escaping ([UInt8]) -> String) {
        self.separator = separator
        self.decode = decode
        line = firstLine
        recordLine = firstLine
    }

    /// Feeds bytes; `emit` gets each finished record and returns false to stop. Returns false once stopped.
    mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>, emit: (CSVRecord) throws -> Bool) rethrows -> Bool {
        for byte in bytes {
            if afterCR {
                afterCR = false
                if byte == 0x0A {
                    // The LF of a CRLF: the line was already ended at the CR (or, inside quotes, written as LF).
                    continue
                }
            }
            switch state {
            case .fieldStart, .unquoted:
                if byte == separator {
                    endField()
                } else if byte == 0x0D || byte == 0x0A {
                    afterCR = byte == 0x0D
                    let keepGoing = try endRecord(emit)
                    line += 1
                    recordLine = line
                    if !keepGoing { return false }
                } else if byte == UInt8(ascii: "\"") && state == .fieldStart {
                    state = .quoted
                    quoteLine = line
                    recordHasContent = true
                } else {
                    field.append(byte)
                    state = .unquoted
                    recordHasContent = true
                }
            case .quoted:
                if byte == UInt8(ascii: "\"") {
                    state = .quoteInQuoted
                } else if byte == 0x0D || byte == 0x0A {
                    afterCR = byte == 0x0D
                    field.append(0x0A)
                    line += 1
                } else {
                    field.append(byte)
                }
            case .quoteInQuoted:
                if byte == UInt8(ascii: "\"") {
                    field.append(byte)
                    state = .quoted
                } else if byte == separator {
                    endField()
                } else if byte == 0x0D || byte == 0x0A {
                    afterCR = byte == 0x0D
                    let keepGoing = try endRecord(emit)
                    line += 1
                    recordLine = line
                    if !keepGoing { return false }
                } else {
                    // `"abc"def`: Excel keeps the stray text; so does this.
                    field.append(byte)
                    state = .unquoted
                }
            }
        }
        return true
    }

    /// Ends the input: the last record needs no line break, but an open quote is an error.
    mutating func finish(emit: (CSVRecord) throws -> Bool) throws {
        if state == .quoted { throw SpreadsheetError.unterminatedQuote(line: quoteLine) }
        if recordHasContent || !fields.isEmpty {
            _ = try endRecord(emit)
        }
    }

    private mutating func endField() {
        fields.append(decode(field))
        field.removeAll(keepingCapacity: true)
        state = .fieldStart
        recordHasContent = true
    }

    private mutating func endRecord(_ emit: (CSVRecord) throws -> Bool) rethrows -> Bool {
        row += 1
        defer {
            fields.removeAll(keepingCapacity: true)
            field.removeAll(keepingCapacity: true)
            state = .fieldStart
            recordHasContent = false
        }
        // An empty line is a row with nothing in it, as Excel shows it: counted, not reported.
        guard recordHasContent else { return true }
        fields.append(decode(field))
        return try emit(CSVRecord(row: row, line: recordLine, fields: fields))
    }
}
