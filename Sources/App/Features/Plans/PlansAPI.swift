import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1/plans: list, create, read and edit.
struct PlansAPI: APIHandlers {
    let services: AppServices

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/plans") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let jid = try optionalInt(request.uri.queryParameters.get("jurisdiction"), "jurisdiction")
            let plans: [PlanRecord]
            if let jid {
                plans = try await PlanQueries.inSubtree(of: try await guarded.readJurisdiction(jid), limit: 1000, on: sql)
            } else {
                plans = try await PlanQueries.visible(scope: guarded.listScope, limit: 1000, on: sql)
            }
            return try APIResponse.json(APIModels.Page(items: plans.map(APIModels.Plan.init)))
        }
        group.post("/plans") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            try Access.require(Access.canCreatePlans(guarded.principal), "edit_plans")
            let input = try await decode(APIModels.PlanInput.self, request, context)
            try await guarded.requirePlanTarget(jurisdictionId: input.jurisdictionId)
            try APIInput.checkLevelNames(input.levelNames)
            let saved = try await services.plans.create(planDraft(input, current: nil), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Plan(saved), status: .created, headers: [.location: "/api/v1/plans/\(saved.id)"])
        }
        group.get("/plans/:id") { _, context in
            try APIResponse.json(APIModels.Plan(try await AccessGuard(context, sql: sql).readPlan(try id(context))))
        }
        group.patch("/plans/:id") { request, context in
            let pid = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            let current = try await guarded.editPlan(pid)
            let input = try await decode(APIModels.PlanInput.self, request, context)
            try APIInput.checkLevelNames(input.levelNames)
            try await guarded.requirePlanTarget(jurisdictionId: input.jurisdictionId ?? current.jurisdictionId)
            let saved = try await services.plans.update(
                pid, planDraft(input, current: current), baseVersion: try version(input.version, request),
                actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Plan(saved))
        }
    }

    private func planDraft(_ i: APIModels.PlanInput, current p: PlanRecord?) -> PlanDraft {
        PlanDraft(
            title: i.title ?? p?.title ?? "", docNumber: i.docNumber ?? p?.docNumber ?? "", issuer: i.issuer ?? p?.issuer ?? "",
            issueDate: i.issueDate ?? p?.issueDate ?? "", periodStart: i.periodStart ?? p?.periodStart ?? "",
            periodEnd: i.periodEnd ?? p?.periodEnd ?? "", jurisdictionID: i.jurisdictionId ?? p?.jurisdictionId,
            levelNames: i.levelNames?.joined(separator: "/") ?? p?.levelNames ?? "",
            rollupRule: i.rollupRule ?? p?.rollupRule ?? "mean",
            warnDays: i.warnDays.map(String.init) ?? p.map { String($0.warnDays) } ?? "")
    }
}
