import Foundation
import Hummingbird
import ReformCharts
import ReformCore
import SQLKit

/// The server-rendered pages. Thin: read the request, call queries and services, build the view.
struct WebControllers: Sendable {
    let services: AppServices
    var sql: any SQLDatabase { services.database.sql }
    var renderer: PageRenderer { services.renderer }

    func home(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        // Each user starts at their own jurisdiction's dashboard; a nationwide admin at the first root.
        if p.jurisdictionPath != Principal.nationwidePath {
            return Response(status: .seeOther, headers: [.location: "/dashboard/\(p.jurisdictionId)"])
        }
        guard let root = try await JurisdictionQueries.defaultRoot(on: sql) else {
            return Response(status: .seeOther, headers: [.location: "/jurisdictions/new"])
        }
        return Response(status: .seeOther, headers: [.location: "/dashboard/\(root.id)"])
    }

    // MARK: Dashboard

    func dashboard(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        _ = try await guarded.readJurisdiction(id)
        let today = services.clock.today
        let d = try await DashboardQuery.run(jurisdictionId: id, today: today, on: sql)
        // Levels above the user's own are not theirs to open.
        let ancestors = try await JurisdictionQueries.ancestors(of: d.jurisdiction, on: sql).filter { guarded.principal.sees(jurisdictionPath: $0.path) }
        let children = try await JurisdictionQueries.children(of: id, on: sql)
        let ranking = try await RankingQuery.run(jurisdictionPath: d.jurisdiction.path, today: today, limit: 10, on: sql)
        let ledgerBase = "/ledger?jurisdiction=\(id)&scope=leaves"
        let statusColors = ["not_started": "#9e9e9e", "in_progress": "#1565c0", "partly_done": "#6a1b9a", "done": "#2e7d32", "suspended": "#616161"]
        let statusChart = DonutChart.render(
            d.byStatus.map { ChartDatum(label: L10n.status($0.key, l), value: Double($0.count), color: statusColors[$0.key],
                                        link: ledgerBase + "&status=" + $0.key) },
            centerLabel: L10n.t("dashboard.total", l), centerValue: String(d.total), title: L10n.t("dashboard.byStatus", l))
        let lightColors = ["green": "#2e7d32", "yellow": "#f9a825", "red": "#c62828", "none": "#9e9e9e"]
        let lightChart = BarChart.horizontal(
            d.byLight.map { ChartDatum(label: L10n.light(ScheduleLight(rawValue: $0.key)!, l), value: Double($0.count),
                                       color: lightColors[$0.key], link: ledgerBase + "&light=" + $0.key) },
            title: L10n.t("dashboard.byLight", l))
        let overdueChart = d.overdueByUnit.isEmpty ? "" : BarChart.horizontal(
            d.overdueByUnit.map { ChartDatum(label: $0.unitName ?? L10n.t("form.none", l), value: Double($0.count), color: "#c62828",
                                             link: $0.unitId.map { "/ledger?jurisdiction=\(id)&unit=\($0)&role=lead&light=red&scope=leaves" }) },
            title: L10n.t("dashboard.overdueByUnit", l))
        let fieldChart = ProgressBars.render(
            d.completionByField.map { ChartDatum(label: $0.title, value: $0.percent, color: nil, link: nil) },
            title: L10n.t("dashboard.byField", l))
        let data: [String: Any] = [
            "jurisdiction": ["id": d.jurisdiction.id, "name": d.jurisdiction.name, "level": L10n.level(d.jurisdiction.level, l),
                             "divisionCode": d.jurisdiction.divisionCode],
            "ancestors": ancestors.map { ["id": $0.id, "name": $0.name] },
            "children": children.map { ["id": $0.id, "name": $0.name] },
            "hasChildren": !children.isEmpty,
            "total": d.total,
            "asOf": L10n.date(today.iso, l),
            "statusChart": statusChart, "lightChart": lightChart, "overdueChart": overdueChart, "fieldChart": fieldChart,
            "hasOverdue": !d.overdueByUnit.isEmpty,
            "plans": d.plans.map { planSummary($0, l) },
            "hasPlans": !d.plans.isEmpty,
            "outdated": d.outdated,
            "ranking": ranking.map { u -> [String: Any] in
                ["rank": u.rank, "unitName": u.unitName, "overdueItems": u.overdueItems,
                 "onTime": u.onTimeRate.map { L10n.percent($0) + " (\(u.reportsOnTime)/\(u.reportsDue))" } ?? "—",
                 "reviewDays": u.averageReviewDays.map { String(format: "%.1f", $0) } ?? "—"]
            },
            "hasRanking": !ranking.isEmpty,
            "canCreatePlan": Access.canEditPlans(in: d.jurisdiction.path, guarded.principal),
        ]
        return renderer.page("dashboard", title: "\(d.jurisdiction.name) · \(L10n.t("dashboard.title", l))", data: data, context: context,
                             request: request, isDemo: d.plans.contains { $0.isDemo }, active: "dashboard")
    }

    func planSummary(_ p: PlanRecord, _ l: Language) -> [String: Any] {
        var d: [String: Any] = [
            "id": p.id, "title": p.title, "percent": L10n.percent(p.derivedPercent), "percentValue": p.derivedPercent ?? 0,
            "isDemo": p.isDemo, "rule": L10n.rule(p.rollupRule, l),
        ]
        // Empty strings are truthy in Mustache sections: a fact the plan does not have is left out.
        if !p.docNumber.isEmpty { d["docNumber"] = p.docNumber }
        if !p.issuer.isEmpty { d["issuer"] = p.issuer }
        if let date = p.issueDate { d["issueDate"] = L10n.date(date, l) }
        return d
    }

    // MARK: Ledger

    func ledger(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        let filter = try await AccessGuard(context, sql: sql).scoped(try LedgerFilter.parse(params))
        let today = services.clock.today
        let page = try await LedgerQuery.run(filter, today: today, on: sql)
        let plans = try await planOptions(filter)  // the filter's jurisdiction is inside the user's view
        var fields: [ItemRecord] = []
        if let planId = filter.planId {
            fields = try await sql.all(ItemRecord.self, "SELECT \(ItemQueries.columns) FROM plan_items WHERE plan_id = \(bind: planId) AND depth = 0 ORDER BY sort_key")
        }
        let units = try await unitOptions(filter)
        // Only the plans of the rows on this page (not every plan: thousands on a national database).
        let warnDays = Dictionary(uniqueKeysWithValues: try await PlanQueries.byIDs(Array(Set(page.rows.map(\.planId))), on: sql)
            .map { ($0.id, $0.warnDays) })
        let rows: [[String: Any]] = page.rows.enumerated().map { index, r in
            let light = Schedule.light(status: LifecycleStatus(rawValue: r.status) ?? .notStarted,
                                       originalDeadline: r.originalDeadline.flatMap(LocalDate.init(iso:)), today: today,
                                       warnDays: warnDays[r.planId] ?? Schedule.defaultWarnDays)
            let isTask = r.depth == 1
            return [
                "id": r.id, "seq": (filter.page - 1) * filter.perPage + index + 1, "number": r.number,
                "field": r.depth == 0 ? r.title : (r.fieldTitle ?? ""),
                "task": isTask ? r.title : (r.taskTitle ?? ""),
                "measure": r.depth >= 2 ? r.title : "", "isMeasure": r.depth >= 2,
                "isField": r.depth == 0,
                "lead": r.leadUnitDisplay ?? "", "leadFull": r.leadUnitName ?? "",
                "participants": (page.participants[r.id] ?? []).map(\.displayName).joined(separator: "、"),
                "leader": r.responsibleLeader, "person": r.responsiblePerson, "handler": r.handler,
                "deadline": r.currentDeadline.map { L10n.date($0, l) } ?? L10n.t("item.noDeadline", l),
                "deadlineChanged": r.currentDeadline != r.originalDeadline && r.originalDeadline != nil,
                "originalDeadline": L10n.date(r.originalDeadline, l), "delayCount": r.delayCount,
                "expected": r.expectedResults, "policies": r.policyDocuments, "remarks": r.remarks,
                "status": L10n.status(r.status, l), "statusKey": r.status,
                "own": L10n.percent(r.ownPercent), "derived": r.derivedPercent.map { L10n.percent($0) } ?? "",
                "hasDerived": r.derivedPercent != nil, "percentValue": r.rollupPercent,
                "light": light.rawValue, "lightName": L10n.light(light, l), "isDemo": r.isDemo,
                "isOutdated": r.isOutdated(today: today), "reportDue": L10n.date(r.reportDue, l),
            ]
        }
        let base = filter.queryItems(page: nil, overriding: ["page": nil])
        // An export takes the whole view: the same filters, no paging.
        let exportQuery = QueryString.encode(filter.queryItems(page: nil, overriding: ["page": nil, "per_page": nil]))
        let exportSuffix = exportQuery.isEmpty ? "" : "?" + exportQuery
        let lastPage = max(1, (page.total + filter.perPage - 1) / filter.perPage)
        let totalText = page.totalCapped
            ? String(format: L10n.t("ledger.totalCapped", l), LedgerFilter.countCap)
            : String(format: L10n.t("ledger.total", l), page.total)
        let data: [String: Any] = [
            "rows": rows, "hasRows": !rows.isEmpty, "totalText": totalText,
            "q": filter.query, "outdated": filter.outdated, "dueFrom": filter.dueFrom?.iso ?? "", "dueTo": filter.dueTo?.iso ?? "",
            "jurisdictionId": filter.jurisdictionId.map(String.init) ?? "",
            "plans": plans.map { ["id": $0.id, "title": $0.title, "selected": $0.id == filter.planId] },
            "fields": fields.map { ["id": $0.id, "title": $0.number + $0.title, "selected": $0.id == filter.fieldId] },
            "hasFields": !fields.isEmpty,
            "units": units.map { ["id": $0.id, "name": $0.name, "selected": $0.id == filter.unitId] },
            "roles": LedgerFilter.UnitRole.allCases.map { ["value": $0.rawValue, "label": L10n.t("ledger.role." + $0.rawValue, l), "selected": $0 == filter.unitRole] },
            "statuses": LifecycleStatus.allCases.map { ["value": $0.rawValue, "label": L10n.status($0.rawValue, l), "checked": filter.statuses.contains($0)] },
            "lights": ScheduleLight.allCases.map { ["value": $0.rawValue, "label": L10n.light($0, l), "checked": filter.lights.contains($0)] },
            "scopes": LedgerFilter.Scope.allCases.map { ["value": $0.rawValue, "label": L10n.t("ledger.scope." + $0.rawValue, l), "selected": $0 == filter.scope] },
            "sorts": LedgerFilter.Sort.allCases.map { ["value": $0.rawValue, "label": L10n.t("ledger.sort." + $0.rawValue, l), "selected": $0 == filter.sort] },
            "perPages": [20, 50, 100, 200].map { ["value": $0, "selected": $0 == filter.perPage] },
            "page": filter.page, "pageText": String(format: L10n.t("ledger.page", l), filter.page) + " / \(lastPage)",
            // Mustache renders a section for any string, "" included: the pager needs booleans.
            "hasPrev": filter.page > 1, "hasNext": filter.page < lastPage,
            "prevURL": filter.page > 1 ? "/ledger?" + QueryString.encode(base + [("page", String(filter.page - 1))]) : "",
            "nextURL": filter.page < lastPage ? "/ledger?" + QueryString.encode(base + [("page", String(filter.page + 1))]) : "",
            "resetURL": "/ledger" + (filter.jurisdictionId.map { "?jurisdiction=\($0)" } ?? ""),
            "exportXlsxURL": "/ledger/export.xlsx" + exportSuffix,
            "exportCsvURL": "/ledger/export.csv" + exportSuffix,
            "exportPerFieldURL": "/ledger/export.xlsx" + (exportQuery.isEmpty ? "?" : "?" + exportQuery + "&") + "per_field=1",
        ]
        return renderer.page("ledger", title: L10n.t("ledger.title", l), data: data, context: context, request: request,
                             isDemo: page.rows.contains { $0.isDemo }, active: "ledger")
    }

    private func planOptions(_ filter: LedgerFilter) async throws -> [PlanRecord] {
        if let jid = filter.jurisdictionId, let j = try await JurisdictionQueries.find(jid, on: sql) {
            return try await PlanQueries.inSubtree(of: j, limit: 300, on: sql)
        }
        return try await PlanQueries.all(limit: 300, on: sql)
    }

    private func unitOptions(_ filter: LedgerFilter) async throws -> [UnitRecord] {
        if let planId = filter.planId {
            return try await sql.all(UnitRecord.self, """
                SELECT \(UnitQueries.columns) FROM units WHERE id IN (
                  SELECT lead_unit_id FROM plan_items WHERE plan_id = \(bind: planId)
                  UNION SELECT p.unit_id FROM plan_item_participants p JOIN plan_items i ON i.id = p.item_id WHERE i.plan_id = \(bind: planId))
                ORDER BY jurisdiction_id, id
                """)
        }
        if let jid = filter.jurisdictionId, let j = try await JurisdictionQueries.find(jid, on: sql) {
            return Array(try await UnitQueries.selectable(for: j, on: sql).prefix(500))
        }
        return try await UnitQueries.page(jurisdictionId: nil, q: "", limit: 300, offset: 0, on: sql)
    }
}
