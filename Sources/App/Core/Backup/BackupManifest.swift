import Foundation

/// What a backup archive holds (`manifest.json`): which app and schema wrote it, how many rows each table had at the
/// moment of the copy (restore checks them again), and the SHA-256 of every other file in the archive (also in
/// `SHA256SUMS`, so `sha256sum -c SHA256SUMS` checks an unpacked archive without the app).
package struct BackupManifest: Codable, Sendable, Equatable {
    package struct File: Codable, Sendable, Equatable {
        package var name: String
        package var size: Int
        package var sha256: String
    }

    /// Raised when the archive's layout changes; restore refuses a format it does not know.
    package static let currentFormat = 1

    package var format = currentFormat
    package var appVersion: String
    package var createdAt: String
    /// "sqlite" or "postgresql": a backup is restored into the same kind of database.
    package var database: String
    /// The migrations applied to the copied database, in order.
    package var migrations: [String]
    /// Rows per table in the copy.
    package var tables: [String: Int]
    /// Files kept in the database (`FileStore`): their number and bytes, inside the database copy.
    package var storedFiles: Int
    package var storedFileBytes: Int
    /// Evidence rows whose bytes are not in the database (missing from the old folder when it was imported).
    package var evidenceWithoutBytes: Int
    package var files: [File]

    static let name = "manifest.json"
    static let sums = "SHA256SUMS"

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// `sha256sum`'s format: the digest, two spaces, the name.
    var sums: String { files.map { "\($0.sha256)  \($0.name)\n" }.joined() }
}

/// A backup or restore that cannot go on, with what to do about it.
public struct BackupError: Error, CustomStringConvertible, Equatable {
    public let description: String
    init(_ description: String) { self.description = description }
}
