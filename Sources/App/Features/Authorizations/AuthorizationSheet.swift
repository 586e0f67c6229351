import Foundation
import ReformCore
import ReformSpreadsheet

/// The register as a spreadsheet: the columns an export writes (in the reader's language) and an import reads (by header,
/// in either language), so an export of a batch imports back into another.
enum AuthorizationSheet {
    typealias Column = RegisterSheet.Column

    static let columns: [Column] = [
        .init(key: "batch", zh: "批次", en: "Batch", width: 16),
        .init(key: "number", zh: "序号", en: "No.", width: 6),
        .init(key: "area", zh: "领域", en: "Area", width: 16),
        .init(key: "content", zh: "授权事项", en: "Authorized item", width: 48, wraps: true),
        .init(key: "grantingBody", zh: "授权机关", en: "Granting body", width: 18, wraps: true),
        .init(key: "jurisdiction", zh: "承接地区", en: "Receiving jurisdiction", width: 12),
        .init(key: "legalBasis", zh: "法律依据", en: "Legal basis", width: 30, wraps: true),
        .init(key: "needsLawChange", zh: "需调整法律法规", en: "Laws to change", width: 10),
        .init(key: "lawChange", zh: "需调整的法律法规", en: "Which laws", width: 30, wraps: true),
        .init(key: "approvalMode", zh: "备案或报批", en: "Filing or approval", width: 10),
        .init(key: "landingStatus", zh: "落地状态", en: "Landing status", width: 14),
        .init(key: "statusOn", zh: "状态日期", en: "Status since", width: 12),
        .init(key: "planItemIds", zh: "关联任务编号", en: "Linked plan items", width: 14),
        .init(key: "remarks", zh: "备注", en: "Remarks", width: 24, wraps: true)
    ]

    /// The columns an import must find.
    static let requiredKeys = ["number", "area", "content", "approvalMode"]

    // MARK: Export

    static func cells(_ r: AuthorizationItemRecord, links: [Int], _ l: Language) -> [String] {
        let yes = l == .zh ? "是" : "yes", no = l == .zh ? "否" : "no"
        return [
            r.batchTitle, String(r.number), r.area, r.content, r.grantingBody, r.jurisdictionName, r.legalBasis, r.needsLawChange ? yes : no,
            r.lawChange, L10n.t("approvalMode." + r.approvalMode, l), L10n.t("landingStatus." + r.status, l), r.statusOn,
            links.map(String.init).joined(separator: ","), r.remarks
        ]
    }

    /// The rows as an .xlsx or a UTF-8 .csv (with BOM), in memory: a register is thousands of rows, not millions.
    static func export(_ rows: [AuthorizationItemRecord], links: [Int: [Int]], format: String, _ l: Language) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("authorizations-\(UUID().uuidString).\(format)")
        defer { try? FileManager.default.removeItem(at: url) }
        if format == "csv" {
            let writer = try CSVWriter(url: url, neutralizesFormulas: true)
            try writer.writeRow(columns.map { l == .zh ? $0.zh : $0.en })
            for r in rows { try writer.writeRow(cells(r, links: links[r.id] ?? [], l)) }
            try writer.finish()
        } else {
            let writer = try XLSXWriter(destination: url, title: L10n.t("authorization.title", l))
            _ = try writer.addSheet(
                name: L10n.t("authorization.title", l),
                columns: columns.map { ColumnSpec(title: l == .zh ? $0.zh : $0.en, width: $0.width, wrapsText: $0.wraps) })
            for r in rows {
                let texts = cells(r, links: links[r.id] ?? [], l)
                try writer.appendRow(
                    texts.enumerated().map { i, t in
                        if columns[i].key == "number" { return .integer(r.number) }
                        if columns[i].key == "statusOn", let d = LocalDate(iso: t) {
                            return .date(SpreadsheetDate(year: d.year, month: d.month, day: d.day))
                        }
                        return t.isEmpty ? .empty : (columns[i].wraps ? .wrappedText(t) : .text(t))
                    })
            }
            try writer.finish()
        }
        return try Data(contentsOf: url)
    }

    // MARK: Import

    /// One row read from a sheet: its number, what it says, and where each field's cell is.
    struct Row: Sendable {
        var number: Int
        var input: AuthorizationService.ItemInput
        var jurisdictionName: String
        /// Field key → column letter.
        var columns: [String: String]
    }

    typealias Problem = RegisterSheet.Problem

    /// Reads an .xlsx (its first visible sheet) or a .csv into rows; the header is the first row, in Chinese or English.
    /// Reads an .xlsx (its first visible sheet) or a .csv into rows; the header is the first row, in Chinese or English.
    static func read(_ data: Data, filename: String, _ l: Language) throws -> (rows: [Row], problems: [Problem]) {
        var (lines, problems) = RegisterSheet.read(data, filename: filename, columns: columns, required: requiredKeys, l)
        let rows = lines.map { line in
            let (ids, idProblems) = RegisterSheet.planItemIds(line, l)
            problems += idProblems
            let needsLaw: Bool
            switch line["needsLawChange"].lowercased() {
            case "是", "yes", "true", "1", "y", "需要": needsLaw = true
            case "", "否", "no", "false", "0", "n", "不需要": needsLaw = false
            default:
                needsLaw = false
                problems.append(line.problem("needsLawChange", L10n.issue(ValidationIssue(field: "needsLawChange", code: .invalidChoice), l)))
            }
            let input = AuthorizationService.ItemInput(
                jurisdictionId: nil, number: line["number"], area: line["area"], content: line["content"], grantingBody: line["grantingBody"],
                legalBasis: line["legalBasis"], needsLawChange: needsLaw, lawChange: line["lawChange"],
                approvalMode: Self.mode(line["approvalMode"]), remarks: line["remarks"], planItemIds: ids,
                landingStatus: Self.status(line["landingStatus"]), statusOn: String(line["statusOn"].prefix(10)))
            return Row(number: line.number, input: input, jurisdictionName: line["jurisdiction"], columns: line.letters)
        }
        return (rows, RegisterSheet.byRow(problems))
    }

    /// 备案 / 报批 / Filing / Approval → the code.
    static func mode(_ text: String) -> String {
        if let m = ApprovalMode(text: text) { return m.rawValue }
        return ApprovalMode.allCases.first { L10n.t("approvalMode." + $0.rawValue, .en).lowercased() == text.lowercased() }?.rawValue ?? text
    }

    /// 正式落地 / Formally landed → the code.
    static func status(_ text: String) -> String {
        if let s = LandingStatus(text: text) { return s.rawValue }
        return LandingStatus.allCases.first { L10n.t("landingStatus." + $0.rawValue, .en).lowercased() == text.lowercased() }?.rawValue ?? text
    }
}
