import Foundation
import ReformCore
import ReformSpreadsheet

/// The library as a spreadsheet: the columns an export writes (in the reader's language) and an import reads (by header,
/// in either language), so an export imports back.
enum ReplicationSheet {
    struct Column {
        var key: String
        var zh: String
        var en: String
        var width: Double
        var wraps = false
    }

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

    typealias Problem = AuthorizationSheet.Problem

    static func read(_ data: Data, filename: String, _ l: Language) -> (rows: [Row], problems: [Problem]) {
        let table: Table
        do {
            if filename.lowercased().hasSuffix(".csv") {
                table = try CSVReader(data: data).table(name: filename)
            } else {
                guard let first = try XLSXReader(data: data).visibleTables().first else {
                    return ([], [Problem(row: 0, column: "", field: "file", message: L10n.t("authorization.import.noSheet", l))])
                }
                table = first
            }
        } catch {
            return (
                [], [Problem(row: 0, column: "", field: "file", message: L10n.fill("authorization.import.unreadable", l, String(describing: error)))]
            )
        }
        guard let header = table.rows.first else {
            return ([], [Problem(row: 0, column: "", field: "file", message: L10n.t("authorization.import.empty", l))])
        }
        var index: [String: Int] = [:]
        for (i, cell) in header.cells.enumerated() {
            let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            if let c = columns.first(where: { $0.zh == text || $0.en.lowercased() == text.lowercased() }) { index[c.key] = i }
        }
        let missing = requiredKeys.filter { index[$0] == nil }
        if !missing.isEmpty {
            let names = missing.compactMap { k in columns.first { $0.key == k } }.map { l == .zh ? $0.zh : $0.en }
            return (
                [],
                [
                    Problem(
                        row: header.number, column: "", field: "header",
                        message: L10n.fill("authorization.import.missingColumns", l, names.joined(separator: l == .zh ? "、" : ", ")))
                ]
            )
        }
        let letters = index.mapValues { ColumnName.letters(forIndex: $0) }
        var rows: [Row] = []
        var problems: [Problem] = []
        for r in table.rows.dropFirst() {
            func cell(_ key: String) -> String {
                guard let i = index[key], i < r.cells.count else { return "" }
                return r.cells[i].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if r.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            if let i = r.cells.firstIndex(where: { $0.unicodeScalars.contains { $0.value == 0 } }) {
                problems.append(
                    Problem(row: r.number, column: ColumnName.letters(forIndex: i), field: "file", message: L10n.t("authorization.import.nul", l)))
                continue
            }
            var ids: [Int] = []
            for part in cell("planItemIds").split(whereSeparator: { ",，、 ".contains($0) }) {
                if let n = Int(part) {
                    ids.append(n)
                } else {
                    problems.append(
                        Problem(
                            row: r.number, column: letters["planItemIds"] ?? "", field: "planItemIds",
                            message: L10n.issue(ValidationIssue(field: "planItemIds", code: .invalidNumber), l, scope: "replication")))
                }
            }
            let input = ReplicationService.ExperienceInput(
                batch: cell("batch"), number: cell("number"), title: cell("title"), summary: cell("summary"), jurisdictionId: nil,
                publisher: cell("publisher"), publishedOn: String(cell("publishedOn").prefix(10)), planItemIds: ids)
            rows.append(Row(number: r.number, input: input, jurisdictionName: cell("jurisdiction"), columns: letters))
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(Problem(row: 0, column: "", field: "file", message: L10n.t("authorization.import.empty", l)))
        }
        return (rows, problems)
    }
}
