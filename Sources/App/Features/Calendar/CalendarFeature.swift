import Hummingbird

/// The working-day calendar (工作日, 调休): a year's holidays and make-up working days, read by everyone, changed by the
/// administrator; the service every feature counts working days with is `WorkingDays` in Core.
enum CalendarFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = CalendarPages(services: routes.services)
        routes.pages.get("/calendar") { request, context in try await pages.year(request, context) }
        routes.pages.post("/calendar/days") { request, context in try await pages.set(request, context) }
        routes.pages.post("/calendar/days/:day/delete") { request, context in try await pages.remove(request, context) }
        CalendarAPI(services: routes.services).register(on: routes.api)
    }
}
