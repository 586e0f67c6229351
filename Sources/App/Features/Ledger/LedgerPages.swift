import Foundation
import Hummingbird
import ReformCharts
import ReformCore
import SQLKit

/// The ledger page (台账): every filter in the URL, paged on the server.
struct LedgerPages: PageHandlers {
    let services: AppServices

    func ledger(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        let filter = try await AccessGuard(context, sql: sql).scoped(try LedgerFilter.parse(params))
        let today = services.clock.today
        let page = try await LedgerQuery.run(filter, today: today, on: sql)
        // The filter's jurisdiction (inside the user's view), read once for both menus.
        var jurisdiction: JurisdictionRecord?
        if let jid = filter.jurisdictionId { jurisdiction = try await JurisdictionQueries.find(jid, on: sql) }
        let plans = try await planOptions(within: jurisdiction)
        var fields: [ItemRecord] = []
        if let planId = filter.planId {
            // The fields are the plan's roots: read from (plan_id, parent_id), not by testing the depth of every item of the
            // plan (300 ms on a 100,000-item plan).
            fields = try await sql.all(
                ItemRecord.self,
                "SELECT \(ItemQueries.columns) FROM plan_items WHERE plan_id = \(bind: planId) AND parent_id IS NULL ORDER BY sort_key")
        }
        let units = try await unitOptions(filter, within: jurisdiction)
        // Only the plans of the rows on this page (not every plan: thousands on a national database).
        struct PlanWarnDays: Decodable {
            var id: Int
            var warnDays: Int
        }
        let pagePlans = Array(Set(page.rows.map(\.planId)))
        let warnDays = Dictionary(
            uniqueKeysWithValues: pagePlans.isEmpty
                ? []
                : try await sql.all(PlanWarnDays.self, "SELECT id, warn_days FROM plans WHERE id IN (\(binds: pagePlans))").map {
                    ($0.id, $0.warnDays)
                })
        let rows: [LedgerView.Row] = page.rows.enumerated().map { index, r in
            let light = Schedule.light(
                status: LifecycleStatus(rawValue: r.status) ?? .notStarted,
                originalDeadline: r.originalDeadline.flatMap(LocalDate.init(iso:)), today: today,
                warnDays: warnDays[r.planId] ?? Schedule.defaultWarnDays)
            let isTask = r.depth == 1
            return LedgerView.Row(
                id: r.id, seq: (filter.page - 1) * filter.perPage + index + 1, number: r.number,
                field: r.depth == 0 ? r.title : (r.fieldTitle ?? ""), task: isTask ? r.title : (r.taskTitle ?? ""),
                measure: r.depth >= 2 ? r.title : "", isMeasure: r.depth >= 2, isField: r.depth == 0,
                lead: r.leadUnitDisplay ?? "", leadFull: r.leadUnitName ?? "",
                participants: (page.participants[r.id] ?? []).map(\.displayName).joined(separator: "、"),
                leader: r.responsibleLeader, person: r.responsiblePerson, handler: r.handler,
                deadline: r.currentDeadline.map { L10n.date($0, l) } ?? L10n.t("item.noDeadline", l),
                deadlineChanged: r.currentDeadline != r.originalDeadline && r.originalDeadline != nil,
                originalDeadline: L10n.date(r.originalDeadline, l), delayCount: r.delayCount,
                expected: r.expectedResults, policies: r.policyDocuments, remarks: r.remarks,
                status: L10n.status(r.status, l), statusKey: r.status,
                own: L10n.percent(r.ownPercent), derived: r.derivedPercent.map { L10n.percent($0) } ?? "",
                hasDerived: r.derivedPercent != nil, percentValue: r.rollupPercent,
                light: light.rawValue, lightName: L10n.light(light, l), isDemo: r.isDemo,
                isOutdated: r.isOutdated(today: today), reportDue: L10n.date(r.reportDue, l),
                judgement: r.judgement.map { L10n.t("judgement." + $0, l) } ?? "", judgementKey: r.judgement ?? "", hasJudgement: r.judgement != nil)
        }
        let base = filter.queryItems(page: nil, overriding: ["page": nil])
        // An export takes the whole view: the same filters, no paging.
        let exportQuery = QueryString.encode(filter.queryItems(page: nil, overriding: ["page": nil, "per_page": nil]))
        let exportSuffix = exportQuery.isEmpty ? "" : "?" + exportQuery
        let lastPage = max(1, (page.total + filter.perPage - 1) / filter.perPage)
        let totalText =
            page.totalCapped
            ? String(format: L10n.t("ledger.totalCapped", l), LedgerFilter.countCap)
            : String(format: L10n.t("ledger.total", l), page.total)
        let view = LedgerView(
            rowsHTML: LedgerView.rowsHTML(rows, language: l), hasRows: !rows.isEmpty, totalText: totalText,
            q: filter.query, outdated: filter.outdated, dueFrom: filter.dueFrom?.iso ?? "", dueTo: filter.dueTo?.iso ?? "",
            jurisdictionId: filter.jurisdictionId.map(String.init) ?? "",
            planOptionsHTML: HTMLText.options(plans.map { ($0.id, $0.label, $0.id == filter.planId) }),
            fieldOptionsHTML: HTMLText.options(fields.map { ($0.id, $0.number + $0.title, $0.id == filter.fieldId) }),
            hasFields: !fields.isEmpty,
            unitOptionsHTML: HTMLText.options(units.map { ($0.id, $0.label, $0.id == filter.unitId) }),
            roles: LedgerFilter.UnitRole.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("ledger.role." + $0.rawValue, l), selected: $0 == filter.unitRole)
            },
            statuses: LifecycleStatus.allCases.map {
                .init(value: $0.rawValue, label: L10n.status($0.rawValue, l), checked: filter.statuses.contains($0))
            },
            lights: ScheduleLight.allCases.map { .init(value: $0.rawValue, label: L10n.light($0, l), checked: filter.lights.contains($0)) },
            judgements: JudgementRating.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("judgement." + $0.rawValue, l), checked: filter.judgements.contains($0))
            } + [.init(value: "none", label: L10n.t("ledger.unjudged", l), checked: filter.unjudged)],
            scopes: LedgerFilter.Scope.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("ledger.scope." + $0.rawValue, l), selected: $0 == filter.scope)
            },
            sorts: LedgerFilter.Sort.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("ledger.sort." + $0.rawValue, l), selected: $0 == filter.sort)
            },
            perPages: [20, 50, 100, 200].map { .init(value: $0, selected: $0 == filter.perPage) },
            page: filter.page, pageText: String(format: L10n.t("ledger.page", l), filter.page) + " / \(lastPage)",
            hasPrev: filter.page > 1, hasNext: filter.page < lastPage,
            prevURL: filter.page > 1 ? "/ledger?" + QueryString.encode(base + [("page", String(filter.page - 1))]) : "",
            nextURL: filter.page < lastPage ? "/ledger?" + QueryString.encode(base + [("page", String(filter.page + 1))]) : "",
            resetURL: "/ledger" + (filter.jurisdictionId.map { "?jurisdiction=\($0)" } ?? ""),
            exportXlsxURL: "/ledger/export.xlsx" + exportSuffix,
            exportCsvURL: "/ledger/export.csv" + exportSuffix,
            exportPerFieldURL: "/ledger/export.xlsx" + (exportQuery.isEmpty ? "?" : "?" + exportQuery + "&") + "per_field=1",
            offerExportJob: page.total >= LedgerExportJob.rowThreshold, exportJobQuery: exportQuery)
        return renderer.page(
            "ledger/ledger", title: L10n.t("ledger.title", l), view: view, context: context, request: request,
            isDemo: page.rows.contains { $0.isDemo }, active: "ledger")
    }

    /// A filter menu's choice: only the id and the label are read (decoding whole plan and unit records for the menus
    /// was a fifth of a ledger page's CPU on PostgreSQL).
    private struct MenuOption: Decodable {
        var id: Int
        var label: String
    }

    private func planOptions(within jurisdiction: JurisdictionRecord?) async throws -> [MenuOption] {
        if let j = jurisdiction {
            // As `PlanQueries.inSubtree`: the subtree's plans, upper levels first, newest first.
            return try await sql.all(
                MenuOption.self,
                """
                SELECT p.id, p.title AS label FROM plans p JOIN jurisdictions j ON j.id = p.jurisdiction_id
                WHERE \(PathRange.condition(column: "j.path", prefix: j.path))
                ORDER BY j.depth, p.issue_date DESC, p.id LIMIT 300
                """)
        }
        return try await sql.all(MenuOption.self, "SELECT id, title AS label FROM plans ORDER BY jurisdiction_id, id LIMIT 300")
    }

    private func unitOptions(_ filter: LedgerFilter, within jurisdiction: JurisdictionRecord?) async throws -> [MenuOption] {
        if let planId = filter.planId {
            // SQLite otherwise scanned every participant of every plan and looked each item up; CROSS JOIN keeps its order.
            let itemsFirst = sql.isPostgres ? "JOIN" : "CROSS JOIN"
            return try await sql.all(
                MenuOption.self,
                """
                SELECT id, name AS label FROM units WHERE id IN (
                  SELECT lead_unit_id FROM plan_items WHERE plan_id = \(bind: planId)
                  UNION SELECT p.unit_id FROM plan_items i \(unsafeRaw: itemsFirst) plan_item_participants p ON p.item_id = i.id WHERE i.plan_id = \(bind: planId))
                ORDER BY jurisdiction_id, id
                """)
        }
        if let j = jurisdiction {
            // As `UnitQueries.selectable`: the units of the jurisdiction and of those above it, nearest first.
            return try await sql.all(
                MenuOption.self,
                """
                SELECT id, name AS label FROM units WHERE jurisdiction_id IN (\(binds: PathRange.ids(in: j.path)))
                ORDER BY jurisdiction_id DESC, id LIMIT 500
                """)
        }
        return try await sql.all(MenuOption.self, "SELECT id, name AS label FROM units ORDER BY jurisdiction_id, id LIMIT 300")
    }
}
