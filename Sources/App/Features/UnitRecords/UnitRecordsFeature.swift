import Hummingbird
import ReformCore

/// Commendation and accountability (激励问责): records of 通报表扬, 问责 and 容错纠错 per unit or person, each traced to
/// the finding, matter or notice it comes from, listed on the unit's records page; `UnitRecordQueries.counts` gives the
/// per-unit counts the ranking will weigh.
enum UnitRecordsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = UnitRecordPages(services: routes.services)
        routes.pages.get("/units/:id/records") { request, context in try await pages.records(request, context) }
        routes.pages.post("/units/:id/records") { request, context in try await pages.create(request, context) }
        UnitRecordsAPI(services: routes.services).register(on: routes.api)
    }

    static let vocabulary = ["unitRecord"]
}
