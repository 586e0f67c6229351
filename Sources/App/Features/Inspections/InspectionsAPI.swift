import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1 for inspections and rectification: the same operations and rules as the pages, by the signed-in user.
struct InspectionsAPI: APIHandlers {
    let services: AppServices

    struct InspectionInput: Decodable {
        var kind: String?
        var title: String?
        var jurisdictionId: Int?
        var scopeKind: String?
        var scopeRef: Int?
        var unitIds: [Int]?
        var memberIds: [Int]?
        var startsOn: String?
        var endsOn: String?
    }
    struct RectificationInput: Decodable {
        var leadUnitId: Int?
        var deadline: String?
        var measures: String?
        var evidenceRequired: String?
    }
    struct FindingInput: Decodable {
        var nature: String?
        var unitId: Int?
        var itemIds: [Int]?
        var category: String?
        var severity: String?
        var description: String?
        var rectification: RectificationInput?
    }
    struct StepInput: Decodable {
        var action: String?
        var comment: String?
        var measures: String?
        var version: Int?
    }

    struct Inspection: Codable, Sendable {
        var id: Int
        var jurisdictionId: Int
        var jurisdictionName: String
        var kind: String
        var title: String
        var scopeKind: String
        @APIModels.Nullable var scopeRef: Int?
        var startsOn: String
        var endsOn: String
        var createdBy: String
        var version: Int
        init(_ r: InspectionRecord) {
            id = r.id
            jurisdictionId = r.jurisdictionId
            jurisdictionName = r.jurisdictionName
            kind = r.kind
            title = r.title
            scopeKind = r.scopeKind
            scopeRef = r.scopeRef
            startsOn = r.startsOn
            endsOn = r.endsOn
            createdBy = r.createdBy
            version = r.version
        }
    }
    struct Finding: Codable, Sendable {
        var id: Int
        var inspectionId: Int
        var unitId: Int
        var unitName: String
        var nature: String
        @APIModels.Nullable var category: String?
        @APIModels.Nullable var severity: String?
        var description: String
        var createdBy: String
        var createdAt: String
        @APIModels.Nullable var rectificationId: Int?
        init(_ r: FindingRecord) {
            id = r.id
            inspectionId = r.inspectionId
            unitId = r.unitId
            unitName = r.unitName
            nature = r.nature
            category = r.category
            severity = r.severity
            description = r.description
            createdBy = r.createdBy
            createdAt = r.createdAt
            rectificationId = r.rectificationId
        }
    }
    struct Rectification: Codable, Sendable {
        var id: Int
        var findingId: Int
        var inspectionId: Int
        var inspectionTitle: String
        var leadUnitId: Int
        var leadUnitName: String
        var description: String
        @APIModels.Nullable var category: String?
        @APIModels.Nullable var severity: String?
        var originalDeadline: String
        var deadline: String
        var measures: String
        var evidenceRequired: String
        var state: String
        var light: String
        var returnCount: Int
        @APIModels.Nullable var closedOn: String?
        var version: Int
        init(_ r: RectificationRecord, today: LocalDate) {
            id = r.id
            findingId = r.findingId
            inspectionId = r.inspectionId
            inspectionTitle = r.inspectionTitle
            leadUnitId = r.leadUnitId
            leadUnitName = r.leadUnitName
            description = r.description
            category = r.category
            severity = r.severity
            originalDeadline = r.originalDeadline
            deadline = r.deadline
            measures = r.measures
            evidenceRequired = r.evidenceRequired
            state = r.state
            light = r.light(today: today).rawValue
            returnCount = r.returnCount
            closedOn = r.closedOn
            version = r.version
        }
    }
    struct Evidence: Codable, Sendable {
        var id: Int
        var originalName: String
        var contentType: String
        var size: Int
        var url: String
    }
    struct InspectionDetail: Codable, Sendable {
        var inspection: Inspection
        var members: [InspectionQueries.Member]
        var unitIds: [Int]
        var findings: [Finding]
    }
    struct FindingDetail: Codable, Sendable {
        var finding: Finding
        var itemIds: [Int]
        var evidence: [Evidence]
    }
    struct Report: Codable, Sendable {
        var id: Int
        var isFinal: Bool
        var narrative: String
        var percent: Double
        var filedBy: String
        var filedAt: String
        var evidence: [Evidence]
    }
    struct Step: Codable, Sendable {
        var action: String
        var actor: String
        @APIModels.Nullable var fromState: String?
        var toState: String
        var actorName: String
        var at: String
        var comment: String
    }
    struct RectificationDetail: Codable, Sendable {
        var rectification: Rectification
        var reports: [Report]
        var steps: [Step]
        /// The steps the reader may take now (sign, report, submit, close, return, reopen).
        var actions: [String]
    }
    struct RectificationPage: Codable, Sendable {
        var items: [Rectification]
        var total: Int
        var page: Int
        var perPage: Int
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/inspections") { _, context in
            let p = try context.requirePrincipal()
            return try APIResponse.json(APIModels.Page(items: try await InspectionQueries.inspections(for: p, on: sql).map(Inspection.init)))
        }
        group.post("/inspections") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            try guarded.requireInspectionCreator()
            let i = try await decode(InspectionInput.self, request, context)
            let made = try await services.inspections.create(
                InspectionDraft(
                    kind: i.kind ?? "", title: i.title ?? "", jurisdictionId: i.jurisdictionId, scopeKind: i.scopeKind ?? "", scopeRef: i.scopeRef,
                    unitIds: i.unitIds ?? [], memberIds: i.memberIds ?? [], startsOn: i.startsOn ?? "", endsOn: i.endsOn ?? ""),
                by: guarded.principal)
            return try APIResponse.json(Inspection(made), status: .created)
        }
        group.get("/inspections/:id") { _, context in
            let guarded = try AccessGuard(context, sql: sql)
            let (i, _) = try await guarded.readInspection(try id(context))
            let p = guarded.principal
            var findings = try await InspectionQueries.findings(ofInspection: i.id, on: sql)
            if p.role.isUnitRole {
                var leads: [Int: Int] = [:]
                for f in findings { if let r = f.rectificationId { leads[f.id] = try await InspectionQueries.rectification(r, on: sql).leadUnitId } }
                findings = findings.filter { $0.unitId == p.unitId || leads[$0.id] == p.unitId }
            }
            return try APIResponse.json(
                InspectionDetail(
                    inspection: Inspection(i), members: try await InspectionQueries.members(of: i.id, on: sql),
                    unitIds: try await InspectionQueries.units(of: i.id, on: sql).map(\.id), findings: findings.map(Finding.init)))
        }
        group.post("/inspections/:id/findings") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let inspection = try await guarded.recordFindings(try id(context))
            let f = try await decode(FindingInput.self, request, context)
            let r = f.rectification
            let finding = try await services.inspections.addFinding(
                inspectionId: inspection.id,
                FindingDraft(
                    nature: f.nature ?? "", unitId: f.unitId, itemIds: f.itemIds ?? [], category: f.category ?? "", severity: f.severity ?? "",
                    description: f.description ?? ""),
                rectification: RectificationDraft(
                    leadUnitId: r?.leadUnitId ?? f.unitId, deadline: r?.deadline ?? "", measures: r?.measures ?? "",
                    evidenceRequired: r?.evidenceRequired ?? ""),
                files: [], by: guarded.principal)
            return try APIResponse.json(Finding(finding), status: .created)
        }
        group.get("/findings/:id") { _, context in
            let (f, _, _) = try await AccessGuard(context, sql: sql).readFinding(try id(context))
            let evidence = try await InspectionQueries.findingEvidence(ofFinding: f.id, on: sql)
            return try APIResponse.json(
                FindingDetail(
                    finding: Finding(f), itemIds: try await InspectionQueries.items(ofFinding: f.id, on: sql).map(\.id),
                    evidence: evidence.map { Self.evidence($0, url: "/finding-evidence/\($0.id)") }))
        }
        group.get("/rectifications") { request, context in
            let params = request.queryMultiMap
            try QueryString.rejectNUL(params)
            let guarded = try AccessGuard(context, sql: sql)
            let filter = try RectificationFilter(query: params)
            let path = try await guarded.rectificationScope(filter)
            let today = services.clock.today
            let page = try await RectificationLedgerQuery.run(filter, jurisdictionPath: path, today: today, reader: guarded.principal, on: sql)
            return try APIResponse.json(
                RectificationPage(
                    items: page.rows.map { Rectification($0, today: today) }, total: page.total, page: page.page, perPage: page.perPage))
        }
        group.get("/rectifications/:id") { _, context in
            let (r, actors) = try await AccessGuard(context, sql: sql).readRectification(try id(context))
            return try APIResponse.json(try await detail(r, actors: actors))
        }
        group.post("/rectifications/:id/steps") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let (r, _) = try await guarded.actOnRectification(try id(context))
            let input = try await decode(StepInput.self, request, context)
            guard let action = RectificationAction(rawValue: input.action ?? ""), !action.carriesReport else {
                throw AppError.badRequest(parameter: "action", message: "expected one of sign, close, return, reopen")
            }
            let done = try await services.rectifications.act(
                r.id, action, comment: input.comment ?? "", measures: input.measures, baseVersion: try version(input.version, request),
                by: guarded.principal)
            return try APIResponse.json(Rectification(done, today: services.clock.today))
        }
        // Multipart (with evidence files, as the page sends it) or JSON without files.
        group.post("/rectifications/:id/reports") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let r = try await guarded.fileRectificationReport(try id(context))
            var fields: [String: [String]] = [:]
            var uploads: [UploadedForm.File] = []
            if request.headers[.contentType]?.lowercased().hasPrefix("multipart/") == true {
                (fields, uploads) = try await InspectionPages.multipart(request, context: context, services: services)
            } else {
                struct ReportInput: Decodable {
                    var narrative: String?
                    var percent: Double?
                    var final: Bool?
                    var version: Int?
                }
                let input = try await decode(ReportInput.self, request, context)
                fields["narrative"] = [input.narrative ?? ""]
                fields["percent"] = [input.percent.map { String($0) } ?? ""]
                fields["final"] = [input.final == true ? "1" : ""]
                fields["version"] = input.version.map { [String($0)] } ?? []
            }
            let baseVersion = try version(fields["version"]?.last.flatMap { Int($0) }, request)
            let files = try uploads.filter { !($0.filename.isEmpty && $0.size == 0) }.map {
                try services.supervisionEvidence(filename: $0.filename, data: try $0.data())
            }
            let done = try await services.rectifications.fileReport(
                r.id, RectificationReportDraft(narrative: fields["narrative"]?.last ?? "", percent: fields["percent"]?.last ?? "", evidenceCount: 0),
                final: fields["final"]?.last == "1", files: files, baseVersion: baseVersion, by: guarded.principal)
            return try APIResponse.json(Rectification(done, today: services.clock.today), status: .created)
        }
    }

    private func detail(_ r: RectificationRecord, actors: Set<SupervisionActor>) async throws -> RectificationDetail {
        let evidence = Dictionary(grouping: try await InspectionQueries.reportEvidence(ofRectification: r.id, on: sql), by: \.ownerId)
        let reports = try await InspectionQueries.reports(of: r.id, on: sql).map { p in
            Report(
                id: p.id, isFinal: p.isFinal, narrative: p.narrative, percent: p.percent, filedBy: p.filedBy, filedAt: p.filedAt,
                evidence: (evidence[p.id] ?? []).map { Self.evidence($0, url: "/rectification-evidence/\($0.id)") })
        }
        let steps = try await InspectionQueries.steps(of: r.id, on: sql).map {
            Step(
                action: $0.action, actor: $0.actor, fromState: $0.fromState, toState: $0.toState, actorName: $0.actorName, at: $0.at,
                comment: $0.comment)
        }
        return RectificationDetail(
            rectification: Rectification(r, today: services.clock.today), reports: reports, steps: steps,
            actions: Access.rectificationActions(r.rectificationState, actors: actors).map(\.rawValue))
    }

    static func evidence(_ e: SupervisionEvidenceRecord, url: String) -> Evidence {
        Evidence(id: e.id, originalName: e.originalName, contentType: e.contentType, size: e.size, url: url)
    }
}
