import Foundation
import Hummingbird
import NIOCore
import Testing

@testable import App

/// A multipart body is kept as fields in memory and files in a temporary folder that goes with the form.
@Suite struct UploadedFormTests {
    static func body(_ chunks: [ByteBuffer]) -> RequestBody {
        let stream = AsyncStream<ByteBuffer> { continuation in
            for chunk in chunks { continuation.yield(chunk) }
            continuation.finish()
        }
        return RequestBody(asyncSequence: stream)
    }

    static func chunks(_ text: String, size: Int) -> [ByteBuffer] {
        let bytes = Array(text.utf8)
        return stride(from: 0, to: bytes.count, by: size).map { ByteBuffer(bytes: bytes[$0..<min(bytes.count, $0 + size)]) }
    }

    static let multipart =
        "--B\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n方案\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n序号,改革任务\r\n1.,试点\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.csv\"\r\n\r\nx\r\n--B--\r\n"

    @Test func filesGoToAFolderThatLeavesWithTheForm() async throws {
        // given a folder of its own for the test
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("uploaded-form-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        var url: URL?
        do {
            // when a body arrives in chunks of 5 bytes
            let form = try await UploadedForm.read(Self.body(Self.chunks(Self.multipart, size: 5)), boundary: "B", limit: 10_000, in: base)
            // then the fields are in memory and the files on disk, in order
            #expect(form.string("title") == "方案")
            let files = try #require(form.files["file"])
            #expect(files.map(\.filename) == ["a.csv", "b.csv"])
            #expect(String(decoding: try files[0].data(), as: UTF8.self) == "序号,改革任务\r\n1.,试点")
            #expect(files[0].size == "序号,改革任务\r\n1.,试点".utf8.count)
            url = files[1].url
            #expect(FileManager.default.fileExists(atPath: files[1].url.path))
        }
        // and once the form is gone, so is its folder
        #expect(url.map { FileManager.default.fileExists(atPath: $0.path) } == false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).isEmpty)
    }

    @Test func aFileKeptAfterTheFormIsDroppedCanStillBeRead() async throws {
        // given a form whose files a handler keeps while it lets the form go (a request made with an API token: no
        // middleware holds the form for it)
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("uploaded-form-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        func filesOnly() async throws -> [UploadedForm.File] {
            let form = try await UploadedForm.read(Self.body(Self.chunks(Self.multipart, size: 7)), boundary: "B", limit: 10_000, in: base)
            return form.files["file"] ?? []
        }
        var files: [UploadedForm.File]? = try await filesOnly()
        // then the bytes are still there to read
        #expect(String(decoding: try files![1].data(), as: UTF8.self) == "x")
        // and the folder goes with the last file
        files = nil
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).isEmpty)
    }

    @Test func aBodyOverTheLimitOrMalformedLeavesNothingBehind() async throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("uploaded-form-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        // when a body passes the limit
        do {
            _ = try await UploadedForm.read(Self.body(Self.chunks(Self.multipart, size: 7)), boundary: "B", limit: 40, in: base)
            Issue.record("a body over the limit was accepted")
        } catch let error as HTTPError {
            // then it is a 413 naming the limit
            #expect(error.status == .contentTooLarge)
            #expect(error.body?.contains("40 bytes") == true)
        }
        // and a body cut short is a 400 naming what is wrong
        do {
            let cut = String(decoding: Array(Self.multipart.utf8.dropLast(9)), as: UTF8.self)
            _ = try await UploadedForm.read(Self.body(Self.chunks(cut, size: 7)), boundary: "B", limit: 10_000, in: base)
            Issue.record("a cut body was accepted")
        } catch AppError.badRequest(let parameter, let message) {
            #expect(parameter == "body" && message == "malformed multipart/form-data: unterminated part")
        }
        // and neither left a file
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).isEmpty)
    }
}
