import Foundation
import ReformCore
import ReformSpreadsheet

/// The register as a spreadsheet: the columns an export writes (in the reader's language) and an import reads (by header,
/// in either language), so an export of a decision imports back into another.
enum PowerSheet {
    struct Column {
        var key: String
        var zh: String
        var en: String
        var width: Double
        var wraps = false
    }

    static let columns: [Column] = [
        .init(key: "decision", zh: "决定", en: "Decision", width: 20, wraps: true),
        .init(key: "number", zh: "序号", en: "No.", width: 6),
        .init(key: "name", zh: "职权事项", en: "Power", width: 40, wraps: true),
        .init(key: "powerType", zh: "职权类别", en: "Type", width: 8),
        .init(key: "method", zh: "调整方式", en: "Method", width: 8),
        .init(key: "grantingDepartment", zh: "实施部门", en: "Granting department", width: 18, wraps: true),
        .init(key: "jurisdiction", zh: "承接地区", en: "Receiving city", width: 10),
        .init(key: "receivingDepartment", zh: "承接部门", en: "Receiving department", width: 18, wraps: true),
        .init(key: "legalBasis", zh: "设定依据", en: "Legal basis", width: 30, wraps: true),
        .init(key: "handoverDeadline", zh: "交接期限", en: "Handover deadline", width: 12),
        .init(key: "handedOverOn", zh: "交接日期", en: "Handed over on", width: 12),
        .init(key: "termEnd", zh: "委托期满", en: "Term ends", width: 12),
        .init(key: "status", zh: "状态", en: "Status", width: 10),
        .init(key: "remarks", zh: "备注", en: "Remarks", width: 24, wraps: true)
    ]

    /// The columns an import must find.
    static let requiredKeys = ["number", "name", "powerType", "method"]

    static func cells(_ r: DelegatedPowerRecord, today: LocalDate, _ l: Language) -> [String] {
        [
            r.decisionTitle, String(r.number), r.name, L10n.t("powerType." + r.powerType, l), L10n.t("powerMethod." + r.method, l),
            r.grantingDepartment, r.jurisdictionName, r.receivingDepartment, r.legalBasis, r.handoverDeadline, r.handedOverOn ?? "",
            r.termEnd ?? "", L10n.t("powerStatus." + r.status(on: today).rawValue, l), r.remarks
        ]
    }

    static let dateKeys: Set<String> = ["handoverDeadline", "handedOverOn", "termEnd"]

    static func export(_ rows: [DelegatedPowerRecord], today: LocalDate, format: String, _ l: Language) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("powers-\(UUID().uuidString).\(format)")
        defer { try? FileManager.default.removeItem(at: url) }
        if format == "csv" {
            let writer = try CSVWriter(url: url, neutralizesFormulas: true)
            try writer.writeRow(columns.map { l == .zh ? $0.zh : $0.en })
            for r in rows { try writer.writeRow(cells(r, today: today, l)) }
            try writer.finish()
        } else {
            let writer = try XLSXWriter(destination: url, title: L10n.t("power.title", l))
            _ = try writer.addSheet(
                name: L10n.t("power.sheet", l),
                columns: columns.map { ColumnSpec(title: l == .zh ? $0.zh : $0.en, width: $0.width, wrapsText: $0.wraps) })
            for r in rows {
                let texts = cells(r, today: today, l)
                try writer.appendRow(
                    texts.enumerated().map { i, t in
                        if columns[i].key == "number" { return .integer(r.number) }
                        if dateKeys.contains(columns[i].key), let d = LocalDate(iso: t) {
                            return .date(SpreadsheetDate(year: d.year, month: d.month, day: d.day))
                        }
                        return t.isEmpty ? .empty : (columns[i].wraps ? .wrappedText(t) : .text(t))
                    })
            }
            try writer.finish()
        }
        return try Data(contentsOf: url)
    }

    struct Row: Sendable {
        var number: Int
        var input: PowerService.PowerInput
        var jurisdictionName: String
        var columns: [String: String]
    }

    typealias Problem = AuthorizationSheet.Problem

    /// Reads an .xlsx (its first visible sheet) or a .csv into rows; the header is the first row, in Chinese or English.
    static func read(_ data: Data, filename: String, _ l: Language) throws -> (rows: [Row], problems: [Problem]) {
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
            let input = PowerService.PowerInput(
                jurisdictionId: nil, number: cell("number"), name: cell("name"), powerType: Self.type(cell("powerType")),
                method: Self.method(cell("method")), grantingDepartment: cell("grantingDepartment"), receivingDepartment: cell("receivingDepartment"),
                legalBasis: cell("legalBasis"), remarks: cell("remarks"))
            rows.append(Row(number: r.number, input: input, jurisdictionName: cell("jurisdiction"), columns: letters))
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(Problem(row: 0, column: "", field: "file", message: L10n.t("authorization.import.empty", l)))
        }
        return (rows, problems)
    }

    /// 许可 / Licensing → the code.
    static func type(_ text: String) -> String {
        if let t = PowerType(text: text) { return t.rawValue }
        return PowerType.allCases.first { L10n.t("powerType." + $0.rawValue, .en).lowercased() == text.lowercased() }?.rawValue ?? text
    }

    static func method(_ text: String) -> String {
        if let m = PowerMethod(text: text) { return m.rawValue }
        return PowerMethod.allCases.first { L10n.t("powerMethod." + $0.rawValue, .en).lowercased() == text.lowercased() }?.rawValue ?? text
    }
}
