import Foundation

/// Where a workbook is read from. A file is read through ZIPFoundation's file access, so its bytes are
/// not loaded whole. Data (an upload in memory) is first written to a temporary file: ZIPFoundation's
/// in-memory archive traps on some damaged zips (a range past the end of its buffer), while its file-backed
/// one reports them as errors.
enum XLSXSource: Sendable {
    case file(URL)
    case temporary(TemporaryFile)

    /// The first bytes, to tell a zip from an old .xls or from anything else before opening.
    func head(_ count: Int) throws -> [UInt8] {
        let url = self.url
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            return Array(try handle.read(upToCount: count) ?? Data())
        } catch {
            throw SpreadsheetError.io(
                path: url.path,
                reason: FileManager.default.fileExists(atPath: url.path)
                    ? "the file cannot be read" : "no such file")
        }
    }

    var url: URL {
        switch self {
        case .file(let url): return url
        case .temporary(let file): return file.url
        }
    }
}
