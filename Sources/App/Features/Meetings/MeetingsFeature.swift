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
}
