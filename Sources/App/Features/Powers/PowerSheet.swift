import Foundation
import ReformCore
import ReformSpreadsheet

/// The register as a spreadsheet: the columns an export writes (in the reader's language) and an import reads (by header,
/// in either language), so an export of a decision imports back into another.
enum PowerSheet {
    typealias Column = RegisterSheet.Column

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

    typealias Problem = RegisterSheet.Problem

    /// Reads an .xlsx (its first visible sheet) or a .csv into rows; the header is the first row, in Chinese or English.
    static func read(_ data: Data, filename: String, _ l: Language) throws -> (rows: [Row], problems: [Problem]) {
        let (lines, problems) = RegisterSheet.read(data, filename: filename, columns: columns, required: requiredKeys, l)
        let rows = lines.map { line in
            let input = PowerService.PowerInput(
                jurisdictionId: nil, number: line["number"], name: line["name"], powerType: Self.type(line["powerType"]),
                method: Self.method(line["method"]), grantingDepartment: line["grantingDepartment"], receivingDepartment: line["receivingDepartment"],
                legalBasis: line["legalBasis"], remarks: line["remarks"])
            return Row(number: line.number, input: input, jurisdictionName: line["jurisdiction"], columns: line.letters)
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
