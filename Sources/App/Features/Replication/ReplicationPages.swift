import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The library's pages: the list with its filters and batches, its exports, the import with its dry run, and an
/// experience (what it came from, where it has spread on the jurisdiction tree, the adoptions and the forms).
struct ReplicationPages: PageHandlers {
    let services: AppServices

    /// The filter of a request and the chosen jurisdictions' paths (a jurisdiction that does not exist is a 404).
    static func filter(_ request: Request, _ context: AppRequestContext, sql: any SQLDatabase) async throws -> (ReplicationFilter, String?, String?) {
        let p = try context.requirePrincipal()
        if !Access.seesReplication(p) { throw AppError.forbidden(action: "reviewer_scope") }
        let f = try ReplicationFilter.parse { request.uri.queryParameters.get($0) }
        func path(_ id: Int?) async throws -> String? {
            guard let id else { return nil }
            return try await JurisdictionQueries.require(id, on: sql).path
        }
        return (f, try await path(f.origin), try await path(f.adoptedIn))
    }

    func library(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await libraryPage(request, context)
    }

    func libraryPage(
        _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        values: [String: [String]] = [:]
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let (f, originPath, adoptedPath) = try await Self.filter(request, context, sql: sql)
        let (rows, hasNext) = try await ReplicationQueries.page(f, originPath: originPath, adoptedPath: adoptedPath, on: sql)
        let total = try await ReplicationQueries.count(f, originPath: originPath, adoptedPath: adoptedPath, on: sql)
        let batches = try await ReplicationQueries.batches(on: sql)
        // A national tree has thousands of jurisdictions: the filters and the form offer the provinces, the reader's own
        // jurisdiction and those right below it, and those chosen; others go by id in the URL (`origin=`, `adopted_in=`).
        let shown = [f.origin, f.adoptedIn, p.jurisdictionId].compactMap { $0 }
        let jurisdictions = try await sql.all(
            JurisdictionRecord.self,
            """
            SELECT \(JurisdictionQueries.columns) FROM jurisdictions WHERE depth <= 1 OR id IN (\(binds: shown)) OR parent_id = \(bind: p.jurisdictionId)
            ORDER BY depth, division_code
            """)
        let editable = jurisdictions.filter { Access.canEditExperience(in: $0.path, p) }
        let base = "/replication"
        func url(_ page: Int) -> String {
            let q = f.query(page: page)
            return q.isEmpty ? base : base + "?" + q
        }
        let anyOption = ReplicationOption(value: "", label: L10n.t("replication.filter.any", l), selected: false)
        let choosable = jurisdictions
        let thisYear = services.clock.today.year
        let exportQuery = f.query()
        let view = ReplicationLibraryView(
            rows: rows.map {
                .init(
                    id: $0.id, batch: $0.batch, number: $0.number, title: $0.title, origin: $0.jurisdictionName,
                    publishedOn: L10n.date($0.publishedOn, l),
                    adoptions: $0.adoptions, isDemo: $0.isDemo)
            },
            hasRows: !rows.isEmpty, totalText: L10n.fill("replication.total", l, String(total)), page: f.page, prevURL: url(f.page - 1),
            nextURL: url(f.page + 1), hasPrev: f.page > 1, hasNext: hasNext,
            batches: batches.map {
                .init(label: L10n.fill("replication.batchLabel", l, String($0.batch)), count: $0.n, link: base + "?batch=\($0.batch)")
            },
            batchOptions: [anyOption]
                + batches.map {
                    .init(value: String($0.batch), label: L10n.fill("replication.batchLabel", l, String($0.batch)), selected: f.batch == $0.batch)
                },
            origins: [anyOption] + choosable.map { .init(value: String($0.id), label: $0.name, selected: f.origin == $0.id) },
            adoptedIns: [anyOption] + choosable.map { .init(value: String($0.id), label: $0.name, selected: f.adoptedIn == $0.id) },
            years: [anyOption] + (thisYear - 8...thisYear).reversed().map { .init(value: String($0), label: String($0), selected: f.year == $0) },
            q: f.q ?? "", exportXLSX: base + "/export.xlsx" + (exportQuery.isEmpty ? "" : "?" + exportQuery),
            exportCSV: base + "/export.csv" + (exportQuery.isEmpty ? "" : "?" + exportQuery), canCreate: !editable.isEmpty,
            editable: editable.map {
                .init(value: String($0.id), label: $0.name, selected: String($0.id) == (values["jurisdictionId"]?.last ?? String(p.jurisdictionId)))
            },
            values: ["batch", "number", "title", "summary", "publisher", "publishedOn", "planItemIds", "evaluationSubjectIds"].reduce(into: [:]) {
                $0[$1] = values[$1]?.last ?? ""
            },
            errors: issues.map { L10n.issue($0, l, scope: "replication") }, hasErrors: !issues.isEmpty, isDemo: rows.contains { $0.isDemo })
        return renderer.page(
            "replication/library", title: L10n.t("replication.title", l), view: view, context: context, request: request, status: status,
            isDemo: view.isDemo, active: "replication")
    }

    /// A long list of jurisdictions (a nationwide reader's: thousands) is cut to its three upper levels for a form's choice.
    static func upperLevels(_ list: [JurisdictionRecord]) -> [JurisdictionRecord] {
        guard list.count > 300, let top = list.map(\.depth).min() else { return list }
        return list.filter { $0.depth <= top + 2 }
    }

    static func ids(_ raw: String, _ field: String) throws -> [Int] {
        let parts = raw.split(whereSeparator: { ", ，、\n\r\t".contains($0) })
        let ids = parts.compactMap { Int($0) }
        if ids.count != parts.count { throw AppError.validation([ValidationIssue(field: field, code: .invalidNumber)]) }
        return ids
    }

    static func input(_ f: FormData) throws -> ReplicationService.ExperienceInput {
        .init(
            batch: f.string("batch"), number: f.string("number"), title: f.string("title"), summary: f.string("summary"),
            jurisdictionId: f.int("jurisdictionId"), publisher: f.string("publisher"), publishedOn: f.string("publishedOn"),
            planItemIds: try ids(f.string("planItemIds"), "planItemIds"),
            evaluationSubjectIds: try ids(f.string("evaluationSubjectIds"), "evaluationSubjectIds"))
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditExperience(in: p.jurisdictionPath, p), "replication_edit")
        let f = try await request.formData()
        do {
            let e = try await services.replication.createExperience(try Self.input(f), by: p)
            return Response(status: .seeOther, headers: [.location: "/replication/\(e.id)"])
        } catch AppError.validation(let issues) {
            return try await libraryPage(request, context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    func export(_ request: Request, _ context: AppRequestContext, format: String) async throws -> Response {
        let l = context.language
        let (f, originPath, adoptedPath) = try await Self.filter(request, context, sql: sql)
        let rows = try await ReplicationQueries.all(f, originPath: originPath, adoptedPath: adoptedPath, on: sql)
        var items: [Int: [Int]] = [:]
        for chunk in stride(from: 0, to: rows.count, by: 1000) {
            let ids = rows[chunk..<min(chunk + 1000, rows.count)].map(\.id)
            for s in try await ReplicationQueries.sources(of: ids, on: sql) where s.kind == "plan_item" {
                items[s.experienceId, default: []].append(s.refId)
            }
        }
        let data = try ReplicationSheet.export(rows, planItems: items, format: format, l)
        let date = services.clock.today.iso
        let type = format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(
            status: .ok,
            headers: [
                .contentType: type,
                .contentDisposition: ContentDisposition.attachment(
                    filename: L10n.t("replication.title", l) + "-\(date).\(format)", asciiFallback: "experiences-\(date).\(format)")
            ],
            body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    // MARK: An experience

    func readable(_ context: AppRequestContext) async throws -> ExperienceRecord {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        guard Access.seesReplication(p), let e = try await ReplicationQueries.experience(id, on: sql) else {
            throw AppError.notFound(entity: "experience", id: String(id))
        }
        return e
    }

    func experience(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await experiencePage(try await readable(context), request: request, context: context)
    }

    func experiencePage(
        _ e: ExperienceRecord, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        values: [String: [String]] = [:]
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let adoptions = try await ReplicationQueries.adoptions(of: e.id, on: sql)
        let sources = try await ReplicationQueries.sources(of: [e.id], on: sql)
        let (svg, entries) = try await ReplicationMap.load(e, adoptions: adoptions, l, on: sql)
        let canEdit = Access.canEditExperience(in: e.jurisdictionPath, p)
        let mine = Self.upperLevels(try await JurisdictionQueries.all(within: p.isNationwide ? nil : p.jurisdictionPath, on: sql))
        let adopted = Set(adoptions.map(\.jurisdictionId))
        let adopters = mine.filter { Access.canRecordAdoption(in: $0.path, p) && $0.id != e.jurisdictionId && !adopted.contains($0.id) }
        let editable = canEdit ? mine.filter { Access.canEditExperience(in: $0.path, p) } : []
        func v(_ key: String, _ current: String) -> String { values[key]?.last ?? current }
        let view = ReplicationExperienceView(
            id: e.id, version: e.version, title: e.title, batch: e.batch,
            batchLabel: L10n.fill("replication.batchLabel", l, String(e.batch)), number: e.number, summary: e.summary, origin: e.jurisdictionName,
            publisher: e.publisher, publishedOn: L10n.date(e.publishedOn, l),
            sources: sources.map {
                .init(
                    kind: L10n.t("replication.source." + $0.kind, l), title: $0.title,
                    link: $0.kind == "plan_item" ? "/items/\($0.refId)" : "/evaluations/\($0.roundId ?? 0)/subjects/\($0.refId)")
            },
            hasSources: !sources.isEmpty,
            adoptions: adoptions.map {
                .init(
                    id: $0.id, jurisdiction: $0.jurisdictionName, adoptedOn: L10n.date($0.adoptedOn, l), method: $0.method, result: $0.result,
                    actor: $0.actor, canDelete: Access.canRecordAdoption(in: $0.jurisdictionPath, p))
            },
            hasAdoptions: !adoptions.isEmpty, map: svg, mapEntries: entries.map { .init(name: $0.name, mark: $0.mark, note: $0.note) },
            canEdit: canEdit, canDelete: canEdit && adoptions.isEmpty, deleteBlocked: canEdit && !adoptions.isEmpty,
            values: [
                "batch": v("batch", String(e.batch)), "number": v("number", String(e.number)), "title": v("title", e.title),
                "summary": v("summary", e.summary), "publisher": v("publisher", e.publisher), "publishedOn": v("publishedOn", e.publishedOn),
                "planItemIds": v("planItemIds", sources.filter { $0.kind == "plan_item" }.map { String($0.refId) }.joined(separator: " ")),
                "evaluationSubjectIds": v(
                    "evaluationSubjectIds", sources.filter { $0.kind == "evaluation_subject" }.map { String($0.refId) }.joined(separator: " ")),
                "adoptedOn": values["adoptedOn"]?.last ?? "", "method": values["method"]?.last ?? "", "result": values["result"]?.last ?? ""
            ],
            editable: editable.map {
                .init(value: String($0.id), label: $0.name, selected: String($0.id) == v("jurisdictionId", String(e.jurisdictionId)))
            },
            adopters: adopters.map { .init(value: String($0.id), label: $0.name, selected: false) }, canAdopt: !adopters.isEmpty,
            today: services.clock.today.iso, errors: issues.map { L10n.issue($0, l, scope: "replication") }, hasErrors: !issues.isEmpty,
            isDemo: e.isDemo)
        return renderer.page(
            "replication/experience", title: e.title, view: view, context: context, request: request, status: status, isDemo: e.isDemo,
            active: "replication")
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let e = try await ReplicationService.editable(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        do {
            _ = try await services.replication.updateExperience(e.id, try Self.input(f), baseVersion: f.int("version") ?? 0, by: p)
            return Response(status: .seeOther, headers: [.location: "/replication/\(e.id)"])
        } catch AppError.validation(let issues) {
            return try await experiencePage(e, request: request, context: context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    /// POST /replication/{id}/delete (version in the form): back to the library. A stale version is the 409 page; an
    /// experience others adopted the error page naming why (409).
    func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let e = try await ReplicationService.editable(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        do {
            try await services.replication.deleteExperience(e.id, baseVersion: f.int("version") ?? 0, by: p)
        } catch AppError.conflict(_, _, let current, _) {
            return try await conflictPage(changes: [], currentVersion: current, reloadURL: "/replication/\(e.id)", request: request, context: context)
        }
        return Response(status: .seeOther, headers: [.location: "/replication?batch=\(e.batch)"])
    }

    /// POST /replication/adoptions/{id}/delete: back to the experience's adoptions.
    func deleteAdoption(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let (e, a) = try await ReplicationService.readableAdoption(try context.parameters.require("id", as: Int.self), p, on: sql)
        try Access.require(Access.canRecordAdoption(in: a.jurisdictionPath, p), "replication_adopt")
        _ = try await request.formData()
        try await services.replication.deleteAdoption(a.id, by: p)
        return Response(status: .seeOther, headers: [.location: "/replication/\(e.id)#adoptions"])
    }

    func adopt(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let e = try await readable(context)
        try Access.require(Access.canRecordAdoption(in: p.jurisdictionPath, p), "replication_adopt")
        let f = try await request.formData()
        do {
            _ = try await services.replication.recordAdoption(
                e.id,
                .init(
                    jurisdictionId: f.int("jurisdictionId"), adoptedOn: f.string("adoptedOn"), method: f.string("method"), result: f.string("result")),
                by: p)
            return Response(status: .seeOther, headers: [.location: "/replication/\(e.id)#adoptions"])
        } catch AppError.validation(let issues) {
            return try await experiencePage(e, request: request, context: context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    // MARK: Import

    func importForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.seesReplication(p) && Access.canEditExperience(in: p.jurisdictionPath, p), "replication_edit")
        return importPage(report: nil, filename: "", content: "", request: request, context: context)
    }

    func importPage(report: ReplicationService.ImportReport?, filename: String, content: String, request: Request, context: AppRequestContext)
        -> Response
    {
        let l = context.language
        let view = ReplicationImportView(
            hasReport: report != nil,
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
                    : L10n.fill("authorization.import.refused", l, String(r.problems.count))
            } ?? "")
        return renderer.page(
            "replication/import", title: L10n.t("replication.import.title", l), view: view, context: context, request: request,
            status: report.map { r -> HTTPResponse.Status in r.ok ? .ok : .unprocessableContent } ?? .ok, active: "replication")
    }

    func runImport(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.seesReplication(p) && Access.canEditExperience(in: p.jurisdictionPath, p), "replication_edit")
        let data: Data
        let filename: String
        var commit = false
        if let form = try await UploadedForm.of(request, context: context, limit: AuthorizationPages.maxUploadBytes + 64 * 1024) {
            try QueryString.rejectNUL(form.fields)
            guard let file = form.file("file"), file.size > 0 else { throw AppError.validation([ValidationIssue(field: "file", code: .fileEmpty)]) }
            guard file.size <= AuthorizationPages.maxUploadBytes else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileTooLarge, limit: AuthorizationPages.maxUploadBytes / 1_048_576)])
            }
            data = try withExtendedLifetime(form) { try file.data() }
            filename = file.filename
        } else {
            let f = try await request.formData(limit: AuthorizationPages.maxUploadBytes * 2)
            guard let decoded = Data(base64Encoded: f.string("content")), !decoded.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileEmpty)])
            }
            data = decoded
            filename = f.string("filename")
            commit = f.string("commit") == "1"
        }
        let report = try await services.replication.importExperiences(
            data: data, filename: filename, dryRun: !commit, language: context.language, by: p)
        if commit && report.ok { return Response(status: .seeOther, headers: [.location: "/replication"]) }
        return importPage(report: report, filename: filename, content: data.base64EncodedString(), request: request, context: context)
    }
}
