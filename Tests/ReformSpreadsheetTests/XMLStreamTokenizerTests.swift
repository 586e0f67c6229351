import Foundation
import Testing

@testable import ReformSpreadsheet

@Suite("Streaming XML tokenizer")
struct XMLStreamTokenizerTests {
    private static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment with <tags> -->
        <x:root xmlns:x="urn:x" a='1 &gt; 0' b="&#x4E2D;&#25991;">
          <x:t xml:space="preserve"> 甲 &amp; 乙 &lt;丙&gt; &quot;丁&quot; &apos;戊&apos; </x:t>
          <empty/>
          <t><![CDATA[<not a tag> & raw]]></t>
          <t>line1\r\nline2\rline3</t>
        </x:root>
        """

    private func parse(_ bytes: [UInt8], chunkSize: Int) throws -> [String] {
        var tokenizer = XMLStreamTokenizer()
        var handler = RecordingHandler()
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + chunkSize, bytes.count)
            try tokenizer.feed(bytes: Array(bytes[offset..<end]), into: &handler)
            offset = end
        }
        try tokenizer.finish(&handler)
        return handler.events
    }

    @Test("elements, attributes, entities, CDATA and line ends come out decoded")
    func events() throws {
        // when
        let events = try parse(Array(Self.document.utf8), chunkSize: 1 << 20)
        // then
        #expect(
            events == [
                "start root [xmlns:x=urn:x,a=1 > 0,b=中文]",
                "start t [xml:space=preserve]",
                "text  甲 & 乙 <丙> \"丁\" '戊' ",
                "end t",
                "start empty []",
                "end empty",
                "start t []",
                "text <not a tag> & raw",
                "end t",
                "start t []",
                "text line1\nline2\nline3",
                "end t",
                "end root"
            ])
    }

    @Test("any chunk size gives the same events, even splitting entities, CRLF and multi-byte characters", arguments: [1, 2, 3, 5, 7, 13, 64])
    func chunking(chunkSize: Int) throws {
        // given
        let bytes = Array(Self.document.utf8)
        // when
        let whole = try parse(bytes, chunkSize: bytes.count)
        let pieces = try parse(bytes, chunkSize: chunkSize)
        // then
        #expect(pieces == whole)
    }

    @Test(
        "malformed documents are refused with a reason",
        arguments: [
            "<a><b></a>", "<a x=1/>", "<a x=\"1></a>", "<a>&bogus;</a>", "<a>&#xZZ;</a>", "<a/><b/>", "text<a/>", "<a><!WHAT></a>"
        ])
    func malformed(text: String) {
        #expect(throws: XMLTokenizerError.self) {
            _ = try parse(Array(text.utf8), chunkSize: 4)
        }
    }

    @Test("a document cut short is an unexpected end of file", arguments: ["", "<a>", "<a><b>text</b>", "<a><b attr=\"x", "<a></a", "<a><![CDATA[x"])
    func truncated(text: String) {
        #expect(throws: XMLTokenizerError.unexpectedEnd) {
            _ = try parse(Array(text.utf8), chunkSize: 3)
        }
    }

    @Test("a tag that never ends is refused once it passes the pending limit, not rescanned forever")
    func endlessTag() throws {
        // given: a start tag whose attribute value never closes, fed in 256 KiB chunks
        var tokenizer = XMLStreamTokenizer()
        var handler = RecordingHandler()
        try tokenizer.feed(bytes: Array("<a><c r=\"".utf8), into: &handler)
        let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 256 * 1024)
        // when / then
        #expect(throws: XMLTokenizerError.self) {
            for _ in 0..<100 { try tokenizer.feed(bytes: chunk, into: &handler) }
        }
    }

    @Test("a byte order mark before the declaration is skipped")
    func byteOrderMark() throws {
        let events = try parse([0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\"?><a>x</a>".utf8), chunkSize: 2)
        #expect(events == ["start a []", "text x", "end a"])
    }
}
