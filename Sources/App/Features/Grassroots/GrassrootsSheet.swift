import Foundation
import ReformCore
import ReformSpreadsheet

/// The projects as a spreadsheet: the export's columns, and the import's (declarations: by header, either language).
enum GrassrootsSheet {
    typealias Column = RegisterSheet.Column

    static let columns: [Column] = [
        .init(key: "call", zh: "年度征集", en: "Call", width: 20, wraps: true),
        .init(key: "jurisdiction", zh: "申报区", en: "District", width: 10),
        .init(key: "title", zh: "项目名称", en: "Project", width: 36, wraps: true),
        .init(key: "summary", zh: "项目简介", en: "Summary", width: 40, wraps: true),
        .init(key: "leadUnit", zh: "牵头单位", en: "Lead unit", width: 18, wraps: true),
        .init(key: "expectedResult", zh: "预期成效", en: "Expected result", width: 30, wraps: true),
        .init(key: "contact", zh: "联系人", en: "Contact", width: 14),
        .init(key: "state", zh: "状态", en: "State", width: 8),
        .init(key: "reviewNote", zh: "审核意见", en: "Review note", width: 24, wraps: true),
        .init(key: "planItemId", zh: "台账任务编号", en: "Plan item", width: 10)
    ]

    static let requiredKeys = ["jurisdiction", "title", "leadUnit"]

    static func cells(_ r: GrassrootsProjectRecord, _ l: Language) -> [String] {
        [
            r.callTitle, r.jurisdictionName, r.title, r.summary, r.leadUnit, r.expectedResult, r.contact, L10n.t("grassrootsState." + r.state, l),
            r.reviewNote, r.planItemId.map(String.init) ?? ""
        ]
    }

    static func export(_ rows: [GrassrootsProjectRecord], format: String, _ l: Language) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("grassroots-\(UUID().uuidString).\(format)")
        defer { try? FileManager.default.removeItem(at: url) }
        if format == "csv" {
            let writer = try CSVWriter(url: url, neutralizesFormulas: true)
            try writer.writeRow(columns.map { l == .zh ? $0.zh : $0.en })
            for r in rows { try writer.writeRow(cells(r, l)) }
            try writer.finish()
        } else {
            let writer = try XLSXWriter(destination: url, title: L10n.t("grassroots.title", l))
            _ = try writer.addSheet(
                name: L10n.t("grassroots.sheet", l),
                columns: columns.map { ColumnSpec(title: l == .zh ? $0.zh : $0.en, width: $0.width, wrapsText: $0.wraps) })
            for r in rows {
                try writer.appendRow(
                    cells(r, l).enumerated().map { i, t in t.isEmpty ? .empty : (columns[i].wraps ? .wrappedText(t) : .text(t)) })
            }
            try writer.finish()
        }
        return try Data(contentsOf: url)
    }

    struct Row: Sendable {
        var number: Int
        var input: GrassrootsService.ProjectInput
        var district: String
        var columns: [String: String]
    }

    typealias Problem = RegisterSheet.Problem

    static func read(_ data: Data, filename: String, _ l: Language) throws -> (rows: [Row], problems: [Problem]) {
        let (lines, problems) = RegisterSheet.read(data, filename: filename, columns: columns, required: requiredKeys, l)
        let rows = lines.map { line in
            let input = GrassrootsService.ProjectInput(
                jurisdictionId: nil, title: line["title"], summary: line["summary"], leadUnit: line["leadUnit"],
                expectedResult: line["expectedResult"], contact: line["contact"])
            return Row(number: line.number, input: input, district: line["jurisdiction"], columns: line.letters)
        }
        return (rows, problems)
    }
}

extension GrassrootsService {
    package struct ImportReport: Sendable, Encodable {
        package var dryRun: Bool
        package var rows: Int
        package var created: Int
        var problems: [AuthorizationSheet.Problem]
        package var ok: Bool { problems.isEmpty }
    }

    /// Imports declarations into a call: a dry run checks every row and writes nothing; a commit writes them all in one
    /// transaction or none. The district is matched by name among the call's districts the importer may declare for.
    package func importDeclarations(
        callId: Int, data: Data, filename: String, dryRun: Bool, language l: Language, by p: Principal
    ) async throws -> ImportReport {
        let (rows, readProblems) = try GrassrootsSheet.read(data, filename: filename, l)
        return try await database.transaction { sql in
            let call = try await Self.visibleCall(callId, p, on: sql)
            let districts = try await JurisdictionQueries.all(within: call.jurisdictionPath, on: sql).filter {
                $0.parentId == call.jurisdictionId && Access.canEditGrassroots(in: $0.path, p)
            }
            if districts.isEmpty { throw AppError.forbidden(action: "grassroots_declare") }
            var problems = readProblems
            var checked: [(ProjectInput, JurisdictionRecord)] = []
            for row in rows {
                var issues = Self.checkFields(row.input)
                let district = districts.first { $0.name == row.district }
                if district == nil {
                    issues.append(
                        ValidationIssue(field: "jurisdictionId", code: row.district.isEmpty ? .required : .notFound, value: row.district))
                }
                for issue in issues {
                    let column = issue.field == "jurisdictionId" ? row.columns["jurisdiction"] : row.columns[issue.field]
                    problems.append(
                        .init(row: row.number, column: column ?? "", field: issue.field, message: L10n.issue(issue, l, scope: "grassroots")))
                }
                if issues.isEmpty, let district {
                    var input = row.input
                    input.jurisdictionId = district.id
                    checked.append((input, district))
                }
            }
            problems.sort { ($0.row, $0.column) < ($1.row, $1.column) }
            if dryRun || !problems.isEmpty { return ImportReport(dryRun: dryRun, rows: rows.count, created: 0, problems: problems) }
            let now = clock.timestamp
            for (input, district) in checked {
                let id = try await Self.insert(input, district: district, call: call, isDemo: false, at: now, on: sql)
                try await Audit.record(
                    entity: "grassroots_project", id: id, action: "create", actor: p.actorName, version: 1, changes: Audit.diff([:], input.snapshot),
                    scopePath: district.path, at: now, on: sql)
            }
            return ImportReport(dryRun: false, rows: rows.count, created: checked.count, problems: [])
        }
    }
}
