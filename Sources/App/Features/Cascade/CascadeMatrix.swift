import Foundation
import Hummingbird
import ReformCore
import ReformSpreadsheet
import SQLKit

/// The sender's matrix (分解下达总览): the cascaded items of a jurisdiction's plans × its child jurisdictions, each cell the
/// copy's state, percent and light. One query for the cells, one for the items, one for the columns.
struct CascadeMatrix: Sendable {
    struct Row: Sendable {
        var item: ItemRecord
        /// One per column, nil where the item was not sent to that jurisdiction (or only withdrawn copies remain).
        var cells: [CascadeMatrixCell?]
    }

    let sender: JurisdictionRecord
    let columns: [JurisdictionRecord]
    let rows: [Row]
    let plans: [PlanRecord]
    let planId: Int?
    let state: CascadeState?
    let light: ScheduleLight?
    let today: LocalDate

    static func load(_ request: Request, _ context: AppRequestContext, services: AppServices) async throws -> CascadeMatrix {
        let p = try context.requirePrincipal()
        let sql = services.database.sql
        let q = request.uri.queryParameters
        func int(_ name: String) throws -> Int? {
            guard let raw = q.get(name), !raw.isEmpty else { return nil }
            guard let n = APIInput.wholeNumber(raw), n > 0 else {
                throw AppError.badRequest(parameter: name, message: "expected a positive whole number, got \(raw.prefix(40))")
            }
            return n
        }
        func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
            guard let raw = q.get(name), !raw.isEmpty else { return nil }
            guard let v = T(rawValue: raw) else {
                throw AppError.badRequest(
                    parameter: name, message: "expected one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), got \(raw.prefix(40))")
            }
            return v
        }
        let jurisdictionId = try int("jurisdiction") ?? p.jurisdictionId
        let planId = try int("plan")
        let state = try choice("state", CascadeState.self)
        let light = try choice("light", ScheduleLight.self)
        guard let sender = try await JurisdictionQueries.find(jurisdictionId, on: sql),
            Access.seesCascadeOf(path: sender.path, p)
        else { throw AppError.notFound(entity: "jurisdiction", id: String(jurisdictionId)) }
        let today = services.clock.today
        let cells = try await CascadeQueries.matrixCells(sender: sender.id, planId: planId, on: sql)
        let columns = try await JurisdictionQueries.children(of: sender.id, on: sql)
        let plans = try await sql.all(
            PlanRecord.self,
            """
            SELECT \(PlanQueries.columns) FROM plans
            WHERE id IN (SELECT DISTINCT origin_plan_id FROM cascade_receipts WHERE sender_jurisdiction_id = \(bind: sender.id)) ORDER BY title
            """)
        // The live copy per item and column: a withdrawn one only when nothing else was sent there.
        var byItem: [Int: [Int: CascadeMatrixCell]] = [:]
        for c in cells {
            if let existing = byItem[c.originItemId]?[c.targetJurisdictionId], existing.cascadeState != .cancelled, c.cascadeState == .cancelled {
                continue
            }
            byItem[c.originItemId, default: [:]][c.targetJurisdictionId] = c
        }
        let items = try await ItemQueries.byIDs(Array(byItem.keys), on: sql).sorted { ($0.planId, $0.sortKey) < ($1.planId, $1.sortKey) }
        let rows = items.compactMap { item -> Row? in
            let row = byItem[item.id] ?? [:]
            let keep = row.values.contains { c in (state == nil || c.cascadeState == state) && (light == nil || c.light(today: today) == light) }
            guard keep else { return nil }
            return Row(item: item, cells: columns.map { row[$0.id] })
        }
        return CascadeMatrix(
            sender: sender, columns: columns, rows: rows, plans: plans, planId: planId, state: state, light: light, today: today)
    }

    /// The mean percent of a column's live copies (withdrawn ones left out), nil without any.
    func columnMean(_ index: Int) -> Double? {
        let values = rows.compactMap { $0.cells[index] }.filter { $0.cascadeState != .cancelled }.map { $0.copyPercent ?? 0 }
        return values.isEmpty ? nil : Rollup.rounded(values.reduce(0, +) / Double(values.count))
    }

    /// The spreadsheet: one row per item, one column per jurisdiction with the copy's percent, then the item's own.
    func xlsx(_ l: Language) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reform-cascade-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(destination: url, title: L10n.t("cascade.matrix.title", l))
        try writer.addSheet(
            name: L10n.t("cascade.matrix.title", l),
            columns: [
                ColumnSpec(L10n.t("cascade.matrix.number", l), width: 8), ColumnSpec(L10n.t("cascade.matrix.item", l), width: 40, wrapsText: true)
            ]
                + columns.map { ColumnSpec($0.name, width: 12) } + [ColumnSpec(L10n.t("cascade.matrix.overall", l), width: 10)])
        for r in rows {
            let cells: [CellValue] = r.cells.map { c in
                guard let c else { return .empty }
                if c.cascadeState != .placed { return .text(L10n.t("cascadeState." + c.state, l)) }
                return .number(c.copyPercent ?? 0)
            }
            try writer.appendRow([.text(r.item.number), .text(r.item.title)] + cells + [.number(r.item.rollupPercent)])
        }
        try writer.appendRow(
            [.empty, .text(L10n.t("cascade.matrix.mean", l))] + columns.indices.map { i in columnMean(i).map(CellValue.number) ?? .empty } + [.empty])
        try writer.finish()
        return try Data(contentsOf: url)
    }
}
