import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The grassroots projects' pages: the register with the calls, the declaration form, the project page with the city's
/// review, the exports and the declarations' import.
struct GrassrootsPages: PageHandlers {
    let services: AppServices

    static func scope(_ request: Request, _ context: AppRequestContext, sql: any SQLDatabase) async throws -> (GrassrootsFilter, String?, String?) {
        let f = try GrassrootsFilter.parse { request.uri.queryParameters.get($0) }
        let guarded = try AccessGuard(context, sql: sql)
        var path: String?
        if let id = f.jurisdiction { path = try await guarded.readJurisdiction(id).path }
        return (f, Access.grassrootsScope(guarded.principal), path)
    }

    static func callLabel(_ c: GrassrootsCallRecord) -> String { c.jurisdictionName + " · " + c.title }

    func register(_ request: Request, _ context: AppRequestContext) async throws -> Response { try await registerPage(request, context) }

    func registerPage(
        _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        values: [String: [String]] = [:]
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let (f, scope, path) = try await Self.scope(request, context, sql: sql)
        let (rows, hasNext) = try await GrassrootsQueries.page(f, scope: scope, jurisdictionPath: path, on: sql)
        let total = try await GrassrootsQueries.count(f, scope: scope, jurisdictionPath: path, on: sql)
        let counts = try await GrassrootsQueries.byDistrict(f, scope: scope, jurisdictionPath: path, on: sql)
        let calls = try await GrassrootsQueries.calls(scope: scope, on: sql)
        let jurisdictions = try await JurisdictionQueries.all(within: scope, on: sql)
        let editable = jurisdictions.filter { Access.canEditGrassroots(in: $0.path, p) && $0.level == JurisdictionLevel.city.rawValue }
        let anyOption = AuthorizationOption(value: "", label: L10n.t("authorization.filter.any", l), selected: false)
        let base = "/grassroots"
        func pageURL(_ n: Int) -> String {
            let q = f.query(page: n)
            return q.isEmpty ? base : base + "?" + q
        }
        var districtRows: [GrassrootsRegisterView.DistrictRow] = []
        for c in counts {
            if districtRows.last?.name != c.jurisdictionName {
                var narrowed = f
                narrowed.jurisdiction = c.jurisdictionId
                districtRows.append(.init(name: c.jurisdictionName, link: base + "?" + narrowed.query(), declared: 0, selected: 0, notSelected: 0))
            }
            switch GrassrootsState(rawValue: c.state) {
            case .declared: districtRows[districtRows.count - 1].declared += c.n
            case .selected: districtRows[districtRows.count - 1].selected += c.n
            case .notSelected: districtRows[districtRows.count - 1].notSelected += c.n
            case nil: break
            }
        }
        let exportQuery = f.query()
        let view = GrassrootsRegisterView(
            rows: rows.map { r in
                .init(
                    id: r.id, call: r.callTitle, district: r.jurisdictionName, title: r.title, leadUnit: r.leadUnit, contact: r.contact,
                    state: L10n.t("grassrootsState." + r.state, l), stateCode: r.state, planItemId: r.planItemId.map(String.init) ?? "",
                    hasPlanItem: r.planItemId != nil,
                    isDemo: r.isDemo)
            },
            hasRows: !rows.isEmpty, totalText: L10n.fill("grassroots.total", l, String(total)), page: f.page, prevURL: pageURL(f.page - 1),
            nextURL: pageURL(f.page + 1), hasPrev: f.page > 1, hasNext: hasNext,
            calls: [anyOption] + calls.map { PowerPages.option(String($0.id), Self.callLabel($0), f.call.map(String.init)) },
            districts: [anyOption]
                + jurisdictions.filter { $0.level == JurisdictionLevel.district.rawValue }.map {
                    PowerPages.option(String($0.id), $0.name, f.jurisdiction.map(String.init))
                },
            states: [anyOption]
                + GrassrootsState.allCases.map { PowerPages.option($0.rawValue, L10n.t("grassrootsState." + $0.rawValue, l), f.state?.rawValue) },
            q: f.q ?? "", byDistrict: districtRows, hasCounts: !districtRows.isEmpty,
            exportXLSX: base + "/export.xlsx" + (exportQuery.isEmpty ? "" : "?" + exportQuery),
            exportCSV: base + "/export.csv" + (exportQuery.isEmpty ? "" : "?" + exportQuery),
            callList: calls.map { c in
                .init(
                    id: c.id, label: Self.callLabel(c), quota: L10n.fill("grassroots.quota", l, String(c.quotaPerDistrict)),
                    declareBy: L10n.date(c.declareBy, l), link: base + "?call=\(c.id)", planLink: "/plans/\(c.planId)",
                    canDeclare: jurisdictions.contains { $0.parentId == c.jurisdictionId && Access.canEditGrassroots(in: $0.path, p) })
            },
            hasCalls: !calls.isEmpty, canAddCall: !editable.isEmpty,
            callJurisdictions: editable.map { PowerPages.option(String($0.id), $0.name, values["jurisdictionId"]?.last ?? String(p.jurisdictionId)) },
            newCall: ["year", "title", "quotaPerDistrict", "declareBy"].reduce(into: [:]) { $0[$1] = values[$1]?.last ?? "" },
            errors: issues.map { L10n.issue($0, l, scope: "grassroots") }, hasErrors: !issues.isEmpty, isDemo: rows.contains { $0.isDemo })
        return renderer.page(
            "grassroots/register", title: L10n.t("grassroots.title", l), view: view, context: context, request: request, status: status,
            isDemo: view.isDemo, active: "grassroots")
    }

    func export(_ request: Request, _ context: AppRequestContext, format: String) async throws -> Response {
        let l = context.language
        let (f, scope, path) = try await Self.scope(request, context, sql: sql)
        let rows = try await GrassrootsQueries.all(f, scope: scope, jurisdictionPath: path, on: sql)
        let data = try GrassrootsSheet.export(rows, format: format, l)
        let today = services.clock.today.iso
        let type = format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(
            status: .ok,
            headers: [
                .contentType: type,
                .contentDisposition: ContentDisposition.attachment(
                    filename: L10n.t("grassroots.title", l) + "-\(today).\(format)", asciiFallback: "grassroots-\(today).\(format)")
            ],
            body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    func createCall(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditGrassroots(in: p.jurisdictionPath, p), "grassroots_edit")
        let f = try await request.formData()
        do {
            let c = try await services.grassroots.createCall(
                .init(
                    jurisdictionId: f.int("jurisdictionId"), year: f.string("year"), title: f.string("title"),
                    quotaPerDistrict: f.string("quotaPerDistrict"), declareBy: f.string("declareBy"), planId: f.int("planId")),
                by: p)
            return Response(status: .seeOther, headers: [.location: "/grassroots?call=\(c.id)"])
        } catch AppError.validation(let issues) {
            return try await registerPage(request, context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    static func input(_ f: FormData) -> GrassrootsService.ProjectInput {
        .init(
            jurisdictionId: f.int("jurisdictionId"), title: f.string("title"), summary: f.string("summary"), leadUnit: f.string("leadUnit"),
            expectedResult: f.string("expectedResult"), contact: f.string("contact"))
    }

    func newForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let raw = request.uri.queryParameters.get("call") ?? ""
        guard let callId = APIInput.wholeNumber(raw), callId > 0 else { throw AppError.badRequest(parameter: "call", message: "required: the call") }
        let call = try await GrassrootsService.visibleCall(callId, p, on: sql)
        let districts = try await declarable(call, p)
        if districts.isEmpty { throw AppError.forbidden(action: "grassroots_declare") }
        let input = GrassrootsService.ProjectInput(
            jurisdictionId: districts.first?.id, title: "", summary: "", leadUnit: "", expectedResult: "", contact: "")
        return try await formPage(input, call: call, project: nil, request: request, context: context)
    }

    func declarable(_ call: GrassrootsCallRecord, _ p: Principal) async throws -> [JurisdictionRecord] {
        try await JurisdictionQueries.all(within: call.jurisdictionPath, on: sql).filter {
            $0.parentId == call.jurisdictionId && Access.canEditGrassroots(in: $0.path, p)
        }
    }

    func editForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let g = try await GrassrootsService.editableProject(try context.parameters.require("id", as: Int.self), p, on: sql)
        let call = try await GrassrootsQueries.call(g.callId, on: sql)!
        let input = GrassrootsService.ProjectInput(
            jurisdictionId: g.jurisdictionId, title: g.title, summary: g.summary, leadUnit: g.leadUnit, expectedResult: g.expectedResult,
            contact: g.contact)
        return try await formPage(input, call: call, project: g, request: request, context: context)
    }

    func formPage(
        _ input: GrassrootsService.ProjectInput, call: GrassrootsCallRecord, project: GrassrootsProjectRecord?, request: Request,
        context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = []
    ) async throws -> Response {
        let l = context.language
        let p = try context.requirePrincipal()
        let districts = try await declarable(call, p)
        let view = GrassrootsFormView(
            isNew: project == nil, action: project.map { "/grassroots/projects/\($0.id)" } ?? "/grassroots/projects",
            cancelURL: project.map { "/grassroots/projects/\($0.id)" } ?? "/grassroots?call=\(call.id)", version: project?.version ?? 0,
            callId: call.id, callLabel: Self.callLabel(call),
            districts: districts.map { PowerPages.option(String($0.id), $0.name, input.jurisdictionId.map(String.init)) }, title: input.title,
            summary: input.summary, leadUnit: input.leadUnit, expectedResult: input.expectedResult, contact: input.contact,
            errors: issues.map { L10n.issue($0, l, scope: "grassroots") }, hasErrors: !issues.isEmpty)
        return renderer.page(
            "grassroots/form", title: L10n.t(project == nil ? "grassroots.new" : "grassroots.edit", l), view: view, context: context,
            request: request,
            status: status, active: "grassroots")
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditGrassroots(in: p.jurisdictionPath, p), "grassroots_declare")
        let f = try await request.formData()
        guard let callId = f.int("callId") else { throw AppError.badRequest(parameter: "callId", message: "required: the call") }
        let call = try await GrassrootsService.visibleCall(callId, p, on: sql)
        let input = Self.input(f)
        do {
            let g = try await services.grassroots.declare(callId: call.id, input, by: p)
            return Response(status: .seeOther, headers: [.location: "/grassroots/projects/\(g.id)"])
        } catch AppError.validation(let issues) {
            return try await formPage(
                input, call: call, project: nil, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let g = try await GrassrootsService.editableProject(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        let input = Self.input(f)
        do {
            _ = try await services.grassroots.update(g.id, input, baseVersion: f.int("version") ?? 0, by: p)
            return Response(status: .seeOther, headers: [.location: "/grassroots/projects/\(g.id)"])
        } catch AppError.validation(let issues) {
            let call = try await GrassrootsQueries.call(g.callId, on: sql)!
            return try await formPage(
                input, call: call, project: g, request: request, context: context, status: .unprocessableContent, issues: issues)
        } catch AppError.unprocessable(let code, let text) {
            return try await projectPage(
                g, request: request, context: context, status: .unprocessableContent,
                errors: [L10n.errorMessage(code: code, fallback: text, context.language)])
        }
    }

    /// POST /grassroots/projects/{id}/delete (version in the form): back to its call's register. A stale version is the 409
    /// page; a project tracked as a plan item (or evaluated by a round) its page with the reason (409).
    func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let g = try await GrassrootsService.editableProject(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        do {
            try await services.grassroots.delete(g.id, baseVersion: f.int("version") ?? 0, by: p)
        } catch AppError.conflict(_, _, let current, _) {
            return try await conflictPage(
                changes: [], currentVersion: current, reloadURL: "/grassroots/projects/\(g.id)", request: request, context: context)
        } catch AppError.inUse(let code, let text) {
            return try await projectPage(
                g, request: request, context: context, status: .conflict, errors: [L10n.errorMessage(code: code, fallback: text, context.language)])
        }
        return Response(status: .seeOther, headers: [.location: "/grassroots?call=\(g.callId)"])
    }

    func project(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let g = try await GrassrootsService.readableProject(
            try context.parameters.require("id", as: Int.self), try context.requirePrincipal(), on: sql)
        return try await projectPage(g, request: request, context: context)
    }

    func projectPage(
        _ g: GrassrootsProjectRecord, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, errors: [String] = []
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let declared = g.state == GrassrootsState.declared.rawValue
        let view = GrassrootsProjectView(
            id: g.id, version: g.version, title: g.title, call: g.callTitle, callURL: "/grassroots?call=\(g.callId)",
            quota: L10n.fill("grassroots.quota", l, String(g.quotaPerDistrict)), district: g.jurisdictionName, summary: g.summary,
            leadUnit: g.leadUnit, expectedResult: g.expectedResult, contact: g.contact, state: L10n.t("grassrootsState." + g.state, l),
            stateCode: g.state, reviewNote: g.reviewNote, reviewedOn: L10n.date(g.reviewedOn, l),
            planItemURL: g.planItemId.map { "/items/\($0)" } ?? "",
            hasPlanItem: g.planItemId != nil, canEdit: declared && Access.canEditGrassroots(in: g.jurisdictionPath, p),
            canReview: declared && Access.canEditGrassroots(in: g.callPath, p),
            canDelete: g.planItemId == nil && Access.canEditGrassroots(in: g.jurisdictionPath, p), errors: errors, hasErrors: !errors.isEmpty,
            isDemo: g.isDemo)
        return renderer.page(
            "grassroots/project", title: g.title, view: view, context: context, request: request, status: status, isDemo: g.isDemo,
            active: "grassroots")
    }

    func review(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let g = try await GrassrootsService.readableProject(try context.parameters.require("id", as: Int.self), p, on: sql)
        try Access.require(Access.canEditGrassroots(in: g.callPath, p), "grassroots_review")
        let f = try await request.formData()
        let l = context.language
        do {
            _ = try await services.grassroots.review(
                g.id, select: f.string("decision") != "not_selected", note: f.string("reviewNote"), planItemId: f.int("planItemId"),
                leadUnitId: f.int("leadUnitId"), baseVersion: f.int("version") ?? 0, by: p)
            return Response(status: .seeOther, headers: [.location: "/grassroots/projects/\(g.id)"])
        } catch AppError.validation(let issues) {
            return try await projectPage(
                g, request: request, context: context, status: .unprocessableContent, errors: issues.map { L10n.issue($0, l, scope: "grassroots") })
        } catch AppError.unprocessable(let code, let text) {
            return try await projectPage(
                g, request: request, context: context, status: .unprocessableContent, errors: [L10n.errorMessage(code: code, fallback: text, l)])
        }
    }

    func importForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let call = try await GrassrootsService.visibleCall(try context.parameters.require("id", as: Int.self), p, on: sql)
        if try await declarable(call, p).isEmpty { throw AppError.forbidden(action: "grassroots_declare") }
        return importPage(call, report: nil, filename: "", content: "", request: request, context: context)
    }

    func importPage(
        _ call: GrassrootsCallRecord, report: GrassrootsService.ImportReport?, filename: String, content: String, request: Request,
        context: AppRequestContext
    ) -> Response {
        let l = context.language
        let view = GrassrootsImportView(
            callId: call.id, callLabel: Self.callLabel(call), hasReport: report != nil,
            problems: (report?.problems ?? []).map { pr in
                .init(
                    place: pr.row == 0
                        ? L10n.t("authorization.import.file", l)
                        : L10n.fill("authorization.import.place", l, String(pr.row), pr.column.isEmpty ? "—" : pr.column),
                    message: pr.message)
            },
            hasProblems: !(report?.problems.isEmpty ?? true), canCommit: report.map { $0.dryRun && $0.ok } ?? false, filename: filename,
            content: content,
            summary: report.map { r in
                r.dryRun
                    ? L10n.fill(
                        r.ok ? "authorization.import.dryRunOK" : "authorization.import.dryRunProblems", l, String(r.rows), String(r.problems.count))
                    : (r.ok
                        ? L10n.fill("power.import.committed", l, String(r.created)) : L10n.fill("power.import.refused", l, String(r.problems.count)))
            } ?? "")
        return renderer.page(
            "grassroots/import", title: L10n.t("grassroots.import.title", l), view: view, context: context, request: request,
            status: report.map { r -> HTTPResponse.Status in r.ok ? .ok : .unprocessableContent } ?? .ok, active: "grassroots")
    }

    func runImport(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let call = try await GrassrootsService.visibleCall(try context.parameters.require("id", as: Int.self), p, on: sql)
        if try await declarable(call, p).isEmpty { throw AppError.forbidden(action: "grassroots_declare") }
        let data: Data
        let filename: String
        var commit = false
        let limit = AuthorizationPages.maxUploadBytes
        if let form = try await UploadedForm.of(request, context: context, limit: limit + 64 * 1024) {
            try QueryString.rejectNUL(form.fields)
            guard let file = form.file("file"), file.size > 0 else { throw AppError.validation([ValidationIssue(field: "file", code: .fileEmpty)]) }
            guard file.size <= limit else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileTooLarge, limit: limit / 1_048_576)])
            }
            data = try withExtendedLifetime(form) { try file.data() }
            filename = file.filename
        } else {
            let f = try await request.formData(limit: limit * 2)
            guard let decoded = Data(base64Encoded: f.string("content")), !decoded.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileEmpty)])
            }
            data = decoded
            filename = f.string("filename")
            commit = f.string("commit") == "1"
        }
        let report = try await services.grassroots.importDeclarations(
            callId: call.id, data: data, filename: filename, dryRun: !commit, language: context.language, by: p)
        if commit && report.ok { return Response(status: .seeOther, headers: [.location: "/grassroots?call=\(call.id)"]) }
        return importPage(call, report: report, filename: filename, content: data.base64EncodedString(), request: request, context: context)
    }
}
