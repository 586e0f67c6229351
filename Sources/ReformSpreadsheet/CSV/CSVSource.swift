import Foundation

/// Where CSV bytes come from, read in chunks so a large file is never loaded whole.
enum CSVSource: Sendable {
    case file(URL)
    case data(Data)

    static let chunkSize = 256 * 1024

    /// Calls `body` with successive chunks until the end or until it returns false.
    func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        switch self {
        case .data(let data):
            var offset = data.startIndex
            while offset < data.endIndex {
                let end = min(offset + Self.chunkSize, data.endIndex)
                let keepGoing = try data[offset..<end].withUnsafeBytes { raw in
                    try body(raw.bindMemory(to: UInt8.self))
                }
                if !keepGoing { return }
                offset = end
            }
        case .file(let url):
            let handle: FileHandle
            do {
                handle = try FileHandle(forReadingFrom: url)
            } catch {
                throw SpreadsheetError.io(
                    path: url.path,
                    reason: FileManager.default.fileExists(atPath: url.path)
                        ? "the file cannot be read" : "no such file")
            }
            defer { try? handle.close() }
            while true {
                let chunk: Data
                do {
                    chunk = try handle.read(upToCount: Self.chunkSize) ?? Data()
                } catch {
                    throw SpreadsheetError.io(path: url.path, reason: "reading failed: \(error.localizedDescription)")
                }
                if chunk.isEmpty { return }
                let keepGoing = try chunk.withUnsafeBytes { raw in try body(raw.bindMemory(to: UInt8.self)) }
                if !keepGoing { return }
            }
        }
    }

    /// The first `count` bytes (fewer for a short source).
    func head(_ count: Int) throws -> [UInt8] {
        var result: [UInt8] = []
        try forEachChunk { chunk in
            result.append(contentsOf: chunk.prefix(count - result.count))
            return result.count < count
        }
        return result
    }

    /// The whole content; used only for UTF-16 files, which are transcoded once.
    func allBytes() throws -> Data {
        var result = Data()
        try forEachChunk { chunk in
            result.append(chunk)
            return true
        }
        return result
    }
}
