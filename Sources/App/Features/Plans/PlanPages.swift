import Hummingbird
import ReformCharts
import ReformCore

struct PlanPages: PageHandlers {
    let services: AppServices

    func plans(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let plans = try await PlanQueries.visible(scope: guarded.listScope, limit: 1000, on: sql)
        let jurisdictions = Dictionary(
            uniqueKeysWithValues: try await JurisdictionQueries.all(within: guarded.listScope, on: sql).map { ($0.id, $0.name) })
        let view = PlanListView(
            rows: plans.map { .init(plan: PlanSummaryView($0, l), jurisdiction: jurisdictions[$0.jurisdictionId] ?? "") },
            hasRows: !plans.isEmpty, canCreate: Access.canCreatePlans(guarded.principal))
        return renderer.page(
            "plans/plans", title: L10n.t("plan.list", l), view: view, context: context, request: request,
            isDemo: plans.contains { $0.isDemo }, active: "plans")
    }

    func plan(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        let plan = try await guarded.readPlan(id)
        let jurisdiction = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql)
        let items = try await ItemQueries.tree(planId: id, on: sql)
        let today = services.clock.today
        let units = Dictionary(
            uniqueKeysWithValues: try await UnitQueries.byIDs(Array(Set(items.compactMap(\.leadUnitId))), on: sql).map { ($0.id, $0.name) })
        let rows = items.map { i -> PlanPageView.Row in
            let light = i.light(today: today, warnDays: plan.warnDays)
            return PlanPageView.Row(
                id: i.id, number: i.number, title: i.title, indent: i.depth * 22, depth: i.depth,
                levelName: plan.levelName(depth: i.depth), lead: i.leadUnitId.flatMap { units[$0] } ?? "",
                own: L10n.percent(i.ownPercent), derived: L10n.percent(i.derivedPercent), hasDerived: i.derivedPercent != nil,
                percentValue: i.rollupPercent, status: L10n.status(i.status, l), statusKey: i.status,
                light: light.rawValue, lightName: L10n.light(light, l),
                deadline: i.currentDeadline.map { L10n.date($0, l) } ?? "", delayCount: i.delayCount, delayed: i.delayCount > 0,
                isBranch: i.childCount > 0)
        }
        let view = PlanPageView(
            plan: PlanSummaryView(plan, l),
            planPeriod: [L10n.date(plan.periodStart, l), L10n.date(plan.periodEnd, l)].filter { !$0.isEmpty }.joined(separator: " — "),
            hasPeriod: plan.periodStart != nil || plan.periodEnd != nil,
            jurisdiction: .init(id: jurisdiction.id, name: jurisdiction.name), levelNames: plan.levelNames,
            sourceNote: plan.sourceNote, hasSource: !plan.sourceNote.isEmpty, warnDays: plan.warnDays,
            rows: rows, hasRows: !rows.isEmpty, count: items.count,
            canEdit: Access.canEditPlans(in: jurisdiction.path, guarded.principal))
        return renderer.page(
            "plans/plan", title: plan.title, view: view, context: context, request: request, isDemo: plan.isDemo, active: "plans")
    }

    func planForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = context.parameters.get("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        var draft = PlanDraft()
        var version = 0
        if let id {
            let p = try await guarded.editPlan(id)
            draft = PlanDraft(
                title: p.title, docNumber: p.docNumber, issuer: p.issuer, issueDate: p.issueDate ?? "",
                periodStart: p.periodStart ?? "", periodEnd: p.periodEnd ?? "", jurisdictionID: p.jurisdictionId,
                levelNames: p.levelNames, rollupRule: p.rollupRule, warnDays: String(p.warnDays))
            version = p.version
        } else {
            try await guarded.requirePlanTarget(jurisdictionId: nil)
            draft.jurisdictionID = request.uri.queryParameters.get("jurisdiction", as: Int.self)
            draft.levelNames = PlanDraft.defaultLevelNames.joined(separator: "/")
            draft.rollupRule = RollupRule.mean.rawValue
            draft.warnDays = String(services.config.defaultWarnDays)
        }
        return try await planPage(id: id, draft: draft, version: version, issues: [], request: request, context: context)
    }

    func planSave(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = context.parameters.get("id", as: Int.self)
        let f = try await request.formData()
        let draft = PlanDraft(
            title: f.string("title"), docNumber: f.string("docNumber"), issuer: f.string("issuer"),
            issueDate: f.string("issueDate"), periodStart: f.string("periodStart"), periodEnd: f.string("periodEnd"),
            jurisdictionID: f.int("jurisdictionId"), levelNames: f.string("levelNames"),
            rollupRule: f.string("rollupRule"), warnDays: f.string("warnDays"))
        let guarded = try AccessGuard(context, sql: sql)
        if let id { _ = try await guarded.editPlan(id) }
        try await guarded.requirePlanTarget(jurisdictionId: draft.jurisdictionID)
        do {
            let saved =
                if let id {
                    try await services.plans.update(id, draft, baseVersion: f.int("version") ?? 0, actor: try context.requirePrincipal().actorName)
                } else {
                    try await services.plans.create(draft, actor: try context.requirePrincipal().actorName)
                }
            return Response(status: .seeOther, headers: [.location: "/plans/\(saved.id)"])
        } catch AppError.validation(let issues) {
            return try await planPage(
                id: id, draft: draft, version: f.int("version") ?? 0, issues: issues, request: request,
                context: context, status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/plans/\(id ?? 0)/edit", request: request, context: context)
        }
    }

    private func planPage(
        id: Int?, draft: PlanDraft, version: Int, issues: [ValidationIssue], request: Request,
        context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let all = try await JurisdictionQueries.all(within: try AccessGuard(context, sql: sql).listScope, on: sql)
        let fields: [FormField] = [
            FormField(name: "title", kind: .text, value: draft.title, required: true, wide: true),
            FormField(name: "docNumber", kind: .text, value: draft.docNumber, hint: "穗府〔2021〕3号"),
            FormField(name: "issuer", kind: .text, value: draft.issuer),
            FormField(name: "issueDate", kind: .date, value: draft.issueDate),
            FormField(
                name: "jurisdictionId", kind: .select, value: draft.jurisdictionID.map(String.init) ?? "",
                options: [("", L10n.t("form.choose", l))] + all.prefix(3000).map { (String($0.id), $0.name) }, required: true),
            FormField(name: "periodStart", kind: .date, value: draft.periodStart),
            FormField(name: "periodEnd", kind: .date, value: draft.periodEnd),
            FormField(name: "levelNames", kind: .text, value: draft.levelNames, hint: L10n.t("form.hintLevelNames", l)),
            FormField(
                name: "rollupRule", kind: .select, value: draft.rollupRule,
                options: RollupRule.allCases.map { ($0.rawValue, L10n.rule($0.rawValue, l)) }, required: true),
            FormField(name: "warnDays", kind: .number, value: draft.warnDays)
        ]
        let title = L10n.t(id == nil ? "plan.new" : "plan.edit", l)
        let view = FormPageView(
            heading: title, action: id.map { "/plans/\($0)" } ?? "/plans", version: version, fields: fields, issues: issues,
            cancelURL: id.map { "/plans/\($0)" } ?? "/plans", language: l)
        return renderer.page("form", title: title, view: view, context: context, request: request, status: status, active: "plans")
    }

    // MARK: Wall chart
}
