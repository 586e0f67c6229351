import Foundation

/// A file in the temporary folder that is deleted when the last reference goes away. It holds only an
/// immutable URL, so sharing it between tasks is safe.
final class TemporaryFile: Sendable {
    let url: URL

    /// Writes `data` to a new temporary file.
    init(data: Data, suffix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("reform-\(UUID().uuidString)\(suffix)")
        do {
            try data.write(to: url)
        } catch {
            throw SpreadsheetError.io(path: url.path, reason: "cannot write a temporary copy")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
