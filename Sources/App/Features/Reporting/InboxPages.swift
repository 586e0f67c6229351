import Hummingbird
import ReformCore

struct InboxPages: PageHandlers {
    let services: AppServices

    /// /inbox: what the signed-in user must do, in tabs with counts.
    func inbox(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let principal = try context.requirePrincipal()
        let today = services.clock.today
        let inbox = try await InboxQuery.run(for: principal, today: today, timeZone: services.clock.timeZone, on: sql)
        let requested = request.uri.queryParameters.get("tab").flatMap(Inbox.Tab.init(rawValue:))
        // Open the first tab with something in it unless one was asked for.
        let tab = requested ?? Inbox.Tab.allCases.first { !inbox.entries($0).isEmpty } ?? .sign
        let entries = inbox.entries(tab).map { e -> [String: Any] in
            var d: [String: Any] = [
                "itemId": e.itemId, "item": e.itemNumber + e.itemTitle, "unitName": e.unitName, "late": e.late,
                "link": e.reportId.map { "/reports/\($0)" } ?? "/items/\(e.itemId)#reporting"
            ]
            if let p = e.period { d["period"] = ReportPages.periodLabel(p, l) }
            if let due = e.dueDate { d["due"] = L10n.date(due, l) }
            if let s = e.state { d["state"] = L10n.t("reportState." + s, l) }
            if let at = e.at { d["at"] = displayTime(at, l) }
            if tab == .sign, let id = e.assignmentId, let v = e.assignmentVersion {
                d["signId"] = id
                d["signVersion"] = v
            }
            return d
        }
        let data: [String: Any] = [
            "tabs": Inbox.Tab.allCases.map { t in
                ["key": t.rawValue, "label": L10n.t("inbox.tab." + t.rawValue, l), "count": inbox.entries(t).count, "active": t == tab]
            },
            "entries": entries, "hasEntries": !entries.isEmpty, "isSign": tab == .sign,
            "hint": L10n.t("inbox.hint." + tab.rawValue, l)
        ]
        return renderer.page("reporting/inbox", title: L10n.t("inbox.title", l), data: data, context: context, request: request, active: "inbox")
    }
}
