import Hummingbird
import ReformCore

/// Reporting's section of the inbox page: its lists in tabs with counts (tasks to sign, reports to file, approve and
/// review).
struct ReportingInbox: PageHandlers {
    let services: AppServices

    func section(_ input: InboxSectionInput) async throws -> InboxSection {
        let l = input.context.language
        let today = services.clock.today
        let inbox = try await InboxQuery.run(for: input.principal, today: today, timeZone: services.clock.timeZone, on: sql)
        let requested = input.request.uri.queryParameters.get("tab").flatMap(Inbox.Tab.init(rawValue:))
        // Open the first tab with something in it unless one was asked for.
        let tab = requested ?? Inbox.Tab.allCases.first { !inbox.entries($0).isEmpty } ?? .sign
        let entries = inbox.entries(tab).map { e in
            var entry = ReportingInboxView.Entry(
                itemId: e.itemId, item: e.itemNumber + e.itemTitle, unitName: e.unitName, late: e.late,
                link: e.reportId.map { "/reports/\($0)" } ?? "/items/\(e.itemId)#reporting",
                period: e.period.map { ReportPages.periodLabel($0, l) }, due: e.dueDate.map { L10n.date($0, l) },
                state: e.state.map { L10n.t("reportState." + $0, l) }, at: e.at.map { displayTime($0, l) })
            if tab == .sign, let id = e.assignmentId, let v = e.assignmentVersion {
                entry.signId = id
                entry.signVersion = v
            }
            return entry
        }
        let view = ReportingInboxView(
            tabs: Inbox.Tab.allCases.map { t in
                .init(key: t.rawValue, label: L10n.t("inbox.tab." + t.rawValue, l), count: inbox.entries(t).count, active: t == tab)
            },
            entries: entries, hasEntries: !entries.isEmpty, isSign: tab == .sign, hint: L10n.t("inbox.hint." + tab.rawValue, l),
            // After 签收所选 (see `BatchPages.sign`): how many were signed.
            signedNotice: input.request.uri.queryParameters.get("signed").flatMap { Int($0) }.map { L10n.fill("batch.signedCount", l, String($0)) })
        return .html(renderer.fragment("reporting/inbox_section", view: view, context: input.context))
    }
}
