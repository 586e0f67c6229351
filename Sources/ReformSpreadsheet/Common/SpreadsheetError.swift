import Foundation

/// Every failure of the spreadsheet layer. Messages name the file part (a zip entry such as
/// "xl/worksheets/sheet2.xml") or the CSV line, so an office worker or the importer can say what is wrong.
public enum SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input is not a zip archive at all (random bytes, a text file, an HTML page saved as .xlsx).
    case notAZipArchive
    /// The input starts like a zip archive but its directory at the end is missing: a cut-off download or copy.
    case truncatedArchive
    /// An Excel 97–2003 .xls file, or a password-protected workbook: both are OLE2 compound files, not zips.
    case legacyOrEncryptedWorkbook
    /// A zip that does not hold an xlsx workbook (a .docx, a zip of files); what it is instead, when that is known.
    case notAnXLSXWorkbook(NotAWorkbook)
    /// A part the workbook refers to is not in the archive.
    case missingPart(String)
    /// A part's XML ended before its elements were closed.
    case unexpectedEndOfFile(part: String)
    /// A part's XML is not well-formed; `offset` is the byte offset in the uncompressed part.
    case malformedXML(part: String, offset: Int, reason: String)
    /// The archive entry could not be inflated or failed its checksum.
    case damagedPart(part: String, reason: String)
    /// A cell's content does not fit its declared type (such as a shared string index past the table).
    case invalidCell(part: String, reference: String, reason: String)
    /// No sheet has that name.
    case sheetNotFound(String)
    /// A CSV quoted field that is never closed; `line` is where the quote opened.
    case unterminatedQuote(line: Int)
    /// Reading or writing a file failed.
    case io(path: String, reason: String)
    /// The writer was used out of order (a row before any sheet, anything after `finish()`).
    case writerMisuse(String)

    public var description: String {
        switch self {
        case .notAZipArchive:
            return "The file is not an xlsx workbook: it is not a zip archive."
        case .truncatedArchive:
            return "The file is truncated or damaged: the zip directory at its end is missing."
        case .legacyOrEncryptedWorkbook:
            return "The file is an Excel 97–2003 workbook (.xls) or a password-protected workbook; save it as an unprotected .xlsx."
        case .notAnXLSXWorkbook(let what):
            return "The zip archive is not an xlsx workbook: \(what.english)."
        case .missingPart(let part):
            return "\(part): the part is missing from the workbook."
        case .unexpectedEndOfFile(let part):
            return "\(part): unexpected end of file."
        case .malformedXML(let part, let offset, let reason):
            return "\(part): malformed XML at byte \(offset): \(reason)."
        case .damagedPart(let part, let reason):
            return "\(part): the part is damaged (\(reason))."
        case .invalidCell(let part, let reference, let reason):
            return "\(part): cell \(reference): \(reason)."
        case .sheetNotFound(let name):
            return "No sheet is named \(name)."
        case .unterminatedQuote(let line):
            return "Line \(line): a quoted field is never closed."
        case .io(let path, let reason):
            return "\(path): \(reason)."
        case .writerMisuse(let reason):
            return "The spreadsheet writer was misused: \(reason)."
        }
    }
}

extension SpreadsheetError {
    /// The same message for a Chinese reader (the import pages default to Chinese).
    public var chineseDescription: String {
        switch self {
        case .notAZipArchive:
            return "文件不是 xlsx 工作簿：它不是 zip 压缩格式。"
        case .truncatedArchive:
            return "文件不完整或已损坏：缺少末尾的 zip 目录（可能下载或复制时被截断）。"
        case .legacyOrEncryptedWorkbook:
            return "文件是 Excel 97–2003 工作簿（.xls）或设有密码保护的工作簿；请另存为未加密的 .xlsx。"
        case .notAnXLSXWorkbook(let what):
            return "该 zip 文件不是 xlsx 工作簿：\(what.chinese)。"
        case .missingPart(let part):
            return "\(part)：工作簿中缺少这一部分。"
        case .unexpectedEndOfFile(let part):
            return "\(part)：文件意外结束。"
        case .malformedXML(let part, let offset, let reason):
            return "\(part)：第 \(offset) 字节处 XML 格式错误：\(reason)。"
        case .damagedPart(let part, let reason):
            return "\(part)：这一部分已损坏（\(reason)）。"
        case .invalidCell(let part, let reference, let reason):
            return "\(part)：单元格 \(reference)：\(reason)。"
        case .sheetNotFound(let name):
            return "没有名为“\(name)”的工作表。"
        case .unterminatedQuote(let line):
            return "第 \(line) 行：引号括起的字段没有结束引号。"
        case .io(let path, let reason):
            return "\(path)：\(reason)。"
        case .writerMisuse(let reason):
            return "表格写入程序使用有误：\(reason)。"
        }
    }
}

extension SpreadsheetError {
    /// What a zip that is not an xlsx workbook turned out to be.
    public enum NotAWorkbook: Sendable, Equatable {
        case wordDocument, presentation, openDocument
        /// A zip without xl/workbook.xml (and nothing else recognised).
        case noWorkbookPart

        var english: String {
            switch self {
            case .wordDocument: "it is a Word document (.docx)"
            case .presentation: "it is a PowerPoint presentation (.pptx)"
            case .openDocument: "it is an OpenDocument file (.ods); save it as .xlsx"
            case .noWorkbookPart: "xl/workbook.xml is missing"
            }
        }

        var chinese: String {
            switch self {
            case .wordDocument: "它是 Word 文档（.docx）"
            case .presentation: "它是 PowerPoint 演示文稿（.pptx）"
            case .openDocument: "它是 OpenDocument 文件（.ods），请另存为 .xlsx"
            case .noWorkbookPart: "其中没有工作簿内容（缺少 xl/workbook.xml）"
            }
        }
    }
}

extension SpreadsheetError: LocalizedError {
    public var errorDescription: String? { description }
}
