import Hummingbird
import ReformCore

extension WebControllers {
    /// /inbox: what the signed-in user must do, in tabs with counts.
    func inbox(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let principal = try context.requirePrincipal()
        let today = services.clock.today
        let inbox = try await InboxQuery.run(for: principal, today: today, on: sql)
        let requested = request.uri.queryParameters.get("tab").flatMap(Inbox.Tab.init(rawValue:))
        // Open the first tab with something in it unless one was asked for.
        let tab = requested ?? Inbox.Tab.allCases.first { !inbox.entries($0).isEmpty } ?? .sign
        let entries = inbox.entries(tab).map { e -> [String: Any] in
            var d: [String: Any] = [
                "itemId": e.itemId, "item": e.itemNumber + e.itemTitle, "unitName": e.unitName, "late": e.late,
                "link": e.reportId.map { "/reports/\($0)" } ?? "/items/\(e.itemId)#reporting",
            ]
            if let p = e.period { d["period"] = Self.periodLabel(p, l) }
            if let due = e.dueDate { d["due"] = L10n.date(due, l) }
            if let s = e.state { d["state"] = L10n.t("reportState." + s, l) }
            if let at = e.at { d["at"] = Self.displayTime(at) }
            if tab == .sign, let id = e.assignmentId, let v = e.assignmentVersion { d["signId"] = id; d["signVersion"] = v }
            return d
        }
        let data: [String: Any] = [
            "tabs": Inbox.Tab.allCases.map { t in
                ["key": t.rawValue, "label": L10n.t("inbox.tab." + t.rawValue, l), "count": inbox.entries(t).count, "active": t == tab]
            },
            "entries": entries, "hasEntries": !entries.isEmpty, "isSign": tab == .sign,
            "hint": L10n.t("inbox.hint." + tab.rawValue, l),
        ]
        return renderer.page("inbox", title: L10n.t("inbox.title", l), data: data, context: context, request: request, active: "inbox")
    }

    /// /plans/:id/reporting: the schedule and signing days (the office's).
    func planReporting(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let planId = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).readPlan(planId)
        let settings = try await ReportQueries.planReporting(planId, on: sql)
        var kind = "none", day = "25", dates = "3-25,6-25,9-25,12-20"
        switch settings.reportingSchedule {
        case .monthly(let d)?: kind = "monthly"; day = String(d)
        case .quarterly(let ds)?: kind = "quarterly"; dates = ds.map { "\($0.month)-\($0.day)" }.joined(separator: ",")
        case nil: break
        }
        return try await planReportingPage(planId: planId, kind: kind, day: day, dates: dates, signDays: String(settings.signDays),
                                           version: settings.version, issues: [], request: request, context: context)
    }

    func planReportingSave(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let planId = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).readPlan(planId)
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
            _ = try await services.planReporting.save(planId: planId, schedule: schedule, signDays: signDays, baseVersion: f.int("version") ?? 0,
                                                      by: principal)
            return Response(status: .seeOther, headers: [.location: "/plans/\(planId)"])
        } catch AppError.validation(let issues) {
            return try await planReportingPage(planId: planId, kind: kind, day: f.string("reportDay"), dates: f.string("reportDates"),
                                               signDays: f.string("signDays"), version: f.int("version") ?? 0, issues: issues,
                                               request: request, context: context, status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return conflictPage(changes: changes, currentVersion: current, reloadURL: "/plans/\(planId)/reporting", request: request, context: context)
        }
    }

    private func planReportingPage(planId: Int, kind: String, day: String, dates: String, signDays: String, version: Int,
                                   issues: [ValidationIssue], request: Request, context: AppRequestContext,
                                   status: HTTPResponse.Status = .ok) async throws -> Response {
        let l = context.language
        let plan = try await PlanQueries.require(planId, on: sql)
        let fields: [FormField] = [
            FormField(name: "scheduleKind", kind: .select, value: kind, options: ["none", "monthly", "quarterly"].map { ($0, L10n.t("reporting.kind." + $0, l)) },
                      required: true),
            FormField(name: "reportDay", kind: .number, value: day, hint: L10n.t("reporting.dayHint", l)),
            FormField(name: "reportDates", kind: .text, value: dates, hint: L10n.t("reporting.datesHint", l)),
            FormField(name: "signDays", kind: .number, value: signDays, required: true),
        ]
        let data: [String: Any] = [
            "plan": planSummary(plan, l), "fields": fields.render(l, issues: issues), "version": version,
            "errors": issues.map { L10n.issue($0, l) }, "hasErrors": !issues.isEmpty,
        ]
        return renderer.page("plan_reporting", title: plan.title + " · " + L10n.t("reporting.settings", l), data: data, context: context,
                             request: request, status: status, isDemo: plan.isDemo, active: "plans")
    }
}
