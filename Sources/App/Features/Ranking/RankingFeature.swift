import Hummingbird
import ReformCore

/// The unit ranking (动态排名) for the assessment (考核): each unit of a jurisdiction scored by weights the office sets per
/// year or plan (`RankingWeights`, defaults when none), with the formula shown, the score broken down by component,
/// ties shared, reproducible as of a past day, exported to XLSX/CSV and printed on A4. Read by whoever sees the
/// jurisdiction's dashboard; the weights are the office's.
enum RankingFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = RankingPages(services: routes.services)
        routes.pages.get("/jurisdictions/:id/ranking") { request, context in try await pages.ranking(request, context) }
        routes.pages.get("/jurisdictions/:id/ranking/print") { request, context in try await pages.print(request, context) }
        routes.pages.get("/jurisdictions/:id/ranking/export.xlsx") { request, context in try await pages.export(request, context, format: .xlsx) }
        routes.pages.get("/jurisdictions/:id/ranking/export.csv") { request, context in try await pages.export(request, context, format: .csv) }
        routes.pages.get("/jurisdictions/:id/ranking/weights") { request, context in try await pages.weights(request, context) }
        routes.pages.post("/jurisdictions/:id/ranking/weights") { request, context in try await pages.saveWeights(request, context) }
        RankingAPI(services: routes.services).register(on: routes.api)
    }
}
