import Foundation
import ReformCore
import ReformSpreadsheet

/// The library as a spreadsheet: the columns an export writes (in the reader's language) and an import reads (by header,
/// in either language), so an export imports back.
enum ReplicationSheet {
    typealias Column = RegisterSheet.Column

    static let columns: [Column] = [
        .init(key: "batch", zh: "批次", en: "Batch", width: 6),
        .init(key: "number", zh: "序号", en: "No.", width: 6),
        .init(key: "title", zh: "经验名称", en: "Experience", width: 40, wraps: true),
        .init(key: "summary", zh: "主要内容", en: "Summary", width: 60, wraps: true),
        .init(key: "jurisdiction", zh: "首创地区", en: "Origin", width: 12),
        .init(key: "publisher", zh: "发布单位", en: "Published by", width: 16),
        .init(key: "publishedOn", zh: "发布日期", en: "Published on", width: 12),
        .init(key: "planItemIds", zh: "来源任务编号", en: "Plan items", width: 14),
        .init(key: "adoptions", zh: "复制推广地区数", en: "Adopted in", width: 10)
    ]

    static let requiredKeys = ["batch", "number", "title", "jurisdiction", "publishedOn"]

    static func cells(_ e: ExperienceRecord, planItems: [Int]) -> [String] {
        [
            String(e.batch), String(e.number), e.title, e.summary, e.jurisdictionName, e.publisher, e.publishedOn,
            planItems.map(String.init).joined(separator: ","), String(e.adoptions)
        ]
    }

    static func export(_ rows: [ExperienceRecord], planItems: [Int: [Int]], format: String, _ l: Language) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("experiences-\(UUID().uuidString).\(format)")
        defer { try? FileManager.default.removeItem(at: url) }
        if format == "csv" {
            let writer = try CSVWriter(url: url, neutralizesFormulas: true)
            try writer.writeRow(columns.map { l == .zh ? $0.zh : $0.en })
            for r in rows { try writer.writeRow(cells(r, planItems: planItems[r.id] ?? [])) }
            try writer.finish()
        } else {
            let writer = try XLSXWriter(destination: url, title: L10n.t("replication.title", l))
            _ = try writer.addSheet(
                name: L10n.t("replication.title", l),
                columns: columns.map { ColumnSpec(title: l == .zh ? $0.zh : $0.en, width: $0.width, wrapsText: $0.wraps) })
            for r in rows {
                try writer.appendRow(
                    cells(r, planItems: planItems[r.id] ?? []).enumerated().map { i, t in
                        let key = columns[i].key
                        if key == "batch" || key == "number" || key == "adoptions", let n = Int(t) { return .integer(n) }
                        if key == "publishedOn", let d = LocalDate(iso: t) { return .date(SpreadsheetDate(year: d.year, month: d.month, day: d.day)) }
                        return t.isEmpty ? .empty : (columns[i].wraps ? .wrappedText(t) : .text(t))
                    })
            }
            try writer.finish()
        }
        return try Data(contentsOf: url)
    }

    struct Row: Sendable {
        var number: Int
        var input: ReplicationService.ExperienceInput
        var jurisdictionName: String
        var columns: [String: String]
    }

    typealias Problem = RegisterSheet.Problem

    static func read(_ data: Data, filename: String, _ l: Language) -> (rows: [Row], problems: [Problem]) {
        var (lines, problems) = RegisterSheet.read(data, filename: filename, columns: columns, required: requiredKeys, l)
        let rows = lines.map { line in
            let (ids, idProblems) = RegisterSheet.planItemIds(line, scope: "replication", l)
            problems += idProblems
            let input = ReplicationService.ExperienceInput(
                batch: line["batch"], number: line["number"], title: line["title"], summary: line["summary"], jurisdictionId: nil,
                publisher: line["publisher"], publishedOn: String(line["publishedOn"].prefix(10)), planItemIds: ids)
            return Row(number: line.number, input: input, jurisdictionName: line["jurisdiction"], columns: line.letters)
        }
        return (rows, RegisterSheet.byRow(problems))
    }
}
