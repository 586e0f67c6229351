import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The register's pages: the list with its filters, counts and chart, its exports, the batch form, the item form and page
/// (with the landing history and the form that records a change), and the import with its dry run.
struct AuthorizationPages: PageHandlers {
    let services: AppServices

    // MARK: The register

    func register(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await registerPage(request, context)
    }

    /// What a request's filter covers: the filter, the reader's scope and the receiving jurisdiction's path (404 outside
    /// the reader's view).
    static func scope(
        _ request: Request, _ context: AppRequestContext, sql: any SQLDatabase
    ) async throws -> (AuthorizationFilter, String?, String?) {
        let f = try AuthorizationFilter.parse { request.uri.queryParameters.get($0) }
        let guarded = try AccessGuard(context, sql: sql)
        var path: String?
        if let id = f.jurisdiction { path = try await guarded.readJurisdiction(id).path }
        return (f, Access.authorizationScope(guarded.principal), path)
    }

    func registerPage(
        _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        values: [String: [String]] = [:]
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let (f, scope, path) = try await Self.scope(request, context, sql: sql)
        let today = services.clock.today
        let asOf = min(f.asOf ?? today, today)
        // The page and its total are kept under the register's stamp too: a register is read far more often than written.
        let cache = services.database.registerCache
        let key = [f.query(includeAsOf: false), scope ?? "*", path ?? "*"].joined(separator: "|")
        let counts = try await AuthorizationCounts.load(
            f, scope: scope, jurisdictionPath: path, asOf: asOf, today: today, batchLimit: AuthorizationCounts.batchRowsShown, cache: cache,
            on: sql)
        // The list is today's: its total is today's count in the filter's status (kept with today's counts).
        let current =
            asOf >= today
            ? counts
            : try await AuthorizationCounts.load(
                f, scope: scope, jurisdictionPath: path, asOf: today, today: today, series: false, cache: cache, on: sql)
        let total = f.status.map { current.all.byStatus[$0] ?? 0 } ?? current.all.total
        let (rows, hasNext) = try await cache.value("authorizations", key: "page|\(f.page)|" + key, on: sql) {
            try await AuthorizationQueries.page(f, scope: scope, jurisdictionPath: path, matches: total, on: sql)
        }
        let batches = try await AuthorizationQueries.batchChoices(
            scope: scope, reader: p, jurisdictionPath: path, chosen: f.batch, cache: cache, on: sql)
        let areas = try await cache.value("authorizations", key: "areas|" + (scope ?? "*"), on: sql) {
            try await AuthorizationQueries.areas(scope: scope, on: sql)
        }
        let jurisdictions = try await JurisdictionQueries.choices(within: scope, reader: p, chosen: f.jurisdiction.map { [$0] } ?? [], on: sql)
        let editable = jurisdictions.filter { Access.canEditAuthorizations(in: $0.path, p) }
        func option(_ value: String, _ label: String, _ chosen: String?) -> AuthorizationOption {
            .init(value: value, label: label, selected: value == (chosen ?? ""))
        }
        let anyOption = AuthorizationOption(value: "", label: L10n.t("authorization.filter.any", l), selected: false)
        let base = "/authorizations"
        func pageURL(_ n: Int) -> String {
            let q = f.query(page: n)
            return q.isEmpty ? base : base + "?" + q
        }
        func countRows(_ groups: [AuthorizationCounts.Group], parameter: String) -> [AuthorizationCountRow] {
            groups.map { g in
                var narrowed = f
                if parameter == "batch" { narrowed.batch = Int(g.key) } else { narrowed.area = g.key }
                return .init(
                    label: g.label, link: base + "?" + narrowed.query(), total: g.count.total, landed: g.count.landed,
                    progressing: g.count.progressing, notLanded: g.count.notLanded, sentence: AuthorizationCounts.sentence(g.count, l))
            }
        }
        let exportQuery = f.query(includeAsOf: false)
        let view = AuthorizationRegisterView(
            rows: rows.map { r in
                .init(
                    id: r.id, batch: r.batchTitle, number: r.number, area: r.area, content: r.content, grantingBody: r.grantingBody,
                    jurisdiction: r.jurisdictionName, lawChange: r.needsLawChange ? L10n.t("authorization.yes", l) : L10n.t("authorization.no", l),
                    mode: L10n.t("approvalMode." + r.approvalMode, l), status: L10n.t("landingStatus." + r.status, l), statusCode: r.status,
                    statusOn: L10n.date(r.statusOn, l), isDemo: r.isDemo)
            },
            hasRows: !rows.isEmpty, total: total, totalText: L10n.fill("authorization.total", l, String(total)), page: f.page,
            prevURL: pageURL(f.page - 1), nextURL: pageURL(f.page + 1), hasPrev: f.page > 1,
            hasNext: hasNext,
            batches: [anyOption] + batches.map { option(String($0.id), $0.jurisdictionName + " · " + $0.title, f.batch.map(String.init)) },
            areas: [anyOption] + areas.map { option($0, $0, f.area) },
            statuses: [anyOption] + LandingStatus.allCases.map { option($0.rawValue, L10n.t("landingStatus." + $0.rawValue, l), f.status?.rawValue) },
            jurisdictions: [anyOption] + jurisdictions.map { option(String($0.id), $0.name, f.jurisdiction.map(String.init)) },
            lawChanges: [
                anyOption, option("1", L10n.t("authorization.yes", l), f.lawChange.map { $0 ? "1" : "0" }),
                option("0", L10n.t("authorization.no", l), f.lawChange.map { $0 ? "1" : "0" })
            ],
            modes: [anyOption] + ApprovalMode.allCases.map { option($0.rawValue, L10n.t("approvalMode." + $0.rawValue, l), f.mode?.rawValue) },
            q: f.q ?? "", asOf: asOf.iso, asOfText: L10n.date(asOf, l), summary: AuthorizationCounts.sentence(counts.all, l),
            byBatch: countRows(Array(counts.byBatch.prefix(AuthorizationCounts.batchRowsShown)), parameter: "batch"),
            byBatchMore: counts.moreBatches(l), byArea: countRows(counts.byArea, parameter: "area"), chart: counts.chart(l),
            exportXLSX: base + "/export.xlsx" + (exportQuery.isEmpty ? "" : "?" + exportQuery),
            exportCSV: base + "/export.csv" + (exportQuery.isEmpty ? "" : "?" + exportQuery),
            batchList: batches.map { b in
                .init(
                    id: b.id, label: b.jurisdictionName + " · " + b.title + (b.docNumber.isEmpty ? "" : "（\(b.docNumber)）"),
                    issuedOn: L10n.date(b.issuedOn, l), link: base + "?batch=\(b.id)",
                    canEdit: Access.canEditAuthorizations(in: b.jurisdictionPath, p))
            },
            hasBatches: !batches.isEmpty, canAddBatch: !editable.isEmpty,
            batchJurisdictions: editable.map {
                option(String($0.id), $0.name, values["jurisdictionId"]?.last ?? String(p.jurisdictionId))
            },
            newBatch: ["ordinal", "title", "issuer", "docNumber", "issuedOn"].reduce(into: [:]) { $0[$1] = values[$1]?.last ?? "" },
            errors: issues.map { L10n.issue($0, l, scope: "authorization") }, hasErrors: !issues.isEmpty, isDemo: rows.contains { $0.isDemo })
        return renderer.page(
            "authorizations/register", title: L10n.t("authorization.title", l), view: view, context: context, request: request, status: status,
            isDemo: view.isDemo, active: "authorizations")
    }

    func export(_ request: Request, _ context: AppRequestContext, format: String) async throws -> Response {
        let l = context.language
        let (f, scope, path) = try await Self.scope(request, context, sql: sql)
        let rows = try await AuthorizationQueries.all(f, scope: scope, jurisdictionPath: path, on: sql)
        let links = Dictionary(grouping: try await AuthorizationQueries.planLinks(of: rows.map(\.id), on: sql), by: \.itemId).mapValues {
            $0.map(\.planItemId)
        }
        let data = try AuthorizationSheet.export(rows, links: links, format: format, l)
        let date = services.clock.today.iso
        let type = format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(
            status: .ok,
            headers: [
                .contentType: type,
                .contentDisposition: ContentDisposition.attachment(
                    filename: L10n.t("authorization.title", l) + "-\(date).\(format)", asciiFallback: "authorizations-\(date).\(format)")
            ],
            body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    // MARK: Batches

    func createBatch(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditAuthorizations(in: p.jurisdictionPath, p), "authorization_edit")
        let f = try await request.formData()
        do {
            let b = try await services.authorizations.createBatch(
                .init(
                    jurisdictionId: f.int("jurisdictionId"), ordinal: f.string("ordinal"), title: f.string("title"), issuer: f.string("issuer"),
                    docNumber: f.string("docNumber"), issuedOn: f.string("issuedOn")),
                by: p)
            return Response(status: .seeOther, headers: [.location: "/authorizations?batch=\(b.id)"])
        } catch AppError.validation(let issues) {
            return try await registerPage(request, context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    // MARK: Items

    func newForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let raw = request.uri.queryParameters.get("batch") ?? ""
        guard let batchId = Int(raw) else { throw AppError.badRequest(parameter: "batch", message: "required: the batch to add to") }
        let batch = try await AuthorizationService.editableBatch(batchId, p, on: sql)
        let next =
            (try await sql.scalar(Int.self, column: "n", "SELECT MAX(number) AS n FROM authorization_items WHERE batch_id = \(bind: batchId)") ?? 0)
            + 1
        let input = AuthorizationService.ItemInput(
            jurisdictionId: batch.jurisdictionId, number: String(next), area: "", content: "", grantingBody: "", legalBasis: "",
            needsLawChange: false, lawChange: "", approvalMode: ApprovalMode.filing.rawValue, remarks: "", planItemIds: [],
            landingStatus: LandingStatus.notLanded.rawValue, statusOn: "")
        return try await formPage(input, batch: batch, item: nil, request: request, context: context)
    }

    func editForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let item = try await AuthorizationService.editableItem(
            try context.parameters.require("id", as: Int.self), try context.requirePrincipal(), on: sql)
        let batch = try await AuthorizationQueries.batch(item.batchId, on: sql)!
        let links = try await AuthorizationQueries.planLinks(of: [item.id], on: sql)
        let input = AuthorizationService.ItemInput(
            jurisdictionId: item.jurisdictionId, number: String(item.number), area: item.area, content: item.content, grantingBody: item.grantingBody,
            legalBasis: item.legalBasis, needsLawChange: item.needsLawChange, lawChange: item.lawChange, approvalMode: item.approvalMode,
            remarks: item.remarks, planItemIds: links.map(\.planItemId))
        return try await formPage(input, batch: batch, item: item, request: request, context: context)
    }

    func formPage(
        _ input: AuthorizationService.ItemInput, batch: AuthorizationBatchRecord, item: AuthorizationItemRecord?, request: Request,
        context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = []
    ) async throws -> Response {
        let l = context.language
        let jurisdictions = try await JurisdictionQueries.all(within: batch.jurisdictionPath, on: sql)
        let view = AuthorizationFormView(
            isNew: item == nil, action: item.map { "/authorizations/items/\($0.id)" } ?? "/authorizations/items",
            cancelURL: item.map { "/authorizations/items/\($0.id)" } ?? "/authorizations?batch=\(batch.id)", id: item?.id ?? 0,
            version: item?.version ?? 0, batchId: batch.id, batchLabel: batch.jurisdictionName + " · " + batch.title, number: input.number,
            area: input.area, areas: try await AuthorizationQueries.areas(scope: nil, on: sql), content: input.content,
            grantingBody: input.grantingBody,
            jurisdictions: jurisdictions.map { .init(value: String($0.id), label: $0.name, selected: $0.id == input.jurisdictionId) },
            legalBasis: input.legalBasis, needsLawChange: input.needsLawChange, lawChange: input.lawChange,
            modes: ApprovalMode.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("approvalMode." + $0.rawValue, l), selected: $0.rawValue == input.approvalMode)
            },
            statuses: LandingStatus.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("landingStatus." + $0.rawValue, l), selected: $0.rawValue == input.landingStatus)
            },
            statusOn: input.statusOn, remarks: input.remarks, planItemIds: input.planItemIds.map(String.init).joined(separator: " "),
            errors: issues.map { L10n.issue($0, l, scope: "authorization") }, hasErrors: !issues.isEmpty)
        return renderer.page(
            "authorizations/form", title: L10n.t(item == nil ? "authorization.new" : "authorization.edit", l), view: view, context: context,
            request: request, status: status, active: "authorizations")
    }

    static func input(_ f: FormData) -> AuthorizationService.ItemInput {
        .init(
            jurisdictionId: f.int("jurisdictionId"), number: f.string("number"), area: f.string("area"), content: f.string("content"),
            grantingBody: f.string("grantingBody"), legalBasis: f.string("legalBasis"), needsLawChange: f.string("needsLawChange") == "1",
            lawChange: f.string("lawChange"), approvalMode: f.string("approvalMode"), remarks: f.string("remarks"),
            planItemIds: f.string("planItemIds").split(whereSeparator: { ", ，、".contains($0) }).compactMap { Int($0) },
            landingStatus: f.string("landingStatus"), statusOn: f.string("statusOn"))
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditAuthorizations(in: p.jurisdictionPath, p), "authorization_edit")
        let f = try await request.formData()
        guard let batchId = f.int("batchId") else { throw AppError.badRequest(parameter: "batchId", message: "required: the batch to add to") }
        let batch = try await AuthorizationService.editableBatch(batchId, p, on: sql)
        let input = Self.input(f)
        do {
            let item = try await services.authorizations.createItem(batchId: batchId, input, by: p)
            return Response(status: .seeOther, headers: [.location: "/authorizations/items/\(item.id)"])
        } catch AppError.validation(let issues) {
            return try await formPage(
                input, batch: batch, item: nil, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let item = try await AuthorizationService.editableItem(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        let input = Self.input(f)
        do {
            _ = try await services.authorizations.updateItem(item.id, input, baseVersion: f.int("version") ?? 0, by: p)
            return Response(status: .seeOther, headers: [.location: "/authorizations/items/\(item.id)"])
        } catch AppError.validation(let issues) {
            let batch = try await AuthorizationQueries.batch(item.batchId, on: sql)!
            return try await formPage(
                input, batch: batch, item: item, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    /// POST /authorizations/items/{id}/delete (version in the form): back to its batch's register. A stale version is the
    /// 409 page; an item a round evaluates is the error page naming why (409).
    func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let item = try await AuthorizationService.editableItem(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        do {
            try await services.authorizations.deleteItem(item.id, baseVersion: f.int("version") ?? 0, by: p)
        } catch AppError.conflict(_, _, let current, _) {
            return try await conflictPage(
                changes: [], currentVersion: current, reloadURL: "/authorizations/items/\(item.id)", request: request, context: context)
        }
        return Response(status: .seeOther, headers: [.location: "/authorizations?batch=\(item.batchId)"])
    }

    func item(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let item = try await readable(context)
        return try await itemPage(item, request: request, context: context)
    }

    func itemPage(
        _ item: AuthorizationItemRecord, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok,
        issues: [ValidationIssue] = []
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let history = try await AuthorizationQueries.history(of: item.id, on: sql)
        let links = try await AuthorizationQueries.planLinks(of: [item.id], on: sql).filter { p.sees(jurisdictionPath: $0.jurisdictionPath) }
        let evidence = try await AuthorizationQueries.evidence(of: item.id, on: sql)
        let title = L10n.fill("authorization.itemTitle", l, item.batchTitle, String(item.number))
        let view = AuthorizationItemView(
            id: item.id, version: item.version, title: title, batch: item.batchTitle, batchURL: "/authorizations?batch=\(item.batchId)",
            number: item.number, area: item.area, content: item.content, grantingBody: item.grantingBody, jurisdiction: item.jurisdictionName,
            legalBasis: item.legalBasis,
            lawChange: item.needsLawChange
                ? L10n.t("authorization.yes", l) + (item.lawChange.isEmpty ? "" : (l == .zh ? "：" : ": ") + item.lawChange)
                : L10n.t("authorization.no", l),
            mode: L10n.t("approvalMode." + item.approvalMode, l), status: L10n.t("landingStatus." + item.status, l), statusCode: item.status,
            statusOn: L10n.date(item.statusOn, l), remarks: item.remarks,
            history: history.reversed().map { c in
                .init(
                    status: L10n.t("landingStatus." + c.status, l), statusCode: c.status, date: L10n.date(c.effectiveOn, l), note: c.note,
                    actor: c.actor, recorded: displayTime(c.recordedAt, l))
            },
            links: links.map { .init(url: "/items/\($0.planItemId)", title: $0.title) }, hasLinks: !links.isEmpty,
            evidence: evidence.map { InspectionPages.evidenceLine($0, url: "/authorization-evidence/\($0.id)", l) }, hasEvidence: !evidence.isEmpty,
            canEdit: Access.canEditAuthorizations(in: item.jurisdictionPath, p),
            statuses: LandingStatus.allCases.filter { $0.rawValue != item.status }.map {
                .init(value: $0.rawValue, label: L10n.t("landingStatus." + $0.rawValue, l), selected: false)
            },
            today: services.clock.today.iso, errors: issues.map { L10n.issue($0, l, scope: "authorization") }, hasErrors: !issues.isEmpty,
            isDemo: item.isDemo)
        return renderer.page(
            "authorizations/item", title: title, view: view, context: context, request: request, status: status, isDemo: item.isDemo,
            active: "authorizations")
    }

    func recordStatus(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let item = try await AuthorizationService.editableItem(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        do {
            _ = try await services.authorizations.recordStatus(
                item.id, status: f.string("landingStatus"), effectiveOn: f.string("effectiveOn"), note: f.string("landingNote"),
                baseVersion: f.int("version") ?? 0, by: p)
            return Response(status: .seeOther, headers: [.location: "/authorizations/items/\(item.id)"])
        } catch AppError.validation(let issues) {
            return try await itemPage(item, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    /// Uploads evidence (multipart, `evidence` files): the office that may edit the item, settled before the body is read.
    func addEvidence(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let item = try await AuthorizationService.editableItem(try context.parameters.require("id", as: Int.self), p, on: sql)
        // The form owns its files' temporary directory: it is kept alive until their bytes are read.
        let form = try await UploadedForm.of(request, context: context, limit: ReportService.maxFormBytes(services.config))
        do {
            let checked = try withExtendedLifetime(form) {
                try (form?.files["evidence"] ?? []).map { try services.evidence.check(filename: $0.filename, data: try $0.data()) }
            }
            try await services.authorizations.addEvidence(item.id, files: checked, by: p)
            return Response(status: .seeOther, headers: [.location: "/authorizations/items/\(item.id)#evidence"])
        } catch AppError.validation(let issues) {
            return try await itemPage(item, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    /// An evidence file's download, for whoever sees the item (404 otherwise, as if the file did not exist).
    func evidence(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        guard let file = try await AuthorizationQueries.evidenceFile(id, on: sql),
            let item = try await AuthorizationQueries.item(file.ownerId, on: sql), Access.seesAuthorization(item.jurisdictionPath, p)
        else { throw AppError.notFound(entity: "evidence", id: String(id)) }
        return try await InspectionPages.download(file, services: services)
    }

    func readable(_ context: AppRequestContext) async throws -> AuthorizationItemRecord {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        guard let item = try await AuthorizationQueries.item(id, on: sql), Access.seesAuthorization(item.jurisdictionPath, p) else {
            throw AppError.notFound(entity: "authorization", id: String(id))
        }
        return item
    }

    // MARK: Import

    func importForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let batch = try await AuthorizationService.editableBatch(
            try context.parameters.require("id", as: Int.self), try context.requirePrincipal(), on: sql)
        return importPage(batch, report: nil, filename: "", content: "", request: request, context: context)
    }

    func importPage(
        _ batch: AuthorizationBatchRecord, report: AuthorizationService.ImportReport?, filename: String, content: String, request: Request,
        context: AppRequestContext
    ) -> Response {
        let l = context.language
        let view = AuthorizationImportView(
            batchId: batch.id, batchLabel: batch.jurisdictionName + " · " + batch.title, hasReport: report != nil, dryRun: report?.dryRun ?? true,
            rows: report?.rows ?? 0, created: report?.created ?? 0,
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
                        ? L10n.fill("authorization.import.committed", l, String(r.created))
                        : L10n.fill("authorization.import.refused", l, String(r.problems.count)))
            } ?? "")
        return renderer.page(
            "authorizations/import", title: L10n.t("authorization.import.title", l), view: view, context: context, request: request,
            status: report.map { r -> HTTPResponse.Status in r.ok ? .ok : .unprocessableContent } ?? .ok, active: "authorizations")
    }

    /// The upload (multipart, a file) runs the dry run; the dry run's page posts the same bytes back (base64, urlencoded) to
    /// commit them.
    func runImport(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let batch = try await AuthorizationService.editableBatch(try context.parameters.require("id", as: Int.self), p, on: sql)
        let data: Data
        let filename: String
        var commit = false
        if let form = try await UploadedForm.of(request, context: context, limit: Self.maxUploadBytes + 64 * 1024) {
            try QueryString.rejectNUL(form.fields)
            guard let file = form.file("file"), file.size > 0 else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileEmpty)])
            }
            guard file.size <= Self.maxUploadBytes else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileTooLarge, limit: Self.maxUploadBytes / 1_048_576)])
            }
            // The form owns the file's temporary directory: it is kept alive until the bytes are read.
            data = try withExtendedLifetime(form) { try file.data() }
            filename = file.filename
        } else {
            let f = try await request.formData(limit: Self.maxUploadBytes * 2)
            guard let decoded = Data(base64Encoded: f.string("content")), !decoded.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileEmpty)])
            }
            data = decoded
            filename = f.string("filename")
            commit = f.string("commit") == "1"
        }
        let report = try await services.authorizations.importItems(
            batchId: batch.id, data: data, filename: filename, dryRun: !commit, language: context.language, by: p)
        if commit && report.ok {
            return Response(status: .seeOther, headers: [.location: "/authorizations?batch=\(batch.id)"])
        }
        return importPage(batch, report: report, filename: filename, content: data.base64EncodedString(), request: request, context: context)
    }

    static let maxUploadBytes = 10 * 1_048_576
}
