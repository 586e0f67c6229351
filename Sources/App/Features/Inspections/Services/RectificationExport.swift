import Foundation
import ReformCore
import ReformSpreadsheet

/// The rectification ledger as a spreadsheet (整改台账): the same rows as the page, every one of them, as XLSX (written
/// by `XLSXWriter`) or CSV (`CSVRowEncoder`, formulas neutralised), cells as the main ledger's export makes them.
enum RectificationExport {
    /// More than this and the reader is asked to narrow the filter: a rectification ledger is thousands of rows, not millions.
    static let maxRows = 20_000

    static func columns(_ l: Language) -> [ColumnSpec] {
        [
            ColumnSpec(L10n.t("rectifications.col.seq", l), width: 6),
            ColumnSpec(L10n.t("rectifications.col.inspection", l), width: 24, wrapsText: true),
            ColumnSpec(L10n.t("rectifications.col.problem", l), width: 40, wrapsText: true),
            ColumnSpec(L10n.t("rectifications.col.category", l), width: 12),
            ColumnSpec(L10n.t("rectifications.col.severity", l), width: 8),
            ColumnSpec(L10n.t("rectifications.col.lead", l), width: 24, wrapsText: true),
            ColumnSpec(L10n.t("rectifications.col.deadline", l), width: 12),
            ColumnSpec(L10n.t("rectifications.col.measures", l), width: 40, wrapsText: true),
            ColumnSpec(L10n.t("rectifications.col.state", l), width: 10),
            ColumnSpec(L10n.t("rectifications.col.light", l), width: 8),
            ColumnSpec(L10n.t("rectifications.col.closedOn", l), width: 12)
        ]
    }

    static func row(_ r: RectificationRecord, seq: Int, today: LocalDate, _ l: Language) -> [CellValue] {
        func date(_ iso: String?) -> CellValue {
            guard let d = iso.flatMap(LocalDate.init(iso:)) else { return .empty }
            return .date(SpreadsheetDate(year: d.year, month: d.month, day: d.day))
        }
        return [
            .integer(seq), .text(r.inspectionTitle), .text(r.description),
            r.category.map { .text(L10n.t("findingCategory." + $0, l)) } ?? .empty,
            r.severity.map { .text(L10n.t("findingSeverity." + $0, l)) } ?? .empty,
            .text(r.leadUnitName), date(r.deadline), .text(r.measures), .text(L10n.t("rectificationState." + r.state, l)),
            .text(L10n.light(r.light(today: today), l)), date(r.closedOn)
        ]
    }

    static func csv(_ rows: [RectificationRecord], today: LocalDate, _ l: Language) -> Data {
        let encoder = CSVRowEncoder(neutralizesFormulas: true)
        var bytes = CSVRowEncoder.byteOrderMark
        encoder.append(columns(l).map(\.title), to: &bytes)
        for (n, r) in rows.enumerated() { encoder.append(row(r, seq: n + 1, today: today, l).map(LedgerExportColumns.csvText), to: &bytes) }
        return Data(bytes)
    }

    static func xlsx(_ rows: [RectificationRecord], today: LocalDate, _ l: Language) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rectifications-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(destination: url, title: L10n.t("rectifications.title", l))
        _ = try writer.addSheet(name: L10n.t("rectifications.title", l), columns: columns(l))
        for (n, r) in rows.enumerated() { try writer.appendRow(row(r, seq: n + 1, today: today, l)) }
        try writer.finish()
        return try Data(contentsOf: url)
    }
}
