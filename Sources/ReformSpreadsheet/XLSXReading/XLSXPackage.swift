import Foundation
import ZIPFoundation

/// An opened xlsx zip. ZIPFoundation's `Archive` is a class with a file position inside, so it is opened per
/// operation and never shared; `XLSXReader` itself keeps only the source and what it parsed. Every part is read
/// through `ZipPartReader`, under the reader's `UploadBudget`.
struct XLSXPackage {
    private let zip: ZipPartReader
    private let pathsByLowercase: [String: String]

    init(source: XLSXSource, budget: UploadBudget) throws {
        let head = try source.head(8)
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw SpreadsheetError.legacyOrEncryptedWorkbook }
        guard head.starts(with: [0x50, 0x4B]) else { throw SpreadsheetError.notAZipArchive }
        let zip: ZipPartReader
        do {
            zip = try ZipPartReader(url: source.url, budget: budget)
        } catch {
            // The zip directory sits at the end; without it the file was cut short (or is not a zip after all).
            throw SpreadsheetError.truncatedArchive
        }
        self.zip = zip
        var paths: [String: String] = [:]
        for path in zip.paths {
            paths[path.lowercased()] = path
        }
        pathsByLowercase = paths
    }

    /// Whether the archive has that part. Excel finds parts whatever their case, so this does too.
    func contains(_ part: String) -> Bool {
        pathsByLowercase[Self.normalised(part).lowercased()] != nil
    }

    /// Streams a part through a handler. Errors name the part.
    func parse<Handler: XMLEventHandler>(_ part: String, into handler: inout Handler) throws {
        let normalised = Self.normalised(part)
        guard let path = pathsByLowercase[normalised.lowercased()], zip.contains(path) else {
            throw SpreadsheetError.missingPart(normalised)
        }
        var tokenizer = XMLStreamTokenizer()
        do {
            try zip.read(path) { chunk in
                try tokenizer.feed(chunk, into: &handler)
            }
            try tokenizer.finish(&handler)
        } catch is StopReading {
            return
        } catch let error as UploadLimitExceeded {
            throw error
        } catch let error as PassThroughError {
            throw error
        } catch let error as XMLTokenizerError {
            throw error.spreadsheetError(part: normalised)
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError.damagedPart(part: normalised, reason: Self.describe(error))
        }
    }

    /// The relationships of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"); none when it has no .rels.
    func relationships(of part: String) throws -> [Relationship] {
        let relsPath = Self.relationshipsPath(of: part)
        guard contains(relsPath) else { return [] }
        var handler = RelationshipsHandler()
        try parse(relsPath, into: &handler)
        return handler.relationships
    }

    static func relationshipsPath(of part: String) -> String {
        let components = part.split(separator: "/", omittingEmptySubsequences: true)
        let folder = components.dropLast().joined(separator: "/")
        let name = components.last.map(String.init) ?? ""
        return folder.isEmpty ? "_rels/\(name).rels" : "\(folder)/_rels/\(name).rels"
    }

    /// Resolves a relationship target against the folder of its source part ("worksheets/sheet1.xml" from
    /// "xl/workbook.xml" → "xl/worksheets/sheet1.xml"; "/xl/x.xml" is from the package root).
    static func resolve(_ target: String, from sourcePart: String) -> String {
        if target.hasPrefix("/") { return normalised(target) }
        let folder = sourcePart.split(separator: "/").dropLast().joined(separator: "/")
        return normalised(folder.isEmpty ? target : "\(folder)/\(target)")
    }

    /// Removes "." and ".." segments, a leading "/" and backslashes some Windows tools write.
    static func normalised(_ path: String) -> String {
        var stack: [Substring] = []
        for segment in path.replacingOccurrences(of: "\\", with: "/").split(separator: "/") {
            if segment == "." { continue }
            if segment == ".." {
                if !stack.isEmpty { stack.removeLast() }
                continue
            }
            stack.append(segment)
        }
        return stack.joined(separator: "/")
    }

    private static func describe(_ error: any Error) -> String {
        if let archiveError = error as? Archive.ArchiveError {
            switch archiveError {
            case .invalidCRC32: return "its checksum does not match"
            default: return "the zip entry cannot be read: \(archiveError)"
            }
        }
        return "it cannot be inflated: \(error)"
    }
}
