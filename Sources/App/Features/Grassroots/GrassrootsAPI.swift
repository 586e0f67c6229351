import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for grassroots innovation projects: calls, declarations, the review, the export and the declarations' import.
struct GrassrootsAPI: APIHandlers {
    let services: AppServices

    struct CallBody: Decodable {
        var jurisdictionId: Int?
        var year: Int?
        var title: String?
        var quotaPerDistrict: Int?
        var declareBy: String?
        var planId: Int?
    }
    struct ProjectBody: Decodable {
        var version: Int?
        var callId: Int?
        var jurisdictionId: Int?
        var title: String?
        var summary: String?
        var leadUnit: String?
        var expectedResult: String?
        var contact: String?

        var input: GrassrootsService.ProjectInput {
            .init(
                jurisdictionId: jurisdictionId, title: title ?? "", summary: summary ?? "", leadUnit: leadUnit ?? "",
                expectedResult: expectedResult ?? "", contact: contact ?? "")
        }
    }
    struct ReviewBody: Decodable {
        var version: Int?
        var decision: String?
        var note: String?
        var planItemId: Int?
        var leadUnitId: Int?
    }
    struct ImportBody: Decodable {
        var filename: String?
        var content: String?
        var dryRun: Bool?
    }
    struct CallDTO: Encodable {
        var id: Int
        var jurisdictionId: Int
        var year: Int
        var title: String
        var quotaPerDistrict: Int
        var declareBy: String
        var planId: Int
        var version: Int

        init(_ c: GrassrootsCallRecord) {
            id = c.id
            jurisdictionId = c.jurisdictionId
            year = c.year
            title = c.title
            quotaPerDistrict = c.quotaPerDistrict
            declareBy = c.declareBy
            planId = c.planId
            version = c.version
        }
    }
    struct CallListDTO: Encodable {
        var items: [CallDTO]
    }
    struct ProjectDTO: Encodable {
        var id: Int
        var callId: Int
        var jurisdictionId: Int
        var title: String
        var summary: String
        var leadUnit: String
        var expectedResult: String
        var contact: String
        var state: String
        var reviewNote: String
        var reviewedOn: String?
        var planItemId: Int?
        var version: Int

        init(_ g: GrassrootsProjectRecord) {
            id = g.id
            callId = g.callId
            jurisdictionId = g.jurisdictionId
            title = g.title
            summary = g.summary
            leadUnit = g.leadUnit
            expectedResult = g.expectedResult
            contact = g.contact
            state = g.state
            reviewNote = g.reviewNote
            reviewedOn = g.reviewedOn
            planItemId = g.planItemId
            version = g.version
        }
    }
    struct PageDTO: Encodable {
        var items: [ProjectDTO]
        var total: Int
        var page: Int
        var pageSize: Int
        var hasNext: Bool
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/grassroots-calls") { _, context in
            let p = try context.requirePrincipal()
            return try APIResponse.json(
                CallListDTO(items: try await GrassrootsQueries.calls(scope: Access.grassrootsScope(p), on: sql).map(CallDTO.init)))
        }
        group.post("/grassroots-calls") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditGrassroots(in: p.jurisdictionPath, p), "grassroots_edit")
            let b = try await decode(CallBody.self, request, context)
            let c = try await services.grassroots.createCall(
                .init(
                    jurisdictionId: b.jurisdictionId, year: b.year.map(String.init) ?? "", title: b.title ?? "",
                    quotaPerDistrict: b.quotaPerDistrict.map(String.init) ?? "", declareBy: b.declareBy ?? "", planId: b.planId),
                by: p)
            return try APIResponse.json(CallDTO(c), status: .created)
        }
        group.post("/grassroots-calls/:id/import") { request, context in
            let p = try context.requirePrincipal()
            let call = try await GrassrootsService.visibleCall(try id(context), p, on: sql)
            // Who may declare for none of the call's districts is refused before the body is read.
            let districts = try await JurisdictionQueries.all(within: call.jurisdictionPath, on: sql)
            if !districts.contains(where: { $0.parentId == call.jurisdictionId && Access.canEditGrassroots(in: $0.path, p) }) {
                throw AppError.forbidden(action: "grassroots_declare")
            }
            let b = try await decode(ImportBody.self, request, context)
            guard let raw = b.content, let data = Data(base64Encoded: raw), !data.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "content", code: .fileEmpty)])
            }
            guard data.count <= AuthorizationPages.maxUploadBytes else {
                throw AppError.validation([
                    ValidationIssue(field: "content", code: .fileTooLarge, limit: AuthorizationPages.maxUploadBytes / 1_048_576)
                ])
            }
            let report = try await services.grassroots.importDeclarations(
                callId: call.id, data: data, filename: b.filename ?? "import.xlsx", dryRun: b.dryRun ?? true, language: context.language, by: p)
            return try APIResponse.json(report, status: report.ok ? (report.dryRun ? .ok : .created) : .unprocessableContent)
        }
        group.get("/grassroots-projects") { request, context in
            let (f, scope, path) = try await GrassrootsPages.scope(request, context, sql: sql)
            let (rows, hasNext) = try await GrassrootsQueries.page(f, scope: scope, jurisdictionPath: path, on: sql)
            return try APIResponse.json(
                PageDTO(
                    items: rows.map(ProjectDTO.init), total: try await GrassrootsQueries.count(f, scope: scope, jurisdictionPath: path, on: sql),
                    page: f.page, pageSize: GrassrootsFilter.pageSize, hasNext: hasNext))
        }
        group.post("/grassroots-projects") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditGrassroots(in: p.jurisdictionPath, p), "grassroots_declare")
            let b = try await decode(ProjectBody.self, request, context)
            guard let callId = b.callId else { throw AppError.validation([ValidationIssue(field: "callId", code: .required)]) }
            let call = try await GrassrootsService.visibleCall(callId, p, on: sql)
            return try APIResponse.json(ProjectDTO(try await services.grassroots.declare(callId: call.id, b.input, by: p)), status: .created)
        }
        group.get("/grassroots-export") { request, context in
            let format = request.uri.queryParameters.get("format") ?? "xlsx"
            guard format == "xlsx" || format == "csv" else {
                throw AppError.badRequest(parameter: "format", message: "expected xlsx or csv, got \(format.prefix(40))")
            }
            return try await GrassrootsPages(services: services).export(request, context, format: format)
        }
        group.get("/grassroots-projects/:id") { _, context in
            try APIResponse.json(ProjectDTO(try await GrassrootsService.readableProject(try id(context), try context.requirePrincipal(), on: sql)))
        }
        group.put("/grassroots-projects/:id") { request, context in
            let p = try context.requirePrincipal()
            let g = try await GrassrootsService.editableProject(try id(context), p, on: sql)
            let b = try await decode(ProjectBody.self, request, context)
            return try APIResponse.json(
                ProjectDTO(try await services.grassroots.update(g.id, b.input, baseVersion: try version(b.version, request), by: p)))
        }
        group.delete("/grassroots-projects/:id") { request, context in
            let p = try context.requirePrincipal()
            let g = try await GrassrootsService.editableProject(try id(context), p, on: sql)
            try await services.grassroots.delete(g.id, baseVersion: try deleteVersion(request), by: p)
            return try APIResponse.json(APIModels.DeleteResult(deleted: g.id))
        }
        group.post("/grassroots-projects/:id/review") { request, context in
            let p = try context.requirePrincipal()
            let g = try await GrassrootsService.readableProject(try id(context), p, on: sql)
            try Access.require(Access.canEditGrassroots(in: g.callPath, p), "grassroots_review")
            let b = try await decode(ReviewBody.self, request, context)
            guard let decision = b.decision, decision == "selected" || decision == "not_selected" else {
                throw AppError.validation([ValidationIssue(field: "decision", code: b.decision == nil ? .required : .invalidChoice)])
            }
            return try APIResponse.json(
                ProjectDTO(
                    try await services.grassroots.review(
                        g.id, select: decision == "selected", note: b.note ?? "", planItemId: b.planItemId, leadUnitId: b.leadUnitId,
                        baseVersion: try version(b.version, request), by: p)))
        }
    }
}
