import Foundation

/// Which limit an upload passed, with the part or sheet it passed it in. Pages and the API name the limit in the
/// reader's language (the App's string table); `description` is for logs and the command line.
public enum UploadLimitExceeded: Error, Sendable, Equatable, CustomStringConvertible {
    case partBytes(part: String, limit: Int)
    case totalBytes(limit: Int)
    case compressionRatio(part: String, limit: Int)
    case cells(sheet: String, limit: Int)
    case characters(sheet: String, limit: Int)
    case time(seconds: Int)

    public var description: String {
        switch self {
        case .partBytes(let part, let limit): "\(part) expands past the limit of \(Self.size(limit)) per part"
        case .totalBytes(let limit): "the file expands past the limit of \(Self.size(limit)) in all"
        case .compressionRatio(let part, let limit): "\(part) expands more than \(limit) times its compressed size (the limit)"
        case .cells(let sheet, let limit): "sheet \(sheet) has more than the limit of \(limit) cells"
        case .characters(let sheet, let limit): "sheet \(sheet) holds more than the limit of \(limit) characters"
        case .time(let seconds): "reading took longer than the limit of \(seconds) seconds"
        }
    }

    /// "128 MB", "1.5 MB", "800 KB" (binary units, as the limits are set).
    public static func size(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 {
            let megabytes = Double(bytes) / (1024 * 1024)
            return megabytes == megabytes.rounded() ? "\(Int(megabytes)) MB" : String(format: "%.1f MB", megabytes)
        }
        if bytes >= 1024 { return "\(bytes / 1024) KB" }
        return "\(bytes) B"
    }
}
