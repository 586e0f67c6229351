import Foundation
import HTTPTypes
import Hummingbird
import ReformCore
import SQLKit

/// The rectification ledger (整改台账) with its filters, paging, export and print; a rectification with its reports,
/// steps and the forms the reader may use; its steps, reports and evidence.
struct RectificationPages: PageHandlers {
    let services: AppServices

    func ledger(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        let guarded = try AccessGuard(context, sql: sql)
        let filter = try RectificationFilter(query: params)
        let path = try await guarded.rectificationScope(filter)
        let today = services.clock.today
        let printing = params["print"]?.last == "1"
        let page = try await RectificationLedgerQuery.run(
            filter, jurisdictionPath: path, today: today, reader: guarded.principal, all: printing, on: sql)
        let p = guarded.principal
        let inspection = try await filter.inspectionId.asyncMap { try await InspectionQueries.inspection($0, on: sql) }
        // The jurisdiction filter's choices: two columns of the reader's subtree (every jurisdiction, for an administrator).
        struct JurisdictionName: Decodable {
            var id: Int
            var name: String
        }
        var jurisdictions: [JurisdictionName] = []
        if !p.role.isUnitRole {
            let scope: SQLQueryString = p.isNationwide ? "1 = 1" : PathRange.condition(column: "path", prefix: p.jurisdictionPath)
            jurisdictions = try await sql.all(JurisdictionName.self, "SELECT id, name FROM jurisdictions WHERE \(scope) ORDER BY path")
        }
        let unitRecords = try await Self.leadUnits(for: p, on: sql)
        func choices(_ values: [String], _ ns: String, _ chosen: [String]) -> [InspectionOption] {
            values.map { .init(value: $0, label: L10n.t(ns + "." + $0, l), selected: chosen.contains($0)) }
        }
        let first = (page.page - 1) * page.perPage
        let view = RectificationLedgerView(
            heading: inspection.map { L10n.t("rectifications.title", l) + " · " + $0.title } ?? L10n.t("rectifications.title", l),
            inspectionId: filter.inspectionId, q: filter.q,
            jurisdictionOptionsHTML: HTMLText.options(jurisdictions.map { ($0.id, $0.name, $0.id == filter.jurisdictionId) }),
            hasJurisdictions: jurisdictions.count > 1,
            states: choices(RectificationState.allCases.map(\.rawValue), "rectificationState", filter.states.map(\.rawValue)),
            lights: [ScheduleLight.red, .yellow, .green].map {
                .init(value: $0.rawValue, label: L10n.light($0, l), selected: filter.lights.contains($0))
            },
            unitOptionsHTML: HTMLText.options(unitRecords.map { ($0.id, $0.name, $0.id == filter.unitId) }),
            categories: [InspectionOption(value: "", label: L10n.t("rectifications.allCategories", l), selected: filter.category == nil)]
                + choices(FindingCategory.allCases.map(\.rawValue), "findingCategory", [filter.category?.rawValue].compactMap { $0 }),
            severities: [InspectionOption(value: "", label: L10n.t("rectifications.allSeverities", l), selected: filter.severity == nil)]
                + choices(FindingSeverity.allCases.map(\.rawValue), "findingSeverity", [filter.severity?.rawValue].compactMap { $0 }),
            perPages: RectificationFilter.perPageChoices.map { .init(value: String($0), label: String($0), selected: $0 == filter.perPage) },
            rows: page.rows.enumerated().map { n, r in Self.row(r, seq: (printing ? 0 : first) + n + 1, today: today, l) },
            hasRows: !page.rows.isEmpty,
            totalText: L10n.fill("rectifications.total", l, String(page.total)),
            pageText: L10n.fill("rectifications.pageOf", l, String(page.page), String(page.pageCount)),
            prevURL: page.page > 1 ? filter.url("/rectifications", page: page.page - 1) : nil,
            nextURL: page.page < page.pageCount ? filter.url("/rectifications", page: page.page + 1) : nil,
            exportXlsxURL: filter.url("/rectifications/export.xlsx"), exportCsvURL: filter.url("/rectifications/export.csv"),
            printURL: filter.url("/rectifications", extra: [("print", "1")]),
            resetURL: filter.inspectionId.map { "/rectifications?inspection=\($0)" } ?? "/rectifications",
            printing: printing, printedOn: L10n.date(today, l))
        return renderer.page(
            "rectifications/rectifications", title: view.heading, view: view, context: context, request: request, active: "rectifications")
    }

    /// GET /rectifications/export.xlsx and .csv: every row of the view the ledger page shows, under the same rules.
    func export(_ request: Request, _ context: AppRequestContext, csv: Bool) async throws -> Response {
        let l = context.language
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        let guarded = try AccessGuard(context, sql: sql)
        let filter = try RectificationFilter(query: params)
        let path = try await guarded.rectificationScope(filter)
        let today = services.clock.today
        let page = try await RectificationLedgerQuery.run(filter, jurisdictionPath: path, today: today, reader: guarded.principal, all: true, on: sql)
        if page.total > RectificationExport.maxRows {
            throw AppError.unprocessable(
                code: "rectification_export_too_large", message: "more than \(RectificationExport.maxRows) rows: narrow the filter")
        }
        let name = L10n.t("rectifications.title", l) + "-" + today.iso + (csv ? ".csv" : ".xlsx")
        let data = csv ? RectificationExport.csv(page.rows, today: today, l) : try RectificationExport.xlsx(page.rows, today: today, l)
        return Response(
            status: .ok,
            headers: [
                .contentType: csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: ContentDisposition.attachment(
                    filename: name, asciiFallback: "rectifications-\(today.iso)" + (csv ? ".csv" : ".xlsx")),
                .cacheControl: "private, no-store"
            ],
            body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    /// The lead units the reader's ledger can show, for the filter.
    static func leadUnits(for p: Principal, on sql: any SQLDatabase) async throws -> [UnitOption] {
        // The units of the reader's view that lead a rectification, each an index probe (the units of a big subtree are
        // read in order until 500 are found), rather than every visible rectification joined and made distinct.
        let columns: SQLQueryString = "u.id, u.name"
        if p.role.isUnitRole, !p.isNationwide {
            return try await sql.all(UnitOption.self, "SELECT \(columns) FROM units u WHERE u.id = \(bind: p.unitId ?? 0)")
        }
        let scope: SQLQueryString = p.isNationwide ? "1 = 1" : PathRange.condition(column: "j.path", prefix: p.jurisdictionPath)
        return try await sql.all(
            UnitOption.self,
            """
            SELECT \(columns) FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id
            WHERE \(scope) AND EXISTS (SELECT 1 FROM rectifications r WHERE r.lead_unit_id = u.id)
            ORDER BY u.id LIMIT 500
            """)
    }

    static func row(_ r: RectificationRecord, seq: Int, today: LocalDate, _ l: Language) -> RectificationLedgerView.Row {
        let light = r.light(today: today)
        return .init(
            id: r.id, seq: seq, inspectionId: r.inspectionId, inspection: r.inspectionTitle, findingId: r.findingId, problem: r.description,
            category: r.category.map { L10n.t("findingCategory." + $0, l) } ?? "",
            severity: r.severity.map { L10n.t("findingSeverity." + $0, l) } ?? "",
            lead: r.leadUnitName, deadline: L10n.date(r.deadline, l), state: L10n.t("rectificationState." + r.state, l), stateKey: r.state,
            light: L10n.light(light, l), lightKey: light.rawValue, closedOn: L10n.date(r.closedOn, l))
    }

    // MARK: One rectification

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await page(try context.parameters.require("id", as: Int.self), context: context, request: request)
    }

    /// POST /rectifications/:id/steps: sign, close, return, reopen (form: action, comment, measures, version).
    func step(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        _ = try await guarded.actOnRectification(id)
        let f = try await request.formData()
        guard let action = RectificationAction(rawValue: f.string("action")), !action.carriesReport else {
            throw AppError.badRequest(parameter: "action", message: "expected one of sign, close, return, reopen")
        }
        do {
            _ = try await services.rectifications.act(
                id, action, comment: f.string("comment"), measures: f.string("measures"), baseVersion: f.int("version") ?? 0,
                by: guarded.principal)
            return Response(status: .seeOther, headers: [.location: "/rectifications/\(id)"])
        } catch AppError.validation(let issues) {
            return try await page(id, issues: issues, comment: f.string("comment"), context: context, request: request, status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/rectifications/\(id)", request: request, context: context)
        }
    }

    /// POST /rectifications/:id/reports: a report with evidence (multipart); `final=1` asks for closure.
    func fileReport(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        _ = try await guarded.fileRectificationReport(id)
        let (fields, files) = try await InspectionPages.multipart(request, context: context, services: services)
        func value(_ k: String) -> String { fields[k]?.last ?? "" }
        let draft = RectificationReportDraft(narrative: value("narrative"), percent: value("percent"), evidenceCount: 0)
        do {
            let checked = try files.filter { !($0.filename.isEmpty && $0.size == 0) }.map {
                try services.supervisionEvidence(filename: $0.filename, data: try $0.data())
            }
            _ = try await services.rectifications.fileReport(
                id, draft, final: value("final") == "1", files: checked, baseVersion: Int(value("version")) ?? 0, by: guarded.principal)
            return Response(status: .seeOther, headers: [.location: "/rectifications/\(id)"])
        } catch AppError.validation(let issues) {
            return try await page(id, issues: issues, report: draft, context: context, request: request, status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/rectifications/\(id)", request: request, context: context)
        }
    }

    func evidence(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let (file, rectificationId) = try await InspectionQueries.reportEvidenceFile(id, on: sql)
        do {
            _ = try await AccessGuard(context, sql: sql).readRectification(rectificationId)
        } catch AppError.notFound {
            throw AppError.notFound(entity: "evidence", id: String(id))
        }
        return try await InspectionPages.download(file, services: services)
    }

    private func page(
        _ id: Int, issues: [ValidationIssue] = [], report: RectificationReportDraft? = nil, comment: String = "", context: AppRequestContext,
        request: Request, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let (r, actors) = try await AccessGuard(context, sql: sql).readRectification(id)
        let today = services.clock.today
        let reports = try await InspectionQueries.reports(of: id, on: sql)
        let evidence = Dictionary(grouping: try await InspectionQueries.reportEvidence(ofRectification: id, on: sql), by: \.ownerId)
        let steps = try await InspectionQueries.steps(of: id, on: sql)
        let state = r.rectificationState
        let light = r.light(today: today)
        let actions = Access.rectificationActions(state, actors: actors).filter { !$0.carriesReport }
        let errors = issues.map { L10n.issue($0, l, scope: InspectionPages.scope) }
        let view = RectificationPageView(
            id: r.id, version: r.version, findingId: r.findingId, inspectionId: r.inspectionId, inspectionTitle: r.inspectionTitle,
            problem: r.description, category: r.category.map { L10n.t("findingCategory." + $0, l) } ?? "",
            severity: r.severity.map { L10n.t("findingSeverity." + $0, l) } ?? "", lead: r.leadUnitName, deadline: L10n.date(r.deadline, l),
            originalDeadline: L10n.date(r.originalDeadline, l), deadlineChanged: r.deadline != r.originalDeadline,
            measures: r.measures.isEmpty ? L10n.t("inspections.none", l) : r.measures, evidenceRequired: r.evidenceRequired,
            state: L10n.t("rectificationState." + r.state, l), stateKey: r.state, light: L10n.light(light, l), lightKey: light.rawValue,
            returnCount: r.returnCount, hasReturns: r.returnCount > 0, closedOn: L10n.date(r.closedOn, l), isClosed: r.closedOn != nil,
            reports: reports.reversed().map { p in
                .init(
                    id: p.id, kind: L10n.t(p.isFinal ? "rectifications.final" : "rectifications.interim", l), isFinal: p.isFinal,
                    narrative: p.narrative, percent: L10n.percent(p.percent), filedBy: p.filedBy, filedAt: displayTime(p.filedAt, l),
                    evidence: (evidence[p.id] ?? []).map { InspectionPages.evidenceLine($0, url: "/rectification-evidence/\($0.id)", l) },
                    hasEvidence: !(evidence[p.id] ?? []).isEmpty)
            },
            hasReports: !reports.isEmpty,
            steps: steps.map { s in
                .init(
                    action: L10n.t("rectificationAction." + s.action, l), actor: L10n.t("inspections.actor." + s.actor, l),
                    by: s.actorName, at: displayTime(s.at, l), comment: s.comment, state: L10n.t("rectificationState." + s.toState, l))
            },
            actions: actions.map {
                .init(
                    value: $0.rawValue, label: L10n.t("rectificationAction." + $0.rawValue, l), needsComment: $0.requiresComment,
                    isSign: $0 == .sign, danger: $0 == .return || $0 == .reopen)
            },
            hasActions: !actions.isEmpty,
            canReport: actors.contains(.leadUnit) && state == .rectifying,
            errors: errors, hasErrors: !errors.isEmpty, narrative: report?.narrative ?? "", percent: report?.percent ?? "", comment: comment)
        return renderer.page(
            "rectifications/rectification", title: L10n.t("rectifications.one", l) + " #\(r.id)", view: view, context: context, request: request,
            status: status)
    }
}
