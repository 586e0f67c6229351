import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for meetings: bodies, meetings with their agenda, and turning a decision into items, a matter or a cascade.
/// The same service and access rules as the pages.
struct MeetingsAPI: APIHandlers {
    let services: AppServices

    struct BodyBody: Decodable {
        var jurisdictionId: Int?
        var kind: String?
        var name: String?
    }
    struct LinkBody: Codable {
        var kind: String
        var id: Int
    }
    struct AgendaBody: Decodable {
        var id: Int?
        var kind: String?
        var title: String?
        var outcome: String?
        var planId: Int?
        var links: [LinkBody]?
    }
    struct MeetingBody: Decodable {
        var version: Int?
        var bodyId: Int?
        var ordinal: Int?
        var heldOn: String?
        var chair: String?
        var attendees: String?
        var place: String?
        var summary: String?
        var agenda: [AgendaBody]?

        /// `decode` reads the top level for NUL characters; the agenda's text is one level down.
        func checkAgenda() throws {
            for (i, a) in (agenda ?? []).enumerated() { try APIInput.rejectControlCharacters(in: a, path: "agenda[\(i)]") }
        }

        var draft: MeetingDraft {
            MeetingDraft(
                bodyId: bodyId, ordinal: ordinal.map(String.init) ?? "", heldOn: heldOn ?? "", chair: chair ?? "", attendees: attendees ?? "",
                place: place ?? "", summary: summary ?? "",
                agenda: (agenda ?? []).map { a in
                    .init(
                        id: a.id, kind: a.kind ?? "", title: a.title ?? "", outcome: a.outcome ?? "", planId: a.planId,
                        links: (a.links ?? []).map { .init(kind: $0.kind, id: $0.id) })
                })
        }
    }
    struct ItemBody: Decodable {
        var planId: Int?
        var parentItemId: Int?
        var title: String?
        var leadUnitId: Int?
        var deadline: String?
    }
    struct MatterBody: Decodable {
        var subject: String?
        var level: String?
        var leadUnitId: Int?
        var deadline: String?
        var requiredResult: String?
    }
    struct CascadeBody: Decodable {
        var itemId: Int?
        var targetJurisdictionIds: [Int]?
        var instruction: String?
        var deadline: String?
    }

    struct BodyDTO: Encodable {
        var id: Int
        var jurisdictionId: Int
        var kind: String
        var name: String
        var version: Int

        init(_ b: MeetingBodyRecord) {
            id = b.id
            jurisdictionId = b.jurisdictionId
            kind = b.kind
            name = b.name
            version = b.version
        }
    }
    struct BodyListDTO: Encodable {
        var items: [BodyDTO]
    }
    struct SummaryDTO: Encodable {
        var id: Int
        var bodyId: Int
        var bodyName: String
        var jurisdictionId: Int
        var ordinal: Int
        var heldOn: String
        var chair: String
        var version: Int

        init(_ m: MeetingRecord) {
            id = m.id
            bodyId = m.bodyId
            bodyName = m.bodyName
            jurisdictionId = m.jurisdictionId
            ordinal = m.ordinal
            heldOn = m.heldOn
            chair = m.chair
            version = m.version
        }
    }
    struct SummaryListDTO: Encodable {
        var items: [SummaryDTO]
    }
    struct AgendaDTO: Encodable {
        var id: Int
        var position: Int
        var kind: String
        var title: String
        var outcome: String?
        var planId: Int?
        /// What a report heard was about.
        var links: [LinkBody]
        /// What a decision became: items and matters.
        var results: [LinkBody]
        /// Cascades sent from those items.
        var cascadeSendIds: [Int]
    }
    struct MeetingDTO: Encodable {
        var id: Int
        var bodyId: Int
        var bodyName: String
        var jurisdictionId: Int
        var ordinal: Int
        var heldOn: String
        var chair: String
        var attendees: String
        var place: String
        var summary: String
        var agenda: [AgendaDTO]
        var version: Int
    }
    struct CreatedDTO: Encodable {
        var id: Int
        var title: String
    }
    struct SentDTO: Encodable {
        var receiptIds: [Int]
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/meeting-bodies") { _, context in
            let p = try context.requirePrincipal()
            return try APIResponse.json(
                BodyListDTO(items: try await MeetingQueries.bodies(within: Access.meetingScope(p), on: sql).map(BodyDTO.init)))
        }
        group.post("/meeting-bodies") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditMeetings(in: p.jurisdictionPath, p), "meeting_edit")
            let b = try await decode(BodyBody.self, request, context)
            let body = try await services.meetings.createBody(jurisdictionId: b.jurisdictionId, kind: b.kind ?? "", name: b.name ?? "", by: p)
            return try APIResponse.json(BodyDTO(body), status: .created)
        }
        group.get("/meetings") { request, context in
            let p = try context.requirePrincipal()
            let jurisdiction = try optionalInt(request.uri.queryParameters.get("jurisdiction"), "jurisdiction")
            if let jurisdiction { _ = try await AccessGuard(context, sql: sql).readJurisdiction(jurisdiction) }
            let list = try await MeetingQueries.meetings(within: Access.meetingScope(p), jurisdictionId: jurisdiction, on: sql)
            return try APIResponse.json(SummaryListDTO(items: list.map(SummaryDTO.init)))
        }
        group.post("/meetings") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditMeetings(in: p.jurisdictionPath, p), "meeting_edit")
            let b = try await decode(MeetingBody.self, request, context)
            try b.checkAgenda()
            let m = try await services.meetings.create(b.draft, by: p)
            return try APIResponse.json(try await dto(m), status: .created)
        }
        group.get("/meetings/:id") { _, context in
            try APIResponse.json(try await dto(try await readMeeting(try id(context), context)))
        }
        group.put("/meetings/:id") { request, context in
            let m = try await readMeeting(try id(context), context)
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditMeetings(in: m.jurisdictionPath, p), "meeting_edit")
            let b = try await decode(MeetingBody.self, request, context)
            try b.checkAgenda()
            let updated = try await services.meetings.update(m.id, b.draft, baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(try await dto(updated))
        }
        group.post("/meetings/:id/agenda/:agendaId/items") { request, context in
            let (m, agendaId) = try await decision(context)
            let b = try await decode(ItemBody.self, request, context)
            let item = try await services.meetings.decisionToItem(
                meetingId: m.id, agendaId: agendaId,
                .init(planId: b.planId, parentItemId: b.parentItemId, title: b.title ?? "", leadUnitId: b.leadUnitId, deadline: b.deadline ?? ""),
                by: try context.requirePrincipal())
            return try APIResponse.json(CreatedDTO(id: item.id, title: item.title), status: .created)
        }
        group.post("/meetings/:id/agenda/:agendaId/matters") { request, context in
            let (m, agendaId) = try await decision(context)
            let b = try await decode(MatterBody.self, request, context)
            let matter = try await services.meetings.decisionToMatter(
                meetingId: m.id, agendaId: agendaId,
                .init(
                    subject: b.subject ?? "", level: b.level ?? "", leadUnitId: b.leadUnitId, deadline: b.deadline ?? "",
                    requiredResult: b.requiredResult ?? ""),
                by: try context.requirePrincipal())
            return try APIResponse.json(CreatedDTO(id: matter.id, title: matter.subject), status: .created)
        }
        group.post("/meetings/:id/agenda/:agendaId/cascade") { request, context in
            let (m, agendaId) = try await decision(context)
            let b = try await decode(CascadeBody.self, request, context)
            let receipts = try await services.meetings.decisionToCascade(
                meetingId: m.id, agendaId: agendaId, itemId: b.itemId,
                .init(targetJurisdictionIds: b.targetJurisdictionIds, instruction: b.instruction ?? "", deadline: b.deadline ?? ""),
                by: try context.requirePrincipal())
            return try APIResponse.json(SentDTO(receiptIds: receipts.map(\.id)), status: .created)
        }
        group.get("/commission-report") { request, context in
            let report = try await CommissionReport.load(request, context, services: services, emptyMeansAbsent: false)
            return try APIResponse.json(CommissionReportDTO(report))
        }
    }

    /// A meeting in the reader's view (404 outside it).
    func readMeeting(_ id: Int, _ context: AppRequestContext) async throws -> MeetingRecord {
        let p = try context.requirePrincipal()
        guard let m = try await MeetingQueries.meeting(id, on: sql), Access.seesMeetings(of: m.jurisdictionPath, p) else {
            throw AppError.notFound(entity: "meeting", id: String(id))
        }
        return m
    }

    /// The meeting and the agenda id of a decision, once the user may edit the meeting: 404, 403, then the body is read.
    private func decision(_ context: AppRequestContext) async throws -> (MeetingRecord, Int) {
        let m = try await readMeeting(try id(context), context)
        try Access.require(Access.canEditMeetings(in: m.jurisdictionPath, try context.requirePrincipal()), "meeting_edit")
        let raw = context.parameters.get("agendaId") ?? ""
        guard let agendaId = APIInput.wholeNumber(raw), agendaId > 0 else {
            throw AppError.badRequest(parameter: "agendaId", message: "expected a positive whole number, got \(raw.prefix(40))")
        }
        return (m, agendaId)
    }

    private func dto(_ m: MeetingRecord) async throws -> MeetingDTO {
        let agenda = try await MeetingQueries.agenda(of: m.id, on: sql)
        let links = try await MeetingQueries.links(of: m.id, on: sql)
        let cascades = try await MeetingQueries.cascades(of: m.id, on: sql)
        return MeetingDTO(
            id: m.id, bodyId: m.bodyId, bodyName: m.bodyName, jurisdictionId: m.jurisdictionId, ordinal: m.ordinal, heldOn: m.heldOn,
            chair: m.chair, attendees: m.attendees, place: m.place, summary: m.summary,
            agenda: agenda.map { a in
                let mine = links.filter { $0.agendaItemId == a.id }
                return AgendaDTO(
                    id: a.id, position: a.position, kind: a.kind, title: a.title, outcome: a.outcome.isEmpty ? nil : a.outcome, planId: a.planId,
                    links: mine.filter { $0.role == "subject" }.map { LinkBody(kind: $0.targetKind, id: $0.targetId) },
                    results: mine.filter { $0.role == "result" }.map { LinkBody(kind: $0.targetKind, id: $0.targetId) },
                    cascadeSendIds: cascades.filter { $0.agendaItemId == a.id }.map(\.sendId))
            },
            version: m.version)
    }
}
