import Foundation
import Hummingbird
import NIOCore
import ReformCore

/// A multipart/form-data body as the server keeps it: the text fields in memory, each file written to a temporary
/// file as its bytes arrive, so an upload costs a few kilobytes of memory whatever its size. The files are deleted
/// when the form and every `File` taken from it have gone away (the end of the request, or of the work it was handed
/// to): a handler may keep the files and drop the form (a request made with an API token has no other owner of it).
final class UploadedForm: Sendable {
    /// The temporary directory of one form's files, removed when its last owner goes.
    final class Directory: Sendable {
        let url: URL
        init(_ url: URL) { self.url = url }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    struct File: Sendable {
        var filename: String
        var url: URL
        var size: Int
        /// Keeps the directory (and so this file) while the file is held.
        let directory: Directory

        /// The whole file, for the callers that keep small files in memory (evidence of a report).
        func data() throws -> Data { try Data(contentsOf: url) }
    }

    let fields: [String: [String]]
    /// Every file of each name in order (a `multiple` file input sends several parts under one name).
    let files: [String: [File]]
    /// The size of the body as it came: a handler with a lower limit than the one the form was read under checks it.
    let bodyBytes: Int
    private let directory: Directory

    private init(fields: [String: [String]], files: [String: [File]], bodyBytes: Int, directory: Directory) {
        self.fields = fields
        self.files = files
        self.bodyBytes = bodyBytes
        self.directory = directory
    }

    func string(_ key: String) -> String { fields[key]?.last ?? "" }
    func file(_ key: String) -> File? { files[key]?.first }

    /// Text fields together may hold this much; the rest of a body is files.
    static let maxFieldBytes = 4 * 1024 * 1024

    /// Reads a multipart body as it streams in, refusing it (413) once it passes `limit` bytes.
    static func read(
        _ body: RequestBody, boundary: String, limit: Int, in base: URL = FileManager.default.temporaryDirectory
    ) async throws -> UploadedForm {
        let url = base.appendingPathComponent("reform-upload-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let directory = Directory(url)
        var reader = Reader(directory: directory, boundary: boundary)
        do {
            var total = 0
            for try await buffer in body {
                total += buffer.readableBytes
                if total > limit { throw HTTPError(.contentTooLarge, message: "request body exceeds \(limit) bytes") }
                try buffer.withUnsafeReadableBytes { try reader.feed($0) }
            }
            try reader.finish()
            return UploadedForm(fields: reader.fields, files: reader.files, bodyBytes: total, directory: directory)
        } catch {
            reader.close()
            if let failure = error as? MultipartStreamParser.Failure, case .malformed(let reason) = failure {
                throw AppError.badRequest(parameter: "body", message: "malformed multipart/form-data: \(reason)")
            }
            throw error
        }
    }

    /// The form of a multipart request: the one `CSRFMiddleware` already read, or read now (a request made with an
    /// API token). Nil for any other content type.
    static func of(_ request: Request, context: AppRequestContext, limit: Int) async throws -> UploadedForm? {
        if let form = context.uploadedForm {
            if form.bodyBytes > limit { throw HTTPError(.contentTooLarge, message: "request body exceeds \(limit) bytes") }
            return form
        }
        guard let boundary = MultipartStreamParser.boundary(contentType: request.headers[.contentType] ?? "") else { return nil }
        return try await read(request.body, boundary: boundary, limit: limit)
    }

    /// Feeds the parser and keeps what it finds: fields in memory, files on disk.
    private struct Reader {
        let directory: Directory
        var parser: MultipartStreamParser
        var fields: [String: [String]] = [:]
        var files: [String: [File]] = [:]
        var fieldBytes = 0
        var part: MultipartStreamParser.Part?
        var text: [UInt8] = []
        var handle: FileHandle?
        var file: File?

        init(directory: Directory, boundary: String) {
            self.directory = directory
            parser = MultipartStreamParser(boundary: boundary)
        }

        mutating func feed(_ bytes: UnsafeRawBufferPointer) throws {
            var parser = self.parser
            defer { self.parser = parser }
            try parser.feed(bytes) { event in
                switch event {
                case .begin(let part):
                    try begin(part)
                case .content(let content):
                    if let handle {
                        try handle.write(contentsOf: content)
                        file?.size += content.count
                    } else if part?.name != nil {
                        fieldBytes += content.count
                        if fieldBytes > UploadedForm.maxFieldBytes {
                            throw MultipartStreamParser.Failure.malformed("text fields longer than \(UploadedForm.maxFieldBytes) bytes")
                        }
                        text.append(contentsOf: content)
                    }
                case .end:
                    try end()
                }
            }
        }

        mutating func begin(_ part: MultipartStreamParser.Part) throws {
            self.part = part
            text = []
            guard part.name != nil, let filename = part.filename else { return }
            let url = directory.url.appendingPathComponent("part-\(files.values.reduce(0) { $0 + $1.count } + 1)")
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw AppError.internalError("cannot write an upload to \(directory.url.path)")
            }
            handle = try FileHandle(forWritingTo: url)
            file = File(filename: filename, url: url, size: 0, directory: directory)
        }

        mutating func end() throws {
            defer {
                part = nil
                file = nil
            }
            if let handle {
                try handle.close()
                self.handle = nil
                if let name = part?.name, let file { files[name, default: []].append(file) }
            } else if let name = part?.name {
                fields[name, default: []].append(String(decoding: text, as: UTF8.self))
            }
        }

        func finish() throws { try parser.finish() }

        mutating func close() {
            try? handle?.close()
            handle = nil
        }
    }
}
