import Foundation
import Hummingbird
import ReformCharts
import ReformCore
import SQLKit

/// The start page and each jurisdiction's dashboard (工作台).
struct DashboardPages: PageHandlers {
    let services: AppServices

    /// Above this many units in the subtree the dashboard links to the ranking instead of ranking them inline.
    static let inlineRankingUnits = 5_000

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

    func dashboard(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        _ = try await guarded.readJurisdiction(id)
        let today = services.clock.today
        let d = try await DashboardQuery.run(jurisdictionId: id, today: today, database: services.database)
        // Levels above the user's own are not theirs to open.
        let ancestors = try await JurisdictionQueries.ancestors(of: d.jurisdiction, on: sql).filter {
            guarded.principal.sees(jurisdictionPath: $0.path)
        }
        let children = try await JurisdictionQueries.children(of: id, on: sql)
        // The top ten of more units than a province has (50,000 nationwide) says little and cost seconds a view: the full,
        // paged ranking is a link away.
        let unitCount =
            try await sql.scalar(
                Int.self, column: "n",
                """
                SELECT COUNT(*) AS n FROM (SELECT 1 FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id
                WHERE \(PathRange.condition(column: "j.path", prefix: d.jurisdiction.path)) LIMIT \(bind: Self.inlineRankingUnits + 1)) c
                """) ?? 0
        let rankingTooLarge = unitCount > Self.inlineRankingUnits
        let ranking =
            rankingTooLarge
            ? []
            : try await RankingQuery.run(
                jurisdictionId: id, jurisdictionPath: d.jurisdiction.path, asOf: today, clock: services.clock, database: services.database
            ).units.prefix(10)
        let ledgerBase = "/ledger?jurisdiction=\(id)&scope=leaves"
        let statusColors = ["not_started": "#9e9e9e", "in_progress": "#1565c0", "partly_done": "#6a1b9a", "done": "#2e7d32", "suspended": "#616161"]
        let statusChart = DonutChart.render(
            d.byStatus.map {
                ChartDatum(
                    label: L10n.status($0.key, l), value: Double($0.count), color: statusColors[$0.key],
                    link: ledgerBase + "&status=" + $0.key)
            },
            centerLabel: L10n.t("dashboard.total", l), centerValue: String(d.total), title: L10n.t("dashboard.byStatus", l))
        let lightColors = ["green": "#2e7d32", "yellow": "#f9a825", "red": "#c62828", "none": "#9e9e9e"]
        let lightChart = BarChart.horizontal(
            d.byLight.map {
                ChartDatum(
                    label: L10n.light(ScheduleLight(rawValue: $0.key)!, l), value: Double($0.count),
                    color: lightColors[$0.key], link: ledgerBase + "&light=" + $0.key)
            },
            title: L10n.t("dashboard.byLight", l))
        let overdueChart =
            d.overdueByUnit.isEmpty
            ? ""
            : BarChart.horizontal(
                d.overdueByUnit.map {
                    ChartDatum(
                        label: $0.unitName ?? L10n.t("form.none", l), value: Double($0.count), color: "#c62828",
                        link: $0.unitId.map { "/ledger?jurisdiction=\(id)&unit=\($0)&role=lead&light=red&scope=leaves" })
                },
                title: L10n.t("dashboard.overdueByUnit", l))
        let fieldChart = ProgressBars.render(
            d.completionByField.map { ChartDatum(label: $0.title, value: $0.percent, color: nil, link: nil) },
            title: L10n.t("dashboard.byField", l))
        let view = DashboardView(
            jurisdiction: .init(
                id: d.jurisdiction.id, name: d.jurisdiction.name, level: L10n.level(d.jurisdiction.level, l),
                divisionCode: d.jurisdiction.divisionCode),
            ancestors: ancestors.map { .init(id: $0.id, name: $0.name) },
            children: children.map { .init(id: $0.id, name: $0.name) }, hasChildren: !children.isEmpty,
            total: d.total, asOf: L10n.date(today.iso, l),
            statusChart: statusChart, lightChart: lightChart, overdueChart: overdueChart, fieldChart: fieldChart,
            hasOverdue: !d.overdueByUnit.isEmpty,
            plans: d.plans.map { PlanSummaryView($0, l) }, hasPlans: !d.plans.isEmpty,
            outdated: d.outdated,
            judgements: d.byJudgement.map {
                .init(
                    key: $0.key, label: L10n.t("judgement." + $0.key, l), count: $0.count,
                    link: "/ledger?jurisdiction=\(id)&judgement=" + $0.key)
            },
            ranking: ranking.map { u in
                .init(
                    rank: u.rank, unitName: u.unitName, overdueItems: u.overdueItems,
                    onTime: u.onTimeRate.map { L10n.percent($0) + " (\(u.reportsOnTime)/\(u.reportsDue))" } ?? "—",
                    reviewDays: u.averageReviewDays.map { String(format: "%.1f", $0) } ?? "—", score: RankingText.number(u.score), tied: u.tied)
            },
            hasRanking: !ranking.isEmpty, rankingTooLarge: rankingTooLarge,
            canCreatePlan: Access.canEditPlans(in: d.jurisdiction.path, guarded.principal),
            rectifications: try await RectificationCountsView.load(jurisdictionId: id, path: d.jurisdiction.path, l, on: sql),
            authorizations: try await AuthorizationDashboardView.load(
                jurisdictionId: id, path: d.jurisdiction.path, today: today, l, cache: services.database.registerCache, on: sql),
            powers: try await PowerDashboardView.load(
                jurisdictionId: id, path: d.jurisdiction.path, today: today, l, cache: services.database.registerCache, on: sql))
        return renderer.page(
            "dashboard/dashboard", title: "\(d.jurisdiction.name) · \(L10n.t("dashboard.title", l))", view: view, context: context,
            request: request, isDemo: d.plans.contains { $0.isDemo }, active: "dashboard")
    }
}
