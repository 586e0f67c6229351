import Hummingbird
import ReformCore

/// Inspections and rectification (督查 → 问题清单 → 限时整改 → 销号): inspection rounds with their team and scope, findings
/// with evidence, the rectification of each problem through `RectificationFlow`, the rectification ledger (整改台账)
/// with export and print, and good practice listed for commendation.
enum InspectionsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let inspections = InspectionPages(services: routes.services)
        routes.pages.get("/inspections") { request, context in try await inspections.list(request, context) }
        routes.pages.get("/inspections/new") { request, context in try await inspections.new(request, context) }
        routes.pages.post("/inspections") { request, context in try await inspections.create(request, context) }
        routes.pages.get("/inspections/:id") { request, context in try await inspections.show(request, context) }
        routes.pages.post("/inspections/:id/findings") { request, context in try await inspections.addFinding(request, context) }
        routes.pages.get("/findings/:id") { request, context in try await inspections.finding(request, context) }
        routes.pages.get("/finding-evidence/:id") { request, context in try await inspections.findingEvidence(request, context) }
        let rectifications = RectificationPages(services: routes.services)
        routes.pages.get("/rectifications") { request, context in try await rectifications.ledger(request, context) }
        routes.pages.get("/rectifications/export.xlsx") { request, context in try await rectifications.export(request, context, csv: false) }
        routes.pages.get("/rectifications/export.csv") { request, context in try await rectifications.export(request, context, csv: true) }
        routes.pages.get("/rectifications/:id") { request, context in try await rectifications.show(request, context) }
        routes.pages.post("/rectifications/:id/steps") { request, context in try await rectifications.step(request, context) }
        routes.pages.post("/rectifications/:id/reports") { request, context in try await rectifications.fileReport(request, context) }
        routes.pages.get("/rectification-evidence/:id") { request, context in try await rectifications.evidence(request, context) }
        InspectionsAPI(services: routes.services).register(on: routes.api)
    }
}
