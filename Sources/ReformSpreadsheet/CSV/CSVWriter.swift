import Foundation

/// Writes CSV that Excel and WPS open correctly on Chinese Windows: UTF-8 with a byte order mark (without
/// it Excel reads the file in the local code page and shows mojibake), CRLF line ends, and fields quoted
/// when they hold the separator, a quote or a line break. Rows stream through a fixed buffer.
public final class CSVWriter: @unchecked Sendable {
    private let lock = NSLock()
    private let output: BufferedFileWriter
    private let separator: UInt8
    private let neutralizesFormulas: Bool
    private var finished = false

    /// Creates (or replaces) the file at `url`.
    /// - Parameters:
    ///   - separator: "," (the default), ";" or "\t".
    ///   - neutralizesFormulas: Prefixes fields that start with = + - @ with an apostrophe so a spreadsheet
    ///     opening the file does not run them as formulas (CSV injection); off by default because it
    ///     changes the data (a "-5" becomes "'-5").
    public init(url: URL, separator: Character = ",", neutralizesFormulas: Bool = false) throws {
        output = try BufferedFileWriter(url: url)
        self.separator = separator.asciiValue ?? UInt8(ascii: ",")
        self.neutralizesFormulas = neutralizesFormulas
        output.append([0xEF, 0xBB, 0xBF])
    }

    /// Writes to an open file handle, such as a pipe or a response body file; `finish()` flushes but leaves
    /// the handle open for its owner.
    public init(fileHandle: FileHandle, separator: Character = ",", neutralizesFormulas: Bool = false) {
        output = BufferedFileWriter(descriptor: fileHandle.fileDescriptor, label: "CSV output")
        self.separator = separator.asciiValue ?? UInt8(ascii: ",")
        self.neutralizesFormulas = neutralizesFormulas
        output.append([0xEF, 0xBB, 0xBF])
    }

    public func writeRow(_ fields: [String]) throws {
        try lock.withLock {
            guard !finished else { throw SpreadsheetError.writerMisuse("the CSV file is already finished") }
            for (index, field) in fields.enumerated() {
                if index > 0 { output.append(separator) }
                writeField(field)
            }
            output.append(UInt8(0x0D))
            output.append(UInt8(0x0A))
            try output.flushIfFull()
        }
    }

    /// Flushes and, for a file the writer opened, closes it.
    public func finish() throws {
        try lock.withLock {
            guard !finished else { return }
            finished = true
            try output.close()
        }
    }

    private func writeField(_ original: String) {
        var field = original
        if neutralizesFormulas, let first = field.utf8.first,
           first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@") {
            field = "'" + field
        }
        let needsQuotes = field.utf8.contains { byte in
            byte == separator || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
        } || field.utf8.first == 0x20 || field.utf8.last == 0x20
        guard needsQuotes else {
            output.appendRaw(field)
            return
        }
        output.append(UInt8(ascii: "\""))
        for byte in field.utf8 {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }
}
