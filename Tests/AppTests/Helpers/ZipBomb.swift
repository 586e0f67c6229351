import Foundation
import ZIPFoundation

/// Zips built in memory for the import limit tests: each part a head, one byte repeated `count` times and a tail,
/// generated as it is deflated, so a part of 200 MB exists only as its compressed bytes.
enum ZipBomb {
    struct Part {
        var path: String
        var head = ""
        var repeated: UInt8 = UInt8(ascii: "a")
        var count = 0
        var tail = ""
    }

    static func zip(_ parts: [Part]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let head = Array(part.head.utf8), tail = Array(part.tail.utf8)
            let middle = head.count + part.count
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(middle + tail.count), compressionMethod: .deflate
            ) { position, length in
                let start = Int(position), end = Int(position) + length
                var out = Data(capacity: length)
                if start < head.count { out.append(contentsOf: head[start..<min(end, head.count)]) }
                let repeats = max(0, min(end, middle) - max(start, head.count))
                if repeats > 0 { out.append(Data(repeating: part.repeated, count: repeats)) }
                if end > middle { out.append(contentsOf: tail[max(start, middle) - middle..<end - middle]) }
                return out
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// A workbook of one sheet whose only cell holds `megabytes` of the letter a.
    static func workbook(cellMegabytes megabytes: Int) throws -> Data {
        let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return try zip([
            Part(
                path: "_rels/.rels",
                head:
                    #"<Relationships><Relationship Id="rId1" Type="\#(rels)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            Part(
                path: "xl/workbook.xml", head: #"<workbook xmlns:r="\#(rels)"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
            Part(
                path: "xl/_rels/workbook.xml.rels",
                head: #"<Relationships><Relationship Id="rId1" Type="\#(rels)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
            Part(
                path: "xl/worksheets/sheet1.xml", head: #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"#,
                count: megabytes * 1024 * 1024, tail: "</t></is></c></row></sheetData></worksheet>")
        ])
    }

    /// A .docx whose body is one paragraph of `megabytes` of the letter a.
    static func document(megabytes: Int) throws -> Data {
        try zip([
            Part(
                path: "word/document.xml", head: #"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>"#, count: megabytes * 1024 * 1024,
                tail: "</w:t></w:r></w:p></w:body></w:document>")
        ])
    }

    /// Sets the uncompressed size every header declares to `size`, as a bomb that lies about itself does.
    static func declaringSize(_ size: UInt32, in zip: Data) -> Data {
        var bytes = [UInt8](zip)
        var i = 0
        while i + 46 <= bytes.count {
            let isLocal = bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04
            let isCentral = bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02
            if isLocal || isCentral {
                let offset = isLocal ? 22 : 24
                for b in 0..<4 { bytes[i + offset + b] = UInt8((size >> (8 * UInt32(b))) & 0xFF) }
            }
            i += 1
        }
        return Data(bytes)
    }
}
