import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1/ledger: the ledger view as JSON, with the page's filters.
struct LedgerAPI: APIHandlers {
    let services: AppServices

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/ledger") { request, context in
            let filter = try await AccessGuard(context, sql: sql).scoped(try ledgerFilter(request))
            let today = services.clock.today
            let page = try await LedgerQuery.run(filter, today: today, on: sql)
            let warnDays = try await warnDaysByPlan(Set(page.rows.map(\.planId)))
            let rows = page.rows.map { r in
                APIModels.LedgerRowDTO(
                    id: r.id, planId: r.planId, parentId: r.parentId, depth: r.depth, number: r.number,
                    field: r.depth == 0 ? r.title : r.fieldTitle, task: r.depth == 1 ? r.title : r.taskTitle, title: r.title,
                    leadUnit: r.leadUnitName, leadUnitId: r.leadUnitId, participants: (page.participants[r.id] ?? []).map(\.name),
                    responsibleLeader: r.responsibleLeader, responsiblePerson: r.responsiblePerson, handler: r.handler,
                    deadline: r.currentDeadline, originalDeadline: r.originalDeadline, delayCount: r.delayCount,
                    expectedResults: r.expectedResults, policyDocuments: r.policyDocuments, remarks: r.remarks, status: r.status,
                    ownPercent: r.ownPercent, derivedPercent: r.derivedPercent, percent: r.rollupPercent,
                    light: Schedule.light(
                        status: LifecycleStatus(rawValue: r.status) ?? .notStarted,
                        originalDeadline: r.originalDeadline.flatMap(LocalDate.init(iso:)), today: today,
                        warnDays: warnDays[r.planId] ?? Schedule.defaultWarnDays
                    ).rawValue,
                    judgement: r.judgement, outdated: r.isOutdated(today: today), version: r.version)
            }
            return try APIResponse.json(
                APIModels.Ledger(
                    items: rows, total: page.total, totalCapped: page.totalCapped,
                    page: filter.page, perPage: filter.perPage))
        }
    }

    func warnDaysByPlan(_ ids: Set<Int>) async throws -> [Int: Int] {
        guard !ids.isEmpty else { return [:] }
        struct Row: Decodable {
            var id: Int
            var warnDays: Int
        }
        return Dictionary(
            uniqueKeysWithValues: try await sql.all(Row.self, "SELECT id, warn_days FROM plans WHERE id IN (\(binds: Array(ids)))").map {
                ($0.id, $0.warnDays)
            })
    }
}
