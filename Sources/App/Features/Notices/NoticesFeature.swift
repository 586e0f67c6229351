import Hummingbird
import ReformCore
import SQLKit

/// Notices (督办通知 / 催办单 / 通报): numbering sequences the office configures, drafts made from a matter, a
/// rectification, an inspection or a finding, 签发 with the next document number, the red-header print page, and
/// receipts (签收回执) from the recipient units, whose unsigned notices wait in their inbox.
enum NoticesFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = NoticePages(services: routes.services)
        routes.pages.get("/notices") { request, context in try await pages.list(request, context) }
        routes.pages.get("/notices/unsigned") { request, context in try await pages.unsigned(request, context) }
        routes.pages.get("/notices/new") { request, context in try await pages.newForm(request, context) }
        routes.pages.post("/notices") { request, context in try await pages.create(request, context) }
        routes.pages.get("/notices/:id") { request, context in try await pages.notice(request, context) }
        routes.pages.get("/notices/:id/print") { request, context in try await pages.print(request, context) }
        routes.pages.get("/notices/:id/edit") { request, context in try await pages.editForm(request, context) }
        routes.pages.post("/notices/:id") { request, context in try await pages.update(request, context) }
        routes.pages.post("/notices/:id/delete") { request, context in try await pages.delete(request, context) }
        routes.pages.post("/notices/:id/issue") { request, context in try await pages.issue(request, context) }
        routes.pages.post("/notices/:id/receipt") { request, context in try await pages.receipt(request, context) }
        let templates = NoticeTemplatePages(services: routes.services)
        routes.pages.get("/settings/notice-templates") { request, context in try await templates.page(request, context) }
        routes.pages.post("/settings/notice-templates") { request, context in try await templates.save(request, context) }
        routes.pages.post("/settings/notice-templates/revert") { request, context in try await templates.revert(request, context) }
        routes.pages.get("/settings/notice-sequences") { request, context in try await pages.sequences(request, context) }
        routes.pages.post("/settings/notice-sequences") { request, context in try await pages.createSequence(request, context) }
        NoticesAPI(services: routes.services).register(on: routes.api)
    }

    /// The supervision vocabulary's namespaces this feature names.
    static let vocabulary = ["noticeKind"]

    /// A unit's liaison and head find the issued notices their unit has not signed for.
    static var inboxSources: [InboxSource] {
        [
            InboxSource(
                key: "notices",
                countQuery: { principal, _ in
                    guard principal.role.isUnitRole, let unit = principal.unitId else { return nil }
                    return NoticeQueries.unsignedCount(unit: unit)
                },
                section: { input in
                    guard input.principal.role.isUnitRole else { return nil }
                    let l = input.context.language
                    let notices = try await NoticeQueries.unsigned(for: input.principal, on: input.services.database.sql)
                    guard !notices.isEmpty else { return nil }
                    return .list(
                        title: L10n.t("notice.inbox", l),
                        rows: notices.map { n in
                            InboxRow(
                                label: (n.documentNumber.map { $0 + " " } ?? "") + n.title, link: "/notices/\(n.id)",
                                detail: L10n.t("noticeKind." + n.kind, l) + " · " + L10n.date(n.issuedOn, l))
                        })
                })
        ]
    }
}
