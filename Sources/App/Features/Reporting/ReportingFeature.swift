import Hummingbird
import ReformCore

/// The reporting loop: assignment and signing, progress reports with evidence and review, indicators, the inbox, digest and ranking.
enum ReportingFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let reports = ReportPages(services: routes.services)
        routes.pages.post("/items/:id/assignments") { request, context in try await reports.assign(request, context) }
        routes.pages.post("/assignments/:id/sign") { request, context in try await reports.sign(request, context) }
        routes.pages.post("/assignments/:id/handler") { request, context in try await reports.assignHandler(request, context) }
        routes.pages.post("/items/:id/indicators") { request, context in try await reports.indicatorAdd(request, context) }
        routes.pages.post("/items/:id/reports") { request, context in try await reports.reportSave(request, context) }
        routes.pages.get("/reports/:id") { request, context in try await reports.report(request, context) }
        routes.pages.post("/reports/:id") { request, context in try await reports.reportSave(request, context) }
        routes.pages.post("/reports/:id/review") { request, context in try await reports.reportReview(request, context) }
        routes.pages.get("/evidence/:id") { request, context in try await reports.evidenceDownload(request, context) }
        let indicators = IndicatorPages(services: routes.services)
        routes.pages.post("/indicators/:id") { request, context in try await indicators.save(request, context) }
        routes.pages.post("/indicators/:id/delete") { request, context in try await indicators.delete(request, context) }
        let planReporting = PlanReportingPages(services: routes.services)
        routes.pages.get("/plans/:id/reporting") { request, context in try await planReporting.planReporting(request, context) }
        routes.pages.post("/plans/:id/reporting") { request, context in try await planReporting.planReportingSave(request, context) }
        let digest = DigestPages(services: routes.services)
        routes.pages.get("/digest") { request, context in try await digest.digest(request, context) }
        ReportingAPI(services: routes.services).register(on: routes.api)
    }

    static let itemSectionKey = "reporting"

    static var inboxSources: [InboxSource] {
        [
            InboxSource(
                key: "reporting",
                countQuery: { principal, today in InboxQuery.count(for: principal, today: today) },
                section: { input in try await ReportingInbox(services: input.services).section(input) })
        ]
    }

    /// The item page's 交办/签收/指派 chain, its reports and indicators, and the report form for the reader's unit.
    static var itemPageSections: [ItemPageSection] {
        [
            ItemPageSection(key: itemSectionKey) { input in
                let state = input.state as? ReportingSectionState
                let reporting = try await ReportPages(services: input.services).reportingSection(
                    input.item, plan: input.plan, context: input.context, issues: state?.issues ?? [], values: state?.values)
                return input.services.renderer.fragment(
                    "reporting/item_reporting", view: ItemReportingSectionView(reporting: reporting, item: .init(id: input.item.id)),
                    context: input.context)
            }
        ]
    }
}

/// What the reporting section's form held when a post to it failed.
struct ReportingSectionState: Sendable {
    var issues: [ValidationIssue]
    var values: ReportDraft?
}
