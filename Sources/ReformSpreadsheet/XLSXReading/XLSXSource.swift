import Foundation

/// Where a workbook is read from. A file is read through ZIPFoundation's file access, so its bytes are
/// not loaded whole; Data is for uploads already in memory.
enum XLSXSource: Sendable {
    case file(URL)
    case data(Data)

    /// The first bytes, to tell a zip from an old .xls or from anything else before opening.
    func head(_ count: Int) throws -> [UInt8] {
        switch self {
        case .data(let data):
            return Array(data.prefix(count))
        case .file(let url):
            do {
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                return Array(try handle.read(upToCount: count) ?? Data())
            } catch {
                throw SpreadsheetError.io(path: url.path, reason: FileManager.default.fileExists(atPath: url.path)
                    ? "the file cannot be read" : "no such file")
            }
        }
    }
}
