import Hummingbird
import ReformCore

/// A plan's reporting settings (报送周期, days to sign): the office's page and its save.
struct PlanReportingPages: PageHandlers {
    let services: AppServices

    /// /plans/:id/reporting: the schedule and signing days (the office's).
    func planReporting(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let planId = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).readPlan(planId)
        let settings = try await ReportQueries.planReporting(planId, on: sql)
        var kind = "none", day = "25", dates = "3-25,6-25,9-25,12-20"
        switch settings.reportingSchedule {
        case .monthly(let d)?:
            kind = "monthly"
            day = String(d)
        case .quarterly(let ds)?:
            kind = "quarterly"
            dates = ds.map { "\($0.month)-\($0.day)" }.joined(separator: ",")
        case nil: break
        }
        return try await planReportingPage(
            planId: planId, kind: kind, day: day, dates: dates, signDays: String(settings.signDays),
            version: settings.version, issues: [], request: request, context: context)
    }

    func planReportingSave(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let planId = try context.parameters.require("id", as: Int.self)
        try await AccessGuard(context, sql: sql).editReportingSettings(planId)
        let f = try await request.formData()
        let kind = f.string("scheduleKind")
        do {
            var issues: [ValidationIssue] = []
            var schedule: ReportingSchedule?
            do {
                switch kind {
                case "monthly": schedule = try ReportingSchedule.monthly(dayText: f.string("reportDay"))
                case "quarterly": schedule = try ReportingSchedule.quarterly(datesText: f.string("reportDates"))
                case "none": schedule = nil
                default: issues.append(ValidationIssue(field: "scheduleKind", code: .invalidChoice))
                }
            } catch {
                issues.append(error)
            }
            guard let signDays = Int(f.string("signDays").trimmed) else {
                throw AppError.validation(issues + [ValidationIssue(field: "signDays", code: .invalidNumber)])
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            _ = try await services.planReporting.save(
                planId: planId, schedule: schedule, signDays: signDays, baseVersion: f.int("version") ?? 0,
                by: principal)
            return Response(status: .seeOther, headers: [.location: "/plans/\(planId)"])
        } catch AppError.validation(let issues) {
            return try await planReportingPage(
                planId: planId, kind: kind, day: f.string("reportDay"), dates: f.string("reportDates"),
                signDays: f.string("signDays"), version: f.int("version") ?? 0, issues: issues,
                request: request, context: context, status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/plans/\(planId)/reporting", request: request, context: context)
        }
    }

    private func planReportingPage(
        planId: Int, kind: String, day: String, dates: String, signDays: String, version: Int,
        issues: [ValidationIssue], request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let plan = try await PlanQueries.require(planId, on: sql)
        let fields: [FormField] = [
            FormField(
                name: "scheduleKind", kind: .select, value: kind,
                options: ["none", "monthly", "quarterly"].map { ($0, L10n.t("reporting.kind." + $0, l)) },
                required: true),
            FormField(name: "reportDay", kind: .number, value: day, hint: L10n.t("reporting.dayHint", l)),
            FormField(name: "reportDates", kind: .text, value: dates, hint: L10n.t("reporting.datesHint", l)),
            FormField(name: "signDays", kind: .number, value: signDays, required: true)
        ]
        let view = PlanReportingView(
            plan: PlanSummaryView(plan, l), fields: fields.views(l, issues: issues), version: version,
            errors: issues.map { L10n.issue($0, l) }, hasErrors: !issues.isEmpty)
        return renderer.page(
            "reporting/plan_reporting", title: plan.title + " · " + L10n.t("reporting.settings", l), view: view, context: context,
            request: request, status: status, isDemo: plan.isDemo, active: "plans")
    }
}
