import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for delegated powers: decisions, powers with their terms, evaluations and events, handover, evaluation, renewal,
/// withdrawal, the counts as of a day, the export and the import with its dry run. The same service, filters and access
/// rules as the pages.
struct PowersAPI: APIHandlers {
    let services: AppServices

    struct DecisionBody: Decodable {
        var jurisdictionId: Int?
        var docNumber: String?
        var title: String?
        var decidedOn: String?
        var announcedOn: String?
    }
    struct PowerBody: Decodable {
        var version: Int?
        var decisionId: Int?
        var jurisdictionId: Int?
        var number: Int?
        var name: String?
        var powerType: String?
        var method: String?
        var grantingDepartment: String?
        var receivingDepartment: String?
        var legalBasis: String?
        var remarks: String?

        var input: PowerService.PowerInput {
            .init(
                jurisdictionId: jurisdictionId, number: number.map(String.init) ?? "", name: name ?? "", powerType: powerType ?? "",
                method: method ?? "", grantingDepartment: grantingDepartment ?? "", receivingDepartment: receivingDepartment ?? "",
                legalBasis: legalBasis ?? "", remarks: remarks ?? "")
        }
    }
    struct HandoverBody: Decodable {
        var version: Int?
        var handedOverOn: String?
        var termStart: String?
        var note: String?
    }
    struct DatedBody: Decodable {
        var version: Int?
        var effectiveOn: String?
        var note: String?
    }
    struct EvaluationBody: Decodable {
        var evaluatedOn: String?
        var conclusion: String?
        var summary: String?
    }
    struct ImportBody: Decodable {
        var filename: String?
        var content: String?
        var dryRun: Bool?
    }

    struct DecisionDTO: Encodable {
        var id: Int
        var jurisdictionId: Int
        var docNumber: String
        var title: String
        var decidedOn: String
        var announcedOn: String
        var handoverDeadline: String
        var version: Int
    }
    /// A stored document of a power: an entrustment agreement, or an effect evaluation's report (with its evaluation).
    struct FileDTO: Encodable {
        var id: Int
        var kind: String
        var evaluationId: Int?
        var originalName: String
        var contentType: String
        var size: Int
        var sha256: String
        var uploadedBy: String
        var uploadedAt: String

        init(_ f: PowerFileRecord) {
            self.init(
                id: f.id, kind: f.kind, evaluationId: f.evaluationId, originalName: f.originalName, contentType: f.contentType, size: f.size,
                sha256: f.sha256, uploadedBy: f.uploadedBy, uploadedAt: f.uploadedAt)
        }

        init(
            id: Int, kind: String, evaluationId: Int?, originalName: String, contentType: String, size: Int, sha256: String, uploadedBy: String,
            uploadedAt: String
        ) {
            self.id = id
            self.kind = kind
            self.evaluationId = evaluationId
            self.originalName = originalName
            self.contentType = contentType
            self.size = size
            self.sha256 = sha256
            self.uploadedBy = uploadedBy
            self.uploadedAt = uploadedAt
        }
    }
    struct FileListDTO: Encodable {
        var items: [FileDTO]
    }
    struct DecisionListDTO: Encodable {
        var items: [DecisionDTO]
    }
    struct EvaluationDTO: Encodable {
        var id: Int
        var evaluatedOn: String
        var conclusion: String
        var summary: String
        var actor: String
    }
    struct TermDTO: Encodable {
        var termStart: String
        var termEnd: String
        var evaluationId: Int?
    }
    struct EventDTO: Encodable {
        var action: String
        var effectiveOn: String
        var note: String
        var actor: String
    }
    struct PowerDTO: Encodable {
        var id: Int
        var decisionId: Int
        var jurisdictionId: Int
        var number: Int
        var name: String
        var powerType: String
        var method: String
        var grantingDepartment: String
        var receivingDepartment: String
        var legalBasis: String
        var handoverDeadline: String
        var handedOverOn: String?
        var termStart: String?
        var termEnd: String?
        var renewals: Int
        var withdrawnOn: String?
        var status: String
        var remarks: String
        var terms: [TermDTO]?
        var evaluations: [EvaluationDTO]?
        var events: [EventDTO]?
        var version: Int

        init(_ r: DelegatedPowerRecord, today: LocalDate) {
            id = r.id
            decisionId = r.decisionId
            jurisdictionId = r.jurisdictionId
            number = r.number
            name = r.name
            powerType = r.powerType
            method = r.method
            grantingDepartment = r.grantingDepartment
            receivingDepartment = r.receivingDepartment
            legalBasis = r.legalBasis
            handoverDeadline = r.handoverDeadline
            handedOverOn = r.handedOverOn
            termStart = r.termStart
            termEnd = r.termEnd
            renewals = r.renewals
            withdrawnOn = r.withdrawnOn
            status = r.status(on: today).rawValue
            remarks = r.remarks
            version = r.version
        }
    }
    struct PageDTO: Encodable {
        var items: [PowerDTO]
        var total: Int
        var page: Int
        var pageSize: Int
        var hasNext: Bool
    }
    struct CountDTO: Encodable {
        var key: String?
        var total: Int
        var handedOver: Int
        var inForce: Int
        var pending: Int
        var withdrawn: Int

        init(_ c: PowerCounts.Count, key: String? = nil) {
            self.key = key
            total = c.total
            handedOver = c.handedOver
            inForce = c.inForce
            pending = c.pending
            withdrawn = c.withdrawn
        }
    }
    struct CountsDTO: Encodable {
        var asOf: String
        var all: CountDTO
        var byType: [CountDTO]
        var byMethod: [CountDTO]
    }

    func decisionDTO(_ d: PowerDecisionRecord, _ calendar: WorkingDayCalendar) -> DecisionDTO {
        DecisionDTO(
            id: d.id, jurisdictionId: d.jurisdictionId, docNumber: d.docNumber, title: d.title, decidedOn: d.decidedOn, announcedOn: d.announcedOn,
            handoverDeadline: LocalDate(iso: d.decidedOn).map { PowerRules.handoverDeadline(decidedOn: $0, calendar: calendar).iso } ?? "",
            version: d.version)
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/power-decisions") { _, context in
            let p = try context.requirePrincipal()
            let list = try await PowerQueries.decisions(scope: Access.powerScope(p), on: sql)
            let calendar = try await WorkingDays.calendar(on: sql)
            return try APIResponse.json(DecisionListDTO(items: list.map { decisionDTO($0, calendar) }))
        }
        group.post("/power-decisions") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditPowers(in: p.jurisdictionPath, p), "power_edit")
            let b = try await decode(DecisionBody.self, request, context)
            let d = try await services.powers.createDecision(
                .init(
                    jurisdictionId: b.jurisdictionId, docNumber: b.docNumber ?? "", title: b.title ?? "", decidedOn: b.decidedOn ?? "",
                    announcedOn: b.announcedOn ?? ""),
                by: p)
            return try APIResponse.json(decisionDTO(d, try await WorkingDays.calendar(on: sql)), status: .created)
        }
        group.delete("/power-decisions/:id") { _, context in
            let p = try context.requirePrincipal()
            let d = try await PowerService.editableDecision(try id(context), p, on: sql)
            try await services.powers.deleteDecision(d.id, by: p)
            return try APIResponse.json(APIModels.DeleteResult(deleted: d.id))
        }
        group.post("/power-decisions/:id/import") { request, context in
            let p = try context.requirePrincipal()
            let d = try await PowerService.editableDecision(try id(context), p, on: sql)
            let b = try await decode(ImportBody.self, request, context)
            guard let raw = b.content, let data = Data(base64Encoded: raw), !data.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "content", code: .fileEmpty)])
            }
            guard data.count <= AuthorizationPages.maxUploadBytes else {
                throw AppError.validation([
                    ValidationIssue(field: "content", code: .fileTooLarge, limit: AuthorizationPages.maxUploadBytes / 1_048_576)
                ])
            }
            let report = try await services.powers.importPowers(
                decisionId: d.id, data: data, filename: b.filename ?? "import.xlsx", dryRun: b.dryRun ?? true, language: context.language, by: p)
            return try APIResponse.json(report, status: report.ok ? (report.dryRun ? .ok : .created) : .unprocessableContent)
        }
        group.get("/powers") { request, context in
            let (f, scope, path) = try await PowerPages.scope(request, context, sql: sql)
            let today = services.clock.today
            let (rows, hasNext) = try await PowerQueries.page(f, scope: scope, jurisdictionPath: path, today: today, on: sql)
            return try APIResponse.json(
                PageDTO(
                    items: rows.map { PowerDTO($0, today: today) },
                    total: try await PowerQueries.count(f, scope: scope, jurisdictionPath: path, today: today, on: sql), page: f.page,
                    pageSize: PowerFilter.pageSize, hasNext: hasNext))
        }
        group.post("/powers") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditPowers(in: p.jurisdictionPath, p), "power_edit")
            let b = try await decode(PowerBody.self, request, context)
            guard let decisionId = b.decisionId else { throw AppError.validation([ValidationIssue(field: "decisionId", code: .required)]) }
            let d = try await PowerService.editableDecision(decisionId, p, on: sql)
            let power = try await services.powers.createPower(decisionId: d.id, b.input, by: p)
            return try APIResponse.json(try await dto(power), status: .created)
        }
        group.get("/power-export") { request, context in
            let format = request.uri.queryParameters.get("format") ?? "xlsx"
            guard format == "xlsx" || format == "csv" else {
                throw AppError.badRequest(parameter: "format", message: "expected xlsx or csv, got \(format.prefix(40))")
            }
            return try await PowerPages(services: services).export(request, context, format: format)
        }
        group.get("/power-counts") { request, context in
            let (f, scope, path) = try await PowerPages.scope(request, context, sql: sql)
            let today = services.clock.today
            if let asOf = f.asOf, asOf > today { throw AppError.badRequest(parameter: "as_of", message: "a day after today") }
            let c = try await PowerCounts.load(
                f, scope: scope, jurisdictionPath: path, asOf: f.asOf ?? today, cache: services.database.registerCache, on: sql)
            return try APIResponse.json(
                CountsDTO(
                    asOf: c.asOf.iso, all: CountDTO(c.all), byType: c.byType.map { CountDTO($0.count, key: $0.key) },
                    byMethod: c.byMethod.map { CountDTO($0.count, key: $0.key) }))
        }
        group.get("/powers/:id") { _, context in
            try APIResponse.json(try await dto(try await readable(context)))
        }
        group.put("/powers/:id") { request, context in
            let (power, p) = try await editable(context)
            let b = try await decode(PowerBody.self, request, context)
            let updated = try await services.powers.updatePower(power.id, b.input, baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(try await dto(updated))
        }
        group.delete("/powers/:id") { request, context in
            let (power, p) = try await editable(context)
            try await services.powers.deletePower(power.id, baseVersion: try deleteVersion(request), by: p)
            return try APIResponse.json(APIModels.DeleteResult(deleted: power.id))
        }
        group.post("/powers/:id/handover") { request, context in
            let (power, p) = try await editable(context)
            let b = try await decode(HandoverBody.self, request, context)
            let updated = try await services.powers.recordHandover(
                power.id, handedOverOn: b.handedOverOn ?? "", termStart: b.termStart ?? "", note: b.note ?? "",
                baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(try await dto(updated))
        }
        group.post("/powers/:id/evaluations") { request, context in
            let (power, p) = try await editable(context)
            // JSON, or multipart/form-data with the same fields and `report` files (checked as evidence is).
            let b: EvaluationBody
            var reports: [EvidenceStore.Checked] = []
            if let form = try await UploadedForm.of(request, context: context, limit: ReportService.maxFormBytes(services.config)) {
                try QueryString.rejectNUL(form.fields)
                b = EvaluationBody(
                    evaluatedOn: form.fields["evaluatedOn"]?.last, conclusion: form.fields["conclusion"]?.last, summary: form.fields["summary"]?.last)
                reports = try checkedFiles(form, "report")
            } else {
                b = try await decode(EvaluationBody.self, request, context)
            }
            _ = try await services.powers.recordEvaluation(
                power.id, evaluatedOn: b.evaluatedOn ?? "", conclusion: b.conclusion ?? "", summary: b.summary ?? "", files: reports, by: p)
            return try APIResponse.json(try await dto(try await PowerQueries.power(power.id, on: sql)!), status: .created)
        }
        group.post("/powers/:id/agreements") { request, context in
            let (power, p) = try await editable(context)
            guard let form = try await UploadedForm.of(request, context: context, limit: ReportService.maxFormBytes(services.config)) else {
                throw HTTPError(.unsupportedMediaType, message: "agreements are multipart/form-data with one or more parts named agreement")
            }
            let files = try checkedFiles(form, "agreement")
            try await services.powers.addAgreements(power.id, files: files, by: p)
            return try APIResponse.json(FileListDTO(items: try await PowerQueries.files(of: power.id, on: sql).map(FileDTO.init)), status: .created)
        }
        group.get("/powers/:id/files") { _, context in
            let power = try await readable(context)
            return try APIResponse.json(FileListDTO(items: try await PowerQueries.files(of: power.id, on: sql).map(FileDTO.init)))
        }
        group.post("/powers/:id/renewal") { request, context in
            let (power, p) = try await editable(context)
            let b = try await decode(DatedBody.self, request, context)
            let updated = try await services.powers.renew(
                power.id, effectiveOn: b.effectiveOn ?? "", note: b.note ?? "", baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(try await dto(updated))
        }
        group.post("/powers/:id/withdrawal") { request, context in
            let (power, p) = try await editable(context)
            let b = try await decode(DatedBody.self, request, context)
            let updated = try await services.powers.withdraw(
                power.id, withdrawnOn: b.effectiveOn ?? "", note: b.note ?? "", baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(try await dto(updated))
        }
    }

    /// The files of a multipart part, checked by the evidence checker (kind by extension and first bytes, size), read while
    /// the form, whose folder holds them, is still here. Empty parts (a form's blank file input) are left out.
    func checkedFiles(_ form: UploadedForm, _ part: String) throws -> [EvidenceStore.Checked] {
        // A part of that name sent as a plain field (no filename) is not a file: refused rather than ignored.
        if form.fields[part] != nil { throw AppError.validation([ValidationIssue(field: part, code: .fileType)]) }
        return try withExtendedLifetime(form) {
            try (form.files[part] ?? []).filter { $0.size > 0 }.map {
                try services.evidence.check(filename: $0.filename, data: try $0.data(), field: "powerFile")
            }
        }
    }

    func readable(_ context: AppRequestContext) async throws -> DelegatedPowerRecord {
        try await PowerService.readablePower(try id(context), try context.requirePrincipal(), on: sql)
    }

    /// The power (404 outside the reader's view) and the principal, refused (403) without the right to edit it.
    func editable(_ context: AppRequestContext) async throws -> (DelegatedPowerRecord, Principal) {
        let power = try await readable(context)
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditPowers(in: power.jurisdictionPath, p), "power_edit")
        return (power, p)
    }

    func dto(_ power: DelegatedPowerRecord) async throws -> PowerDTO {
        var d = PowerDTO(power, today: services.clock.today)
        d.terms = try await PowerQueries.terms(of: power.id, on: sql).map {
            TermDTO(termStart: $0.termStart, termEnd: $0.termEnd, evaluationId: $0.evaluationId)
        }
        d.evaluations = try await PowerQueries.evaluations(of: power.id, on: sql).map {
            EvaluationDTO(id: $0.id, evaluatedOn: $0.evaluatedOn, conclusion: $0.conclusion, summary: $0.summary, actor: $0.actor)
        }
        d.events = try await PowerQueries.events(of: power.id, on: sql).map {
            EventDTO(action: $0.action, effectiveOn: $0.effectiveOn, note: $0.note, actor: $0.actor)
        }
        return d
    }
}
