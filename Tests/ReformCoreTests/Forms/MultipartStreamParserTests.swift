import Foundation
import ReformCore
import Testing

/// The streaming multipart reader gives the same parts whatever the chunks the body arrives in, holds back only
/// what may be a delimiter, and names what is malformed.
@Suite struct MultipartStreamParserTests {
    struct Collected: Equatable {
        var parts: [MultipartStreamParser.Part] = []
        var contents: [[UInt8]] = []
    }

    static let boundary = "----ReformBoundary7MA4YWxk"

    static func body(_ parts: [(name: String, filename: String?, content: [UInt8])], boundary: String = boundary) -> [UInt8] {
        var body: [UInt8] = []
        for part in parts {
            var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\""
            if let filename = part.filename { head += "; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream" }
            head += "\r\n\r\n"
            body += Array(head.utf8) + part.content + Array("\r\n".utf8)
        }
        return body + Array("--\(boundary)--\r\n".utf8)
    }

    static func parse(_ body: [UInt8], chunkSizes: [Int], boundary: String = boundary) throws -> Collected {
        var parser = MultipartStreamParser(boundary: boundary)
        var collected = Collected()
        var position = 0
        var turn = 0
        while position < body.count {
            let size = max(1, chunkSizes[turn % chunkSizes.count])
            turn += 1
            let chunk = Array(body[position..<min(body.count, position + size)])
            position += chunk.count
            try parser.feed(chunk) { event in
                switch event {
                case .begin(let part):
                    collected.parts.append(part)
                    collected.contents.append([])
                case .content(let bytes): collected.contents[collected.contents.count - 1] += Array(bytes)
                case .end: break
                }
            }
        }
        try parser.finish()
        return collected
    }

    @Test func fieldsAndFilesComeOutWhateverTheChunks() throws {
        // given a body whose file holds what looks like the start of a delimiter, and CRLFs
        let tricky = Array("a\r\n--\(Self.boundary.dropLast())x\r\n-\r\n--".utf8) + (0..<300).map { UInt8($0 % 256) }
        let body = Self.body([
            ("_csrf", nil, Array("token".utf8)), ("title", nil, Array("深化改革 方案".utf8)),
            ("file", "台账.xlsx", tricky), ("empty", "", [])
        ])
        // when it arrives whole, byte by byte, and in uneven chunks
        let whole = try Self.parse(body, chunkSizes: [body.count])
        for sizes in [[1], [2], [3, 7], [5, 1, 64], [Self.boundary.count + 3], [Self.boundary.count + 4, 1]] {
            // then every way gives the same parts and contents
            #expect(try Self.parse(body, chunkSizes: sizes) == whole, "chunks \(sizes)")
        }
        #expect(whole.parts.map(\.name) == ["_csrf", "title", "file", "empty"])
        #expect(whole.parts[2].filename == "台账.xlsx" && whole.parts[2].contentType == "application/octet-stream")
        #expect(whole.contents[1] == Array("深化改革 方案".utf8))
        #expect(whole.contents[2] == tricky)
        #expect(whole.contents[3].isEmpty && whole.parts[3].filename == "")
    }

    @Test func randomBodiesRoundTrip() throws {
        var generator = SeededGenerator(seed: 20_261_206)
        for _ in 0..<200 {
            // given random parts with random bytes, split at random
            let count = Int.random(in: 0...4, using: &generator)
            let parts = (0..<count).map { i in
                (
                    "f\(i)", Bool.random(using: &generator) ? "x\(i).bin" : nil,
                    (0..<Int.random(in: 0...200, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                )
            }
            let body = Self.body(parts.map { (name: $0.0, filename: $0.1, content: $0.2) })
            let sizes = (0..<5).map { _ in Int.random(in: 1...90, using: &generator) }
            // when read
            let collected = try Self.parse(body, chunkSizes: sizes)
            // then the parts are those written
            #expect(collected.parts.map(\.name) == parts.map(\.0))
            #expect(collected.contents == parts.map(\.2))
        }
    }

    @Test func malformedBodiesNameWhatIsWrong() {
        let good = Self.body([("a", nil, Array("1".utf8))])
        let cases: [([UInt8], String)] = [
            (Array("no delimiter at all".utf8), "no boundary"),
            (Array(good.prefix(good.count - 30)), "unterminated part"),
            (Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"a\"".utf8), "part without headers"),
            (Array("--\(Self.boundary)XX".utf8), "bad delimiter line"),
            (Array("--\(Self.boundary)\r\n".utf8) + Array(repeating: UInt8(ascii: "h"), count: 20_000), "part headers longer than 16384 bytes")
        ]
        for (body, reason) in cases {
            #expect(throws: MultipartStreamParser.Failure.malformed(reason)) {
                _ = try Self.parse(body, chunkSizes: [7])
            }
        }
    }

    @Test func theEpilogueAfterTheLastDelimiterIsIgnored() throws {
        let body = Self.body([("a", nil, Array("1".utf8))]) + Array("trailing words".utf8)
        let collected = try Self.parse(body, chunkSizes: [4])
        #expect(collected.contents == [Array("1".utf8)])
    }

    @Test func boundaryFromContentType() {
        #expect(MultipartStreamParser.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(MultipartStreamParser.boundary(contentType: "Multipart/Form-Data ; boundary=\"a b\"") == "a b")
        #expect(MultipartStreamParser.boundary(contentType: "application/json") == nil)
        #expect(MultipartStreamParser.boundary(contentType: "multipart/form-data; boundary=") == nil)
    }
}
