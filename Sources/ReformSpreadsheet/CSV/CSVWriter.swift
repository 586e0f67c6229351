import Foundation

/// Writes CSV that Excel and WPS open correctly on Chinese Windows: UTF-8 with a byte order mark (without
/// it Excel reads the file in the local code page and shows mojibake), CRLF line ends, and fields quoted
/// when they hold the separator, a quote or a line break. Rows stream through a fixed buffer.
public final class CSVWriter: @unchecked Sendable {
    private let lock = NSLock()
    private let output: BufferedFileWriter
    private let encoder: CSVRowEncoder
    private var row: [UInt8] = []
    private var finished = false

    /// Creates (or replaces) the file at `url`.
    /// - Parameters:
    ///   - separator: "," (the default), ";" or "\t".
    ///   - neutralizesFormulas: Prefixes fields that start with = + - @ with an apostrophe so a spreadsheet
    ///     opening the file does not run them as formulas (CSV injection); off by default because it
    ///     changes the data (a "-5" becomes "'-5").
    public init(url: URL, separator: Character = ",", neutralizesFormulas: Bool = false) throws {
        output = try BufferedFileWriter(url: url)
        encoder = CSVRowEncoder(separator: separator, neutralizesFormulas: neutralizesFormulas)
        output.append(CSVRowEncoder.byteOrderMark)
    }

    /// Writes to an open file handle, such as a pipe or a response body file; `finish()` flushes but leaves
    /// the handle open for its owner.
    public init(fileHandle: FileHandle, separator: Character = ",", neutralizesFormulas: Bool = false) {
        output = BufferedFileWriter(descriptor: fileHandle.fileDescriptor, label: "CSV output")
        encoder = CSVRowEncoder(separator: separator, neutralizesFormulas: neutralizesFormulas)
        output.append(CSVRowEncoder.byteOrderMark)
    }

    public func writeRow(_ fields: [String]) throws {
        try lock.withLock {
            guard !finished else { throw SpreadsheetError.writerMisuse("the CSV file is already finished") }
            row.removeAll(keepingCapacity: true)
            encoder.append(fields, to: &row)
            output.append(row)
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
}
