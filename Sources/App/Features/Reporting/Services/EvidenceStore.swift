import Crypto
import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// Evidence files: which uploads are accepted (kind, size), and their bytes in the database's file store
/// (`FileStore`, named by their SHA-256), never on a public path. A row of `evidence_files` keeps the file's key in
/// `storage_key`.
struct EvidenceStore: Sendable {
    let files: FileStore
    let maxBytes: Int

    /// An accepted kind of file: its extensions, the content type served, and a check of its first bytes.
    struct Kind: Sendable {
        var extensions: [String]
        var contentType: String
        var matches: @Sendable (Data) -> Bool
    }

    private static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Office Open XML files are zips whose part names say what they are (word/, xl/, ppt/); OFD is a zip with OFD.xml;
    /// legacy Office and WPS files are OLE2 compound files (newer WPS files may be zips).
    static let kinds: [Kind] = [
        Kind(extensions: ["pdf"], contentType: "application/pdf", matches: { $0.starts(with: Array("%PDF-".utf8)) }),
        Kind(extensions: ["png"], contentType: "image/png", matches: { $0.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) }),
        Kind(extensions: ["jpg", "jpeg"], contentType: "image/jpeg", matches: { $0.starts(with: [0xFF, 0xD8, 0xFF]) }),
        Kind(
            extensions: ["docx"], contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            matches: { $0.starts(with: zip) && contains($0, "word/") }),
        Kind(
            extensions: ["xlsx"], contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            matches: { $0.starts(with: zip) && contains($0, "xl/") }),
        Kind(
            extensions: ["pptx"], contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            matches: { $0.starts(with: zip) && contains($0, "ppt/") }),
        Kind(extensions: ["doc"], contentType: "application/msword", matches: { $0.starts(with: ole2) }),
        Kind(extensions: ["xls"], contentType: "application/vnd.ms-excel", matches: { $0.starts(with: ole2) }),
        Kind(extensions: ["wps"], contentType: "application/vnd.ms-works", matches: { $0.starts(with: ole2) || $0.starts(with: zip) }),
        Kind(extensions: ["ofd"], contentType: "application/ofd", matches: { $0.starts(with: zip) && contains($0, "OFD.xml") })
    ]

    private static func contains(_ data: Data, _ text: String) -> Bool {
        data.range(of: Data(text.utf8)) != nil
    }

    struct Checked: Sendable {
        var originalName: String
        var contentType: String
        var data: Data
        var sha256: String
    }

    /// Checks one upload: not empty, not over the limit, an allowed extension whose magic bytes match.
    /// Issues name the form field (`evidence`).
    func check(filename: String, data: Data, field: String = "evidence") throws -> Checked {
        let name = Self.cleanName(filename)
        if data.isEmpty { throw AppError.validation([ValidationIssue(field: field, code: .fileEmpty)]) }
        if data.count > maxBytes {
            throw AppError.validation([ValidationIssue(field: field, code: .fileTooLarge, limit: max(1, maxBytes / (1024 * 1024)))])
        }
        let ext = (name as NSString).pathExtension.lowercased()
        guard let kind = Self.kinds.first(where: { $0.extensions.contains(ext) }), kind.matches(data) else {
            throw AppError.validation([ValidationIssue(field: field, code: .fileType)])
        }
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        return Checked(originalName: name, contentType: kind.contentType, data: data, sha256: digest)
    }

    /// Writes the bytes into the file store in the caller's transaction; returns the key for `storage_key`.
    static func store(_ file: Checked, at timestamp: String, on sql: any SQLDatabase) async throws -> String {
        try await FileStore.put(file.data, at: timestamp, on: sql)
    }

    /// The body of an evidence file's download, streamed from the file store; 404 when its bytes are not there (a
    /// file of the old folder that was missing when it was imported, see `EvidenceFolderImport`).
    func body(of record: EvidenceRecord) async throws -> ResponseBody {
        guard let file = try await files.file(record.storageKey) else { throw AppError.notFound(entity: "evidence", id: String(record.id)) }
        return files.body(of: file)
    }

    /// The name as shown and sent back: no directories, no control characters, at most 200 characters.
    static func cleanName(_ filename: String) -> String {
        let base = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(base.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        return String(cleaned.suffix(200))
    }
}
