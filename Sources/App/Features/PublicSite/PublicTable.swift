import Foundation
import Hummingbird
import ReformSpreadsheet

/// A public list as open data: the same columns and rows as CSV (UTF-8 with BOM), JSON (an array of objects keyed by
/// the columns' stable English keys, with the license) and XLSX (headers in the reader's language).
struct PublicTable: Sendable {
    struct Column: Sendable {
        var key: String
        var zh: String
        var en: String
        var width: Double = 16
        var wraps = false
    }

    enum Cell: Sendable {
        case text(String)
        case integer(Int)
        case number(Double)
        case bool(Bool)
        case none

        var text: String {
            switch self {
            case .text(let s): s
            case .integer(let n): String(n)
            case .number(let d): d == d.rounded() ? String(Int(d)) : String(format: "%.1f", d)
            case .bool(let b): b ? "true" : "false"
            case .none: ""
            }
        }

        var json: Any {
            switch self {
            case .text(let s): s
            case .integer(let n): n
            case .number(let d): d
            case .bool(let b): b
            case .none: NSNull()
            }
        }
    }

    var name: String
    var title: String
    var columns: [Column]
    var rows: [[Cell]]

    static let formats = ["csv", "json", "xlsx"]

    func data(format: String, _ l: Language) throws -> (Data, String) {
        switch format {
        case "json":
            let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(columns.map(\.key), row.map(\.json))) }
            let document: [String: Any] = ["title": title, "license": PublicSite.licenseName, "licenseURL": PublicSite.licenseURL, "rows": objects]
            return (try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes]), "application/json")
        case "csv":
            return try written("csv", "text/csv; charset=utf-8") { url in
                let writer = try CSVWriter(url: url, neutralizesFormulas: true)
                try writer.writeRow(columns.map { l == .zh ? $0.zh : $0.en })
                for row in rows { try writer.writeRow(row.map(\.text)) }
                try writer.finish()
            }
        default:
            return try written("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { url in
                let writer = try XLSXWriter(destination: url, title: title)
                _ = try writer.addSheet(
                    name: String(title.prefix(31)),
                    columns: columns.map { ColumnSpec(title: l == .zh ? $0.zh : $0.en, width: $0.width, wrapsText: $0.wraps) })
                for row in rows {
                    try writer.appendRow(
                        row.enumerated().map { i, cell -> CellValue in
                            switch cell {
                            case .text(let s): s.isEmpty ? .empty : (columns[i].wraps ? .wrappedText(s) : .text(s))
                            case .integer(let n): .integer(n)
                            case .number(let d): .number(d)
                            case .bool(let b): .boolean(b)
                            case .none: .empty
                            }
                        })
                }
                try writer.finish()
            }
        }
    }

    private func written(_ ext: String, _ type: String, _ write: (URL) throws -> Void) throws -> (Data, String) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("public-\(UUID().uuidString).\(ext)")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(url)
        return (try Data(contentsOf: url), type)
    }

    func body(format: String, _ l: Language) throws -> PublicBody {
        let (data, type) = try self.data(format: format, l)
        var headers: HTTPFields = [.contentType: type]
        if format != "json" { headers[.contentDisposition] = "attachment; filename=\"\(name).\(format)\"" }
        return PublicBody(bytes: ByteBuffer(bytes: data), headers: headers)
    }
}
