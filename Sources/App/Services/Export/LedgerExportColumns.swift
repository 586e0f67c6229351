import Foundation
import ReformCore
import ReformSpreadsheet

/// The 一览表 columns of an export, in the ledger page's order, and how a row fills them. Unit names are
/// written in full (the page shows short names) so that an import matches them back exactly; the 序号 is
/// the number as written in the plan (一、（一）1.（1）or 1 / 1.1), which the importer nests by.
enum LedgerExportColumns {
    static let keys = ["seq", "field", "task", "measure", "lead", "participants", "leader", "person", "handler",
                       "deadline", "expected", "policies", "progress", "status", "remarks"]
    private static let widths: [Double] = [8, 14, 28, 40, 18, 26, 10, 10, 10, 13, 30, 24, 12, 10, 22]
    private static let wraps: Set<String> = ["field", "task", "measure", "lead", "participants", "expected", "policies", "progress", "remarks"]

    static func specs(_ l: Language) -> [ColumnSpec] {
        zip(keys, widths).map { key, width in ColumnSpec(L10n.t("col." + key, l), width: width, wrapsText: wraps.contains(key)) }
    }

    static func cells(_ r: LedgerExportRow, participants: [String], _ l: Language) -> [CellValue] {
        let deadline: CellValue
        if let iso = r.currentDeadline, let d = LocalDate(iso: iso) {
            deadline = .date(SpreadsheetDate(year: d.year, month: d.month, day: d.day))
        } else {
            // No date: the words it was given ("长期坚持"), which an import reads back as no deadline.
            deadline = .text(r.deadlineText ?? "")
        }
        return [
            .text(r.number),
            .text(r.depth == 0 ? r.title : (r.fieldTitle ?? "")),
            .text(r.depth == 1 ? r.title : (r.depth >= 2 ? (r.taskTitle ?? "") : "")),
            .text(r.depth >= 2 ? r.title : ""),
            .text(r.leadUnitName ?? ""),
            .text(participants.joined(separator: "、")),
            .text(r.responsibleLeader), .text(r.responsiblePerson), .text(r.handler),
            deadline,
            .text(r.expectedResults), .text(r.policyDocuments),
            .text(progress(own: r.ownPercent, derived: r.derivedPercent, l)),
            .text(L10n.status(r.status, l)),
            .text(r.remarks),
        ]
    }

    /// The item's own percent, and the rolled-up one beside it when the item has counted children:
    /// "35%（汇总 40%）". `ImportSheetReader` reads the own percent back from this form.
    static func progress(own: Double, derived: Double?, _ l: Language) -> String {
        let text = L10n.percent(own)
        guard let derived else { return text }
        return text + L10n.fill("export.rolledUp", l, L10n.percent(derived))
    }

    /// A cell as CSV text: dates as YYYY-MM-DD, which Excel and WPS read as dates.
    static func csvText(_ cell: CellValue) -> String {
        switch cell {
        case .empty: ""
        case .text(let text), .wrappedText(let text): text
        case .integer(let n): String(n)
        case .number(let x): String(x)
        case .percent(let x): L10n.percent(x * 100)
        case .date(let d), .dateTime(let d): String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
        case .boolean(let b): b ? "TRUE" : "FALSE"
        }
    }
}
