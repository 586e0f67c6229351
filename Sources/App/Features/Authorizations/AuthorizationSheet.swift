import Foundation
import ReformCore
import ReformSpreadsheet

/// The register as a spreadsheet: the columns an export writes (in the reader's language) and an import reads (by header,
/// in either language), so an export of a batch imports back into another.
enum AuthorizationSheet {
    /// A column: the key it fills (an `ItemInput` field, or batch / jurisdiction), its headers and its width.
    struct Column {
        var key: String
        var zh: String
        var en: String
        var width: Double
        var wraps = false
    }

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

    /// A problem with a file, a row or a cell: sheet row and column letter (0 / "" when it concerns the whole file).
    struct Problem: Sendable, Equatable, Encodable {
        var row: Int
        var column: String
        var field: String
        var message: String
    }

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
            // NUL cannot be stored (PostgreSQL text refuses it) and is never an office's data.
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
                            message: L10n.issue(ValidationIssue(field: "planItemIds", code: .invalidNumber), l)))
                }
            }
            let lawText = cell("needsLawChange").lowercased()
            let needsLaw: Bool
            switch lawText {
            case "是", "yes", "true", "1", "y", "需要": needsLaw = true
            case "", "否", "no", "false", "0", "n", "不需要": needsLaw = false
            default:
                needsLaw = false
                problems.append(
                    Problem(
                        row: r.number, column: letters["needsLawChange"] ?? "", field: "needsLawChange",
                        message: L10n.issue(ValidationIssue(field: "needsLawChange", code: .invalidChoice), l)))
            }
            let status = cell("landingStatus")
            let input = AuthorizationService.ItemInput(
                jurisdictionId: nil, number: cell("number"), area: cell("area"), content: cell("content"), grantingBody: cell("grantingBody"),
                legalBasis: cell("legalBasis"), needsLawChange: needsLaw, lawChange: cell("lawChange"),
                approvalMode: Self.mode(cell("approvalMode")), remarks: cell("remarks"), planItemIds: ids,
                landingStatus: Self.status(status), statusOn: String(cell("statusOn").prefix(10)))
            rows.append(Row(number: r.number, input: input, jurisdictionName: cell("jurisdiction"), columns: letters))
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(Problem(row: 0, column: "", field: "file", message: L10n.t("authorization.import.empty", l)))
        }
        return (rows, problems)
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
