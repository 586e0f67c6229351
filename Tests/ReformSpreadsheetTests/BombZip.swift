import Foundation
import ZIPFoundation

/// Zips built in memory for the limit tests. A part is a head, a piece repeated `count` times and a tail, generated
/// as it is deflated, so a part of 200 MB never exists in memory: only its compressed bytes do.
enum BombZip {
    struct Part {
        var path: String
        var head: String
        var repeated = ""
        var count = 0
        var tail = ""

        var size: Int { head.utf8.count + repeated.utf8.count * count + tail.utf8.count }
    }

    static func zip(_ parts: [Part]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let source = Source(part)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(part.size), compressionMethod: .deflate, bufferSize: Source.chunk
            ) { position, length in source.bytes(from: Int(position), count: length) }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// A workbook of one sheet, "Sheet1" at xl/worksheets/sheet1.xml, with shared strings when given.
    static func workbook(sheet: Part, sharedStrings: Part? = nil) throws -> Data {
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var workbookRels =
            #"<Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
        if sharedStrings != nil {
            workbookRels += #"<Relationship Id="rId2" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
        }
        var parts = [
            Part(
                path: "_rels/.rels",
                head:
                    #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
            Part(
                path: "xl/workbook.xml",
                head:
                    #"<workbook xmlns:r="\#(relationships)"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            Part(
                path: "xl/_rels/workbook.xml.rels",
                head: #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(workbookRels)</Relationships>"#),
            Part(path: "xl/worksheets/sheet1.xml", head: sheet.head, repeated: sheet.repeated, count: sheet.count, tail: sheet.tail)
        ]
        if let sharedStrings {
            parts.append(
                Part(
                    path: "xl/sharedStrings.xml", head: sharedStrings.head, repeated: sharedStrings.repeated, count: sharedStrings.count,
                    tail: sharedStrings.tail))
        }
        return try zip(parts)
    }

    /// A sheet's XML with `cells` (each a `<c>` element) repeated `count` times in one row.
    static func sheet(repeating cell: String, count: Int) -> Part {
        Part(
            path: "xl/worksheets/sheet1.xml", head: #"<worksheet><sheetData><row r="1">"#, repeated: cell, count: count,
            tail: "</row></sheetData></worksheet>")
    }

    /// Sets the uncompressed size every header of the zip declares to `size`, as a bomb that lies about itself does.
    static func declaringSize(_ size: UInt32, in zip: Data) -> Data {
        var bytes = [UInt8](zip)
        let local: [UInt8] = [0x50, 0x4B, 0x03, 0x04], central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        var i = 0
        while i + 46 <= bytes.count {
            let signature = Array(bytes[i..<(i + 4)])
            let offset = signature == local ? 22 : signature == central ? 24 : nil
            if let offset {
                for b in 0..<4 { bytes[i + offset + b] = UInt8((size >> (8 * UInt32(b))) & 0xFF) }
            }
            i += 1
        }
        return Data(bytes)
    }

    /// The bytes of a part from any position, the repeated piece cut from one prepared block.
    private struct Source {
        static let chunk = 64 * 1024
        let head: [UInt8], tail: [UInt8], unit: [UInt8], block: [UInt8], count: Int

        init(_ part: Part) {
            head = Array(part.head.utf8)
            tail = Array(part.tail.utf8)
            unit = Array(part.repeated.utf8)
            count = part.count
            block = unit.isEmpty ? [] : Array([[UInt8]](repeating: unit, count: Self.chunk / unit.count + 2).joined())
        }

        func bytes(from start: Int, count length: Int) -> Data {
            var out = [UInt8]()
            out.reserveCapacity(length)
            let repeatedEnd = head.count + unit.count * count
            var p = start
            let end = start + length
            while p < end {
                if p < head.count {
                    let n = min(end, head.count) - p
                    out += head[p..<(p + n)]
                    p += n
                } else if p < repeatedEnd {
                    let n = min(end, repeatedEnd) - p
                    let offset = (p - head.count) % unit.count
                    out += block[offset..<(offset + n)]
                    p += n
                } else {
                    let n = end - p
                    out += tail[(p - repeatedEnd)..<(p - repeatedEnd + n)]
                    p += n
                }
            }
            return Data(out)
        }
    }
}
