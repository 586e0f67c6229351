import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1/jurisdictions/{id}/dashboard: the dashboard's figures as JSON.
struct DashboardAPI: APIHandlers {
    let services: AppServices

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/jurisdictions/:id/dashboard") { _, context in
            let today = services.clock.today
            _ = try await AccessGuard(context, sql: sql).readJurisdiction(try id(context))
            let d = try await DashboardQuery.run(jurisdictionId: try id(context), today: today, database: services.database)
            return try APIResponse.json(
                APIModels.DashboardDTO(
                    jurisdiction: .init(d.jurisdiction), total: d.total, byStatus: d.byStatus, byLight: d.byLight, byJudgement: d.byJudgement,
                    overdueByUnit: d.overdueByUnit.map(APIModels.UnitOverdue.init), completionByField: d.completionByField,
                    plans: d.plans.map(APIModels.Plan.init), asOf: today.iso))
        }
    }
}
