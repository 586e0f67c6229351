import Foundation
import ReformCore
import ReformSpreadsheet

/// The 一览表 columns of an export, in the ledger page's order, and how a row fills them. Unit names are
/// written in full (the page shows short names) so that an import matches them back exactly; the 序号 is
/// the number as written in the plan (一、（一）1.（1）or 1 / 1.1), which the importer nests by.
enum LedgerExportColumns {
    static let keys = [
        "seq", "field", "task", "measure", "lead", "participants", "leader", "person", "handler",
        "deadline", "expected", "policies", "progress", "status", "remarks"
    ]
    private static let widths: [Double] = [8, 14, 28, 40, 18, 26, 10, 10, 10, 13, 30, 24, 12, 10, 22]
    private static let wraps: Set<String> = ["field", "task", "measure", "lead", "participants", "expected", "policies", "progress", "remarks"]

    static func specs(_ l: Language) -> [ColumnSpec] {
        zip(keys, widths).map { key, width in ColumnSpec(L10n.t("col." + key, l), width: width, wrapsText: wraps.contains(key)) }
    }

    /// - Parameter datesAsText: CSV has no date cells: the deadline goes as the stored YYYY-MM-DD, which Excel
    ///   and WPS read as a date.
    static func cells(_ r: LedgerExportRow, participants: [String], _ l: Language, datesAsText: Bool) -> [CellValue] {
        let deadline: CellValue
        if let iso = r.currentDeadline, datesAsText {
            deadline = .text(iso)
        } else if let iso = r.currentDeadline, let d = isoDate(iso) {
            deadline = .date(d)
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
            .text(r.remarks)
        ]
    }

    /// The item's own percent, and the rolled-up one beside it when the item has counted children:
    /// "35%（汇总 40%）". `ImportSheetReader` reads the own percent back from this form.
    static func progress(own: Double, derived: Double?, _ l: Language) -> String {
        let text = percent(own)
        guard let derived else { return text }
        return text + L10n.fill("export.rolledUp", l, percent(derived))
    }

    /// "35%", "37.5%": what `L10n.percent` shows for the stored percents (kept to one decimal by the roll-up),
    /// without Foundation's `String(format:)`, which cost a few percent of a million-row export.
    static func percent(_ p: Double) -> String {
        guard p.isFinite else { return L10n.percent(p) }
        let tenths = Int((p * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return sign + (magnitude % 10 == 0 ? "\(magnitude / 10)%" : "\(magnitude / 10).\(magnitude % 10)%")
    }

    /// A stored YYYY-MM-DD as a spreadsheet date, read from its bytes.
    static func isoDate(_ iso: String) -> SpreadsheetDate? {
        let b = Array(iso.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard (48...57).contains(b[i]) else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return SpreadsheetDate(year: y, month: m, day: d)
    }

    /// A cell as CSV text: dates as YYYY-MM-DD, which Excel and WPS read as dates.
    static func csvText(_ cell: CellValue) -> String {
        switch cell {
        case .empty: ""
        case .text(let text), .wrappedText(let text): text
        case .integer(let n): String(n)
        case .number(let x): String(x)
        case .percent(let x): percent(x * 100)
        case .date(let d), .dateTime(let d): String(d.description.prefix(10))
        case .boolean(let b): b ? "TRUE" : "FALSE"
        }
    }
}
