import Hummingbird
import ReformCore

/// The reform commission's meetings (深改委会议): the commission and its special groups as bodies, each meeting with its
/// agenda (reports heard, documents reviewed with their outcome, decisions), what each decision became (plan items, a
/// supervision matter, a cascade), the minutes on A4, and the report for the commission on A4 and as .docx.
enum MeetingsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = MeetingPages(services: routes.services)
        routes.pages.get("/meetings") { request, context in try await pages.list(request, context) }
        routes.pages.post("/meetings/bodies") { request, context in try await pages.createBody(request, context) }
        routes.pages.get("/meetings/new") { request, context in try await pages.newForm(request, context) }
        routes.pages.post("/meetings") { request, context in try await pages.create(request, context) }
        routes.pages.get("/meetings/report") { request, context in try await pages.report(request, context) }
        routes.pages.get("/meetings/report.docx") { request, context in try await pages.reportDocx(request, context) }
        routes.pages.get("/meetings/:id") { request, context in try await pages.meeting(request, context) }
        routes.pages.get("/meetings/:id/edit") { request, context in try await pages.editForm(request, context) }
        routes.pages.post("/meetings/:id") { request, context in try await pages.update(request, context) }
        routes.pages.get("/meetings/:id/minutes") { request, context in try await pages.minutes(request, context) }
        routes.pages.post("/meetings/:id/agenda/:agendaId/items") { request, context in try await pages.decisionToItem(request, context) }
        routes.pages.post("/meetings/:id/agenda/:agendaId/matters") { request, context in try await pages.decisionToMatter(request, context) }
        routes.pages.post("/meetings/:id/agenda/:agendaId/cascade") { request, context in try await pages.decisionToCascade(request, context) }
        MeetingsAPI(services: routes.services).register(on: routes.api)
    }

    static var itemPageSections: [ItemPageSection] {
        [ItemPageSection(key: "meetings") { input in try await itemSection(input) }]
    }

    /// On an item: the meetings that heard a report about it or whose decision it came from, as far as the reader sees them.
    static func itemSection(_ input: ItemPageSectionInput) async throws -> String? {
        let l = input.context.language
        let p = try input.context.requirePrincipal()
        let rows = try await MeetingQueries.meetings(linkedTo: "item", id: input.item.id, on: input.services.database.sql)
            .filter { Access.seesMeetings(of: $0.jurisdictionPath, p) }
        if rows.isEmpty { return nil }
        let view = ItemMeetingsView(
            rows: rows.map { r in
                .init(
                    meetingId: r.meetingId, agendaId: r.agendaItemId,
                    meeting: l == .zh ? r.bodyName + MeetingNumber.chinese(r.ordinal) : r.bodyName + ", " + MeetingNumber.english(r.ordinal),
                    role: L10n.t(r.role == "result" ? "meeting.itemFromDecision" : "meeting.itemReported", l), date: L10n.date(r.heldOn, l))
            })
        return input.services.renderer.fragment("meetings/item_meetings", view: view, context: input.context)
    }
}

struct ItemMeetingsView: Sendable {
    struct Row: Sendable {
        var meetingId: Int
        var agendaId: Int
        var meeting: String
        var role: String
        var date: String
    }
    var rows: [Row]
}
