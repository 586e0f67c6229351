import Foundation
import HTTPTypes
import Hummingbird
import ReformCore
import SQLKit

/// Pages of the assignment chain and the reports: the item page's section, the report page with its
/// review actions, evidence downloads and the plan's reporting settings.
struct ReportPages: PageHandlers {
    let services: AppServices

    /// The item page's 交办/签收/指派 chain, its reports, and the report form for the user's unit.
    func reportingSection(
        _ item: ItemRecord, plan: PlanRecord, context: AppRequestContext, issues: [ValidationIssue] = [],
        values: ReportDraft? = nil
    ) async throws -> ItemReportingView {
        let l = context.language
        let principal = context.principal
        let today = services.clock.today
        let settings = try await ReportQueries.planReporting(plan.id, on: sql)
        let schedule = settings.reportingSchedule
        let assignments = try await ReportQueries.assignments(ofItem: item.id, on: sql)
        // Every report counts for the indicators' latest accepted values (facts of the item, like its percent); only
        // those the user may read are listed (`Access.canReadReport`).
        let allReports = try await ReportQueries.reports(ofItem: item.id, on: sql)
        let reports = try await AccessGuard(context, sql: sql).readableReports(of: item)
        let participants = try await ItemQueries.participants(of: [item.id], on: sql)
        let unitIDs = Set(assignments.map(\.unitId) + reports.map(\.unitId) + participants.map(\.unitId) + [item.leadUnitId].compactMap { $0 })
        let names = Dictionary(uniqueKeysWithValues: try await UnitQueries.byIDs(Array(unitIDs), on: sql).map { ($0.id, $0.name) })
        let isOffice = principal.map { ($0.role == .office || $0.role == .admin) && $0.sees(jurisdictionPath: item.jurisdictionPath) } ?? false
        let chain = assignments.map { a -> ItemReportingView.Assignment in
            let mine = principal.map { $0.role == .admin || ($0.role.isUnitRole && $0.unitId == a.unitId) } ?? false
            let assignedOn = services.clock.localDate(ofTimestamp: a.assignedAt) ?? today
            var row = ItemReportingView.Assignment(
                id: a.id, version: a.version, unitName: names[a.unitId] ?? "—", role: L10n.t("assignment.role." + a.unitRole, l),
                assignedBy: a.assignedBy, assignedAt: displayTime(a.assignedAt, l),
                signed: a.isSigned, canSign: mine && !a.isSigned, canHandler: mine && a.isSigned,
                signLate: ReportingDue.isSigningLate(assignedOn: assignedOn, signed: a.isSigned, today: today, days: settings.signDays),
                handlerName: a.handlerName ?? "")
            if let s = a.signedAt {
                row.signedAt = displayTime(s, l)
                row.signedBy = a.signedBy ?? ""
            }
            if let h = a.handlerName, let at = a.assignedToHandlerAt {
                row.handler = h
                row.handlerAt = displayTime(at, l)
            }
            if let due = a.nextReportDue {
                row.nextDue = L10n.date(due, l)
                row.outdated = ReportingDue.isOutdated(nextDue: LocalDate(iso: due), today: today)
            }
            return row
        }
        let indicators = try await ReportQueries.indicators(ofItem: item.id, on: sql)
        // The latest accepted value of each indicator (reports are newest period first).
        var latestActuals: [Int: String] = [:]
        for r in allReports where r.reportState == .accepted {
            for (id, value) in try await ReportQueries.indicatorValues(ofReport: r.id, on: sql) where latestActuals[id] == nil {
                latestActuals[id] = value
            }
        }
        let unassigned = ([item.leadUnitId].compactMap { $0 } + participants.map(\.unitId)).filter { u in !assignments.contains { $0.unitId == u } }
        let choices = unassigned.map { u in
            ItemReportingView.UnitChoice(
                id: u, name: names[u] ?? "—", role: L10n.t(u == item.leadUnitId ? "assignment.role.lead" : "assignment.role.participant", l),
                checked: u == item.leadUnitId)
        }
        var view = ItemReportingView(
            schedule: schedule.map { Self.scheduleText($0, l) } ?? L10n.t("reporting.noSchedule", l),
            signDays: settings.signDays, planId: plan.id,
            chain: chain, hasChain: !chain.isEmpty,
            canAssign: isOffice && !unassigned.isEmpty && item.leadUnitId != nil,
            unitChoices: choices, isField: item.childCount > 0 && isOffice,
            reports: reports.map { r in
                .init(
                    id: r.id, period: Self.periodLabel(r.period, l), unitName: names[r.unitId] ?? "—",
                    state: L10n.t("reportState." + r.state, l), stateKey: r.state, percent: L10n.percent(r.percent),
                    status: L10n.status(r.status, l), dueDate: L10n.date(r.dueDate, l),
                    submittedAt: r.submittedAt.map { displayTime($0, l) } ?? "—")
            },
            hasReports: !reports.isEmpty,
            indicators: indicators.map {
                .init(
                    id: $0.id, version: $0.version, name: $0.name, unit: $0.unitOfMeasure, baseline: $0.baseline, target: $0.target,
                    latest: latestActuals[$0.id] ?? "—", hasLatest: latestActuals[$0.id] != nil)
            },
            hasIndicators: !indicators.isEmpty,
            canEditIndicators: isOffice,
            indicatorErrors: issues.filter { ["indicatorName", "unitOfMeasure", "baseline", "target"].contains($0.field) }.map {
                L10n.issue($0, l)
            })
        // The report form, for a unit member whose unit has signed for the task.
        if let p = principal, p.role.isUnitRole, let unitId = p.unitId,
            let mine = assignments.first(where: { $0.unitId == unitId }), mine.isSigned
        {
            let effective = schedule ?? .monthly(day: 31)
            let owed = ReportingDue.periodsOwed(owed: mine.nextReportDue.flatMap(LocalDate.init(iso:)) ?? today, today: today, schedule: effective)
            let filed = Set(reports.filter { $0.unitId == unitId }.map(\.period))
            let choices = owed.filter { !filed.contains($0.key) }
            let v =
                values
                ?? ReportDraft.blank(
                    period: choices.first?.key ?? "", status: item.status,
                    percent: ItemService.Values.format(item.ownPercent))
            view.form = Self.reportForm(
                v, periods: choices.isEmpty ? [effective.period(inForceOn: today)] : choices, indicators: indicators,
                issues: issues, action: "/items/\(item.id)/reports", unitId: unitId, version: nil, l)
        }
        return view
    }

    static func reportForm(
        _ v: ReportDraft, periods: [ReportingPeriod], indicators: [IndicatorRecord], issues: [ValidationIssue],
        action: String, unitId: Int, version: Int?, _ l: Language
    ) -> ReportFormView {
        let fields: [FormField] = [
            FormField(name: "period", kind: .select, value: v.period, options: periods.map { ($0.key, periodLabel($0.key, l)) }, required: true),
            FormField(
                name: "status", kind: .select, value: LifecycleStatus(text: v.status)?.rawValue ?? v.status,
                options: LifecycleStatus.allCases.map { ($0.rawValue, L10n.status($0.rawValue, l)) }, required: true),
            FormField(name: "percent", kind: .number, value: v.percent, required: true),
            FormField(name: "narrative", kind: .textarea, value: v.narrative, required: true, wide: true),
            FormField(name: "problems", kind: .textarea, value: v.problems, wide: true),
            FormField(name: "nextSteps", kind: .textarea, value: v.nextSteps, wide: true),
            FormField(name: "requestedDeadline", kind: .date, value: v.requestedDeadline, hint: L10n.t("reporting.deadlineHint", l)),
            FormField(name: "deadlineReason", kind: .text, value: v.deadlineReason, wide: true)
        ]
        let errors = issues.map { L10n.issue($0, l) }
        return ReportFormView(
            action: action, unitId: unitId, fields: fields.views(l, issues: issues),
            indicators: indicators.map { i in
                .init(
                    id: i.id, name: i.name, unit: i.unitOfMeasure, baseline: i.baseline, target: i.target,
                    value: v.indicatorValues[i.id] ?? "")
            },
            hasIndicators: !indicators.isEmpty,
            errors: errors, hasErrors: !errors.isEmpty,
            evidenceError: issues.filter { $0.field == "evidence" }.map { L10n.issue($0, l) }.joined(separator: "；"),
            version: version)
    }

    static func periodLabel(_ key: String, _ l: Language) -> String {
        guard let p = ReportingPeriod(key: key) else { return key }
        return l == .zh ? p.chineseLabel : p.englishLabel
    }

    /// A file's size in the reader's words: 193 字节, 12.5 KB, 3.2 MB.
    static func fileSize(_ bytes: Int, _ l: Language) -> String {
        if bytes < 1000 { return L10n.fill("report.bytes", l, String(bytes)) }
        let (value, unit) = bytes < 1_000_000 ? (Double(bytes) / 1000, "KB") : (Double(bytes) / 1_000_000, "MB")
        return String(format: value < 10 ? "%.1f" : "%.0f", value) + " " + unit
    }

    static func scheduleText(_ s: ReportingSchedule, _ l: Language) -> String {
        switch s {
        case .monthly(let day): return L10n.fill("reporting.monthly", l, String(day))
        case .quarterly(let dates): return L10n.fill("reporting.quarterly", l, dates.map { "\($0.month)-\($0.day)" }.joined(separator: ", "))
        }
    }

    // MARK: Assignment chain

    func assign(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).readItem(id)
        let f = try await request.formData()
        // The item page's form lists the units to choose (`chooseUnits`); an older form's "participants" box still works.
        _ = try await services.assignments.assign(
            itemId: id, note: f.string("note"), includeParticipants: f.string("participants") == "1",
            unitIds: f.string("chooseUnits") == "1" ? f.ints("unitIds") : nil, by: principal)
        return Response(status: .seeOther, headers: [.location: "/items/\(id)#reporting"])
    }

    func sign(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).readItem(try await ReportQueries.assignment(id, on: sql).itemId)
        let f = try await request.formData()
        let a = try await services.assignments.sign(id, baseVersion: f.int("version") ?? 0, by: principal)
        return Response(status: .seeOther, headers: [.location: f.string("back") == "inbox" ? "/inbox" : "/items/\(a.itemId)#reporting"])
    }

    func assignHandler(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).readItem(try await ReportQueries.assignment(id, on: sql).itemId)
        let f = try await request.formData()
        let a = try await services.assignments.assignHandler(
            id, name: f.string("handlerName"), userId: nil, baseVersion: f.int("version") ?? 0,
            by: principal)
        return Response(status: .seeOther, headers: [.location: "/items/\(a.itemId)#reporting"])
    }

    func indicatorAdd(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).readItem(id)
        let f = try await request.formData()
        do {
            _ = try await services.indicators.add(
                itemId: id, name: f.string("indicatorName"), unitOfMeasure: f.string("unitOfMeasure"),
                baseline: f.string("baseline"), target: f.string("target"), by: principal)
            return Response(status: .seeOther, headers: [.location: "/items/\(id)#reporting"])
        } catch AppError.validation(let issues) {
            let item = try await ItemQueries.require(id, on: sql)
            return try await ItemPages(services: services).itemPage(
                item, amendIssues: [], amendValues: [:], request: request, context: context, status: .unprocessableContent,
                sectionState: [ReportingFeature.itemSectionKey: ReportingSectionState(issues: issues, values: nil)])
        }
    }

    // MARK: Reports

    /// Files a new report (POST /items/:id/reports) or edits one (POST /reports/:id): multipart with evidence files.
    /// The files are checked before anything is saved, so a bad file leaves no report and no file behind;
    /// `submit=1` submits after saving.
    func reportSave(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let pathID = try context.parameters.require("id", as: Int.self)
        let isNew = request.uri.path.hasPrefix("/items/")
        // Who may file or edit is settled before the form and its files are read.
        let guarded = try AccessGuard(context, sql: sql)
        let existing = isNew ? nil : try await guarded.readReport(pathID).report
        if let existing {
            try Access.requireUnitMember(principal, unitId: existing.unitId, "file_report")
        } else {
            _ = try await guarded.readItem(pathID)
            try guarded.requireFiler()
        }
        let (fields, files) = try await reportFormBody(request, context: context)
        func value(_ k: String) -> String { fields[k]?.last ?? "" }
        var indicatorValues: [Int: String] = [:]
        for (key, values) in fields where key.hasPrefix("indicator.") {
            if let id = Int(key.dropFirst("indicator.".count)) { indicatorValues[id] = values.last ?? "" }
        }
        let draft = ReportDraft(
            period: value("period"), status: value("status"), percent: value("percent"), narrative: value("narrative"),
            problems: value("problems"), nextSteps: value("nextSteps"), requestedDeadline: value("requestedDeadline"),
            deadlineReason: value("deadlineReason"), indicatorValues: indicatorValues)
        let itemId = existing?.itemId ?? pathID
        let unitId = existing?.unitId ?? Int(value("unitId")) ?? principal.unitId ?? 0
        do {
            let checked = try files.filter { !($0.filename.isEmpty && $0.size == 0) }.map {
                try services.evidence.check(filename: $0.filename, data: try $0.data())
            }
            var report = try await services.reports.save(
                reportId: existing?.id, itemId: itemId, unitId: unitId, draft,
                baseVersion: existing.map { _ in Int(value("version")) ?? 0 }, by: principal)
            if !checked.isEmpty { _ = try await services.reports.addEvidence(reportId: report.id, files: checked, by: principal) }
            if value("submit") == "1" {
                report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: principal)
            }
            return Response(status: .seeOther, headers: [.location: "/reports/\(report.id)"])
        } catch AppError.validation(let issues) {
            if let existing {
                return try await reportPage(
                    existing, context: context, request: request, issues: issues, values: draft, status: .unprocessableContent)
            }
            let item = try await ItemQueries.require(itemId, on: sql)
            return try await ItemPages(services: services).itemPage(
                item, amendIssues: [], amendValues: [:], request: request, context: context, status: .unprocessableContent,
                sectionState: [ReportingFeature.itemSectionKey: ReportingSectionState(issues: issues, values: draft)])
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/reports/\(pathID)", request: request, context: context)
        }
    }

    private func reportFormBody(_ request: Request, context: AppRequestContext) async throws -> ([String: [String]], [UploadedForm.File]) {
        // Up to five files of the configured size, plus the text fields.
        let limit = ReportService.maxFormBytes(services.config)
        if let form = try await UploadedForm.of(request, context: context, limit: limit) {
            try QueryString.rejectNUL(form.fields)
            return (form.fields, form.files["evidence"] ?? [])
        }
        let buffer = try await request.body.collect(upTo: limit)
        let fields = QueryString.parse(String(buffer: buffer))
        try QueryString.rejectNUL(fields)
        return (fields, [])
    }

    func report(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        return try await reportPage(try await AccessGuard(context, sql: sql).readReport(id).report, context: context, request: request)
    }

    func reportReview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).reviewReport(id)
        let f = try await request.formData()
        guard let action = ReportAction(rawValue: f.string("action")) else {
            throw AppError.badRequest(
                parameter: "action", message: "expected one of \(ReportAction.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        do {
            _ = try await services.reports.act(id, action, comment: f.string("comment"), baseVersion: f.int("version") ?? 0, by: principal)
            return Response(status: .seeOther, headers: [.location: "/reports/\(id)"])
        } catch AppError.validation(let issues) {
            return try await reportPage(
                try await ReportQueries.report(id, on: sql), context: context, request: request, issues: issues,
                status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(changes: changes, currentVersion: current, reloadURL: "/reports/\(id)", request: request, context: context)
        }
    }

    func reportPage(
        _ r: ReportRecord, context: AppRequestContext, request: Request, issues: [ValidationIssue] = [], values: ReportDraft? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let (_, item) = try await AccessGuard(context, sql: sql).readReport(r.id)
        let unit = try await UnitQueries.require(r.unitId, on: sql)
        let indicators = try await ReportQueries.indicators(ofItem: item.id, on: sql)
        let actuals = try await ReportQueries.indicatorValues(ofReport: r.id, on: sql)
        let evidence = try await ReportQueries.evidence(ofReport: r.id, on: sql)
        let history = try await ItemQueries.history(entity: "report", id: r.id, on: sql)
        let p = context.principal
        let state = r.reportState
        let actions = Access.reportActions(state: state, unitId: r.unitId, itemPath: item.jurisdictionPath, p)
        let reviewActions = actions.filter { $0 != .submit }
        // A section left blank reads 无, not as a gap.
        let none = L10n.t("digest.none", l)
        let canEdit = state.isEditable && (p.map { $0.role == .admin || ($0.role.isUnitRole && $0.unitId == r.unitId) } ?? false)
        var view = ReportPageView(
            report: .init(
                id: r.id, version: r.version, period: Self.periodLabel(r.period, l), dueDate: L10n.date(r.dueDate, l),
                state: L10n.t("reportState." + r.state, l), stateKey: r.state, status: L10n.status(r.status, l),
                percent: L10n.percent(r.percent), narrative: r.narrative.nonEmpty ?? none, problems: r.problems.nonEmpty ?? none,
                nextSteps: r.nextSteps.nonEmpty ?? none,
                hasDeadlineRequest: r.requestedDeadline != nil, requestedDeadline: L10n.date(r.requestedDeadline, l),
                deadlineReason: r.deadlineReason, reviewComment: r.reviewComment ?? "", hasReviewComment: r.reviewComment != nil),
            item: .init(id: item.id, label: item.number + item.title, deadline: L10n.date(item.currentDeadline, l)),
            unitName: unit.name,
            indicators: indicators.map {
                .init(name: $0.name, unit: $0.unitOfMeasure, baseline: $0.baseline, target: $0.target, actual: actuals[$0.id] ?? "—")
            },
            hasIndicators: !indicators.isEmpty,
            evidence: evidence.map {
                .init(id: $0.id, name: $0.originalName, size: Self.fileSize($0.size, l), by: $0.uploadedBy, at: displayTime($0.uploadedAt, l))
            },
            hasEvidence: !evidence.isEmpty,
            trail: history.map {
                .init(
                    at: displayTime($0.at, l), actor: $0.actor, action: L10n.t("reportAction." + $0.action, l),
                    comment: ($0.changeMap["reviewComment"]?.last ?? nil) ?? "")
            },
            reviewActions: reviewActions.map {
                .init(action: $0.rawValue, label: L10n.t("reportAction." + $0.rawValue, l), needsComment: $0.requiresComment)
            },
            canReview: !reviewActions.isEmpty,
            reviewErrors: issues.filter { $0.field == "reviewComment" }.map { L10n.issue($0, l) })
        if canEdit {
            let draft = values ?? ReportDraft(record: r, indicatorValues: actuals)
            view.form = Self.reportForm(
                draft, periods: [r.reportingPeriod].compactMap { $0 }, indicators: indicators,
                issues: issues.filter { $0.field != "reviewComment" }, action: "/reports/\(r.id)", unitId: r.unitId,
                version: r.version, l)
        }
        return renderer.page(
            "reporting/report", title: item.number + item.title + " · " + Self.periodLabel(r.period, l), view: view, context: context,
            request: request, status: status, isDemo: r.isDemo, active: "plans")
    }

    /// Evidence is served to whoever may read the report, with its original name, never from a public path.
    func evidenceDownload(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let file = try await AccessGuard(context, sql: sql).readEvidence(id)
        let body = try await services.evidence.body(of: file)
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let encoded = file.originalName.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "file"
        return Response(
            status: .ok,
            headers: [
                .contentType: file.contentType, .cacheControl: "private, no-store",
                .contentDisposition: "attachment; filename=\"evidence-\(file.id)\"; filename*=UTF-8''\(encoded)",
                HTTPField.Name("X-Content-Type-Options")!: "nosniff"
            ], body: body)
    }
}
