import Foundation
import ZIPFoundation

/// An opened zip (an .xlsx, a .docx) whose parts are inflated chunk by chunk under an `UploadBudget`: each chunk is
/// counted against the limits before it is handed on, so a part that expands too far is stopped at the limit, never
/// inflated whole first, whatever sizes the zip's directory declares. ZIPFoundation's `Archive` keeps a file position, so a reader is opened per operation and
/// never shared.
public struct ZipPartReader {
    /// Inflated chunks of this size: large enough to keep call overhead low, small enough that memory stays flat.
    public static let chunkSize = 256 * 1024

    private let archive: Archive
    /// The zip's own size: no part can have more compressed bytes than that, whatever its directory entry says.
    private let fileBytes: UInt64
    public let budget: UploadBudget

    /// Opens the zip at `url`; throws ZIPFoundation's error when it is not one (or its directory is missing).
    public init(url: URL, budget: UploadBudget) throws {
        archive = try Archive(url: url, accessMode: .read, pathEncoding: nil)
        fileBytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.uint64Value ?? UInt64.max
        self.budget = budget
    }

    /// The paths of the files in the zip, as written.
    public var paths: [String] {
        archive.compactMap { $0.type == .file ? $0.path : nil }
    }

    public func contains(_ path: String) -> Bool { archive[path] != nil }

    /// Inflates `path` and hands `body` its bytes in chunks of at most `chunkSize`. Throws `UploadLimitExceeded`
    /// when the part passes a limit, `SpreadsheetError.missingPart` when it is not in the zip, and whatever `body`
    /// or ZIPFoundation throws (a damaged entry, a checksum that does not match).
    public func read(_ path: String, _ body: (Data) throws -> Void) throws {
        guard let entry = archive[path] else { throw SpreadsheetError.missingPart(path) }
        // Only what actually inflates is counted: the sizes the zip's directory declares can lie, or be damaged.
        let compressed = min(entry.compressedSize, fileBytes)
        var partBytes = 0
        _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: false) { chunk in
            partBytes += chunk.count
            try budget.inflated(chunk.count, part: path, partBytes: partBytes, compressedBytes: compressed)
            try body(chunk)
        }
    }
}
