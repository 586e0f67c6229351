import Hummingbird

/// The audit search (/audit) over the log every change writes.
enum AuditFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let audit = AuditPages(services: routes.services)
        routes.pages.get("/audit") { request, context in try await audit.audit(request, context) }
    }
}
