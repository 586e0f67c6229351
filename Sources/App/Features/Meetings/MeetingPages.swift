import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The meetings' pages: the list with its bodies, the form (a meeting with its agenda), the meeting page with what each
/// decision became and the forms that make it, and the minutes (会议纪要) on A4.
struct MeetingPages: PageHandlers {
    let services: AppServices

    // MARK: List and bodies

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await listPage(request, context)
    }

    func listPage(
        _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        values: [String: [String]] = [:]
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let meetings = try await MeetingQueries.meetings(within: Access.meetingScope(p), jurisdictionId: nil, on: sql)
        let bodies = try await MeetingQueries.bodies(within: Access.meetingScope(p), on: sql)
        let names = Dictionary(uniqueKeysWithValues: try await JurisdictionQueries.all(within: Access.meetingScope(p), on: sql).map { ($0.id, $0) })
        let editable = names.values.filter { Access.canEditMeetings(in: $0.path, p) }.sorted { $0.path < $1.path }
        let chosen = Int(values["jurisdictionId"]?.last ?? "") ?? p.jurisdictionId
        let chosenKind = values["kind"]?.last ?? MeetingBodyKind.commission.rawValue
        let view = MeetingListView(
            rows: meetings.map { m in
                .init(
                    id: m.id, body: m.bodyName, number: Self.number(m.ordinal, l), date: L10n.date(m.heldOn, l), chair: m.chair,
                    jurisdiction: names[m.jurisdictionId]?.name ?? "")
            },
            hasRows: !meetings.isEmpty,
            bodies: bodies.map { .init(name: $0.name, kind: L10n.t("meetingBodyKind." + $0.kind, l), jurisdiction: $0.jurisdictionName) },
            hasBodies: !bodies.isEmpty, canEdit: !bodies.filter { Access.canEditMeetings(in: $0.jurisdictionPath, p) }.isEmpty,
            canAddBody: !editable.isEmpty,
            jurisdictions: editable.map { .init(value: String($0.id), label: $0.name, selected: $0.id == chosen) },
            kinds: MeetingBodyKind.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("meetingBodyKind." + $0.rawValue, l), selected: $0.rawValue == chosenKind)
            },
            bodyName: values["name"]?.last ?? "", errors: issues.map { Self.issueText($0, l) }, hasErrors: !issues.isEmpty,
            reportURL: "/meetings/report")
        return renderer.page(
            "meetings/list", title: L10n.t("meeting.title", l), view: view, context: context, request: request, status: status,
            active: "meetings")
    }

    func createBody(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditMeetings(in: p.jurisdictionPath, p), "meeting_edit")
        let f = try await request.formData()
        do {
            _ = try await services.meetings.createBody(jurisdictionId: f.int("jurisdictionId"), kind: f.string("kind"), name: f.string("name"), by: p)
            return Response(status: .seeOther, headers: [.location: "/meetings"])
        } catch AppError.validation(let issues) {
            return try await listPage(request, context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    // MARK: The form

    func newForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditMeetings(in: p.jurisdictionPath, p), "meeting_edit")
        let draft = MeetingDraft(bodyId: nil, ordinal: "", heldOn: "", chair: "", attendees: "", place: "", summary: "", agenda: [])
        return try await formPage(draft, meeting: nil, request: request, context: context)
    }

    func editForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let m = try await editable(context)
        let agenda = try await MeetingQueries.agenda(of: m.id, on: sql)
        let links = try await MeetingQueries.links(of: m.id, on: sql)
        let draft = MeetingDraft(
            bodyId: m.bodyId, ordinal: String(m.ordinal), heldOn: m.heldOn, chair: m.chair, attendees: m.attendees, place: m.place,
            summary: m.summary,
            agenda: agenda.map { a in
                .init(
                    id: a.id, kind: a.kind, title: a.title, outcome: a.outcome, planId: a.planId,
                    links: links.filter { $0.agendaItemId == a.id && $0.role == "subject" }.map { .init(kind: $0.targetKind, id: $0.targetId) })
            })
        return try await formPage(draft, meeting: m, request: request, context: context)
    }

    func formPage(
        _ draft: MeetingDraft, meeting m: MeetingRecord?, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok,
        issues: [ValidationIssue] = []
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let bodies = try await MeetingQueries.bodies(within: Access.meetingScope(p), on: sql).filter {
            Access.canEditMeetings(in: $0.jurisdictionPath, p)
        }
        let plans =
            if let m { try await PlanQueries.inSubtree(path: m.jurisdictionPath, on: sql) } else {
                try await PlanQueries.visible(scope: Access.meetingScope(p), on: sql)
            }
        // Four empty lines to add to; a long agenda gets more by saving and editing again.
        let lines = draft.agenda + Array(repeating: MeetingDraft.Agenda(id: nil, kind: "", title: "", outcome: "", planId: nil, links: []), count: 4)
        let view = MeetingFormView(
            isNew: m == nil, id: m?.id ?? 0, version: m?.version ?? 0, action: m.map { "/meetings/\($0.id)" } ?? "/meetings",
            bodies: bodies.map { .init(value: String($0.id), label: $0.jurisdictionName + " · " + $0.name, selected: $0.id == draft.bodyId) },
            ordinal: draft.ordinal, heldOn: draft.heldOn, chair: draft.chair, attendees: draft.attendees, place: draft.place,
            summary: draft.summary,
            rows: lines.enumerated().map { i, a in
                .init(
                    index: i + 1, id: a.id.map(String.init) ?? "",
                    kinds: AgendaKind.allCases.map {
                        .init(value: $0.rawValue, label: L10n.t("agendaKind." + $0.rawValue, l), selected: $0.rawValue == a.kind)
                    },
                    title: a.title,
                    outcomes: [MeetingOption(value: "", label: "—", selected: a.outcome.isEmpty)]
                        + ReviewOutcome.allCases.map {
                            .init(value: $0.rawValue, label: L10n.t("reviewOutcome." + $0.rawValue, l), selected: $0.rawValue == a.outcome)
                        },
                    plans: [MeetingOption(value: "", label: "—", selected: a.planId == nil)]
                        + plans.map { .init(value: String($0.id), label: $0.title, selected: $0.id == a.planId) },
                    links: a.links.map { "\($0.kind):\($0.id)" }.joined(separator: " "))
            },
            errors: issues.map { Self.issueText($0, l) }, hasErrors: !issues.isEmpty, cancelURL: m.map { "/meetings/\($0.id)" } ?? "/meetings")
        return renderer.page(
            "meetings/form", title: L10n.t(m == nil ? "meeting.new" : "meeting.edit", l), view: view, context: context, request: request,
            status: status, active: "meetings")
    }

    /// The form's agenda lines as a draft: parallel fields, one value per line; a line with a blank title is left out.
    static func draft(_ f: FormData) -> (MeetingDraft, [ValidationIssue]) {
        let ids = f.fields["agendaId"] ?? [], kinds = f.fields["agendaKind"] ?? [], titles = f.fields["agendaTitle"] ?? []
        let outcomes = f.fields["agendaOutcome"] ?? [], plans = f.fields["agendaPlanId"] ?? [], links = f.fields["agendaLinks"] ?? []
        func at(_ list: [String], _ i: Int) -> String { i < list.count ? list[i] : "" }
        var agenda: [MeetingDraft.Agenda] = []
        var issues: [ValidationIssue] = []
        for i in titles.indices where !titles[i].trimmed.isEmpty {
            let parsed = MeetingDraft.parseLinks(at(links, i))
            if parsed == nil { issues.append(ValidationIssue(field: "agenda[\(agenda.count)].links", code: .invalidChoice)) }
            let kind = at(kinds, i)
            agenda.append(
                .init(
                    id: Int(at(ids, i)), kind: kind, title: titles[i], outcome: kind == AgendaKind.review.rawValue ? at(outcomes, i) : "",
                    planId: kind == AgendaKind.review.rawValue ? Int(at(plans, i)) : nil,
                    links: kind == AgendaKind.report.rawValue ? parsed ?? [] : []))
        }
        let draft = MeetingDraft(
            bodyId: f.int("bodyId"), ordinal: f.string("ordinal"), heldOn: f.string("heldOn"), chair: f.string("chair"),
            attendees: f.string("attendees"), place: f.string("place"), summary: f.string("summary"), agenda: agenda)
        return (draft, issues)
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditMeetings(in: p.jurisdictionPath, p), "meeting_edit")
        let (draft, typed) = Self.draft(try await request.formData())
        do {
            if !typed.isEmpty { throw AppError.validation(typed) }
            let m = try await services.meetings.create(draft, by: p)
            return Response(status: .seeOther, headers: [.location: "/meetings/\(m.id)"])
        } catch AppError.validation(let issues) {
            return try await formPage(draft, meeting: nil, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let m = try await editable(context)
        let f = try await request.formData()
        let (draft, typed) = Self.draft(f)
        do {
            if !typed.isEmpty { throw AppError.validation(typed) }
            _ = try await services.meetings.update(m.id, draft, baseVersion: f.int("version") ?? 0, by: try context.requirePrincipal())
            return Response(status: .seeOther, headers: [.location: "/meetings/\(m.id)"])
        } catch AppError.validation(let issues) {
            return try await formPage(draft, meeting: m, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    // MARK: The meeting

    func meeting(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let m = try await readable(context)
        return try await meetingPage(m, request: request, context: context)
    }

    func meetingPage(
        _ m: MeetingRecord, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = []
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let agenda = try await MeetingQueries.agenda(of: m.id, on: sql)
        let links = try await MeetingQueries.links(of: m.id, on: sql)
        let cascades = try await MeetingQueries.cascades(of: m.id, on: sql)
        let plans = try await PlanQueries.byIDs(Array(Set(agenda.compactMap(\.planId))), on: sql)
        let canEdit = Access.canEditMeetings(in: m.jurisdictionPath, p)
        func link(_ r: MeetingLinkRecord) -> MeetingPageView.Link {
            let seen = r.targetPath.map { p.sees(jurisdictionPath: $0) } ?? false
            let path = r.targetKind == "plan" ? "/plans/" : r.targetKind == "item" ? "/items/" : "/matters/"
            return .init(
                url: seen ? path + String(r.targetId) : "", label: seen ? (r.targetTitle ?? "") : L10n.t("meeting.linkGone", l),
                kind: L10n.t("meeting.linkKind." + r.targetKind, l), gone: !seen)
        }
        func rows(_ kind: AgendaKind) -> [MeetingPageView.Agenda] {
            agenda.filter { $0.agendaKind == kind }.enumerated().map { i, a in
                let plan = plans.first { $0.id == a.planId }
                let mine = links.filter { $0.agendaItemId == a.id }
                let results = mine.filter { $0.role == "result" }
                let resultItems = results.filter { $0.targetKind == "item" && $0.targetTitle != nil }
                let sent = cascades.filter { $0.agendaItemId == a.id }
                return .init(
                    id: a.id, number: i + 1, title: a.title, outcome: a.outcome.isEmpty ? "" : L10n.t("reviewOutcome." + a.outcome, l),
                    outcomeKey: a.outcome, hasOutcome: !a.outcome.isEmpty, planURL: plan.map { "/plans/\($0.id)" } ?? "",
                    planTitle: plan?.title ?? "", hasPlan: plan != nil, links: mine.filter { $0.role == "subject" }.map(link),
                    hasLinks: mine.contains { $0.role == "subject" }, results: results.map(link),
                    cascades: sent.map {
                        .init(
                            itemId: $0.itemId, label: L10n.fill("meeting.cascadeSent", l, String($0.receipts)),
                            sentAt: L10n.time($0.sentAt, l, in: services.clock.timeZone))
                    },
                    hasResults: !results.isEmpty,
                    resultItems: resultItems.map { .init(value: String($0.targetId), label: $0.targetTitle ?? "", selected: false) },
                    hasResultItems: !resultItems.isEmpty)
            }
        }
        var planOptions: [MeetingOption] = []
        var units: [MeetingOption] = []
        var targets: [MeetingOption] = []
        if canEdit {
            planOptions = try await sql.all(
                PlanRecord.self, "SELECT \(PlanQueries.columns) FROM plans WHERE jurisdiction_id = \(bind: m.jurisdictionId) ORDER BY title"
            ).map { .init(value: String($0.id), label: $0.title, selected: false) }
            units = try await UnitQueries.inJurisdiction(m.jurisdictionId, on: sql).map {
                .init(value: String($0.id), label: $0.name, selected: false)
            }
            targets = try await JurisdictionQueries.children(of: m.jurisdictionId, on: sql).map {
                .init(value: String($0.id), label: $0.name, selected: true)
            }
        }
        let reports = rows(.report), reviews = rows(.review), decisions = rows(.decision)
        let summary = Self.paragraphs(m.summary)
        let view = MeetingPageView(
            id: m.id, meetingId: m.id, title: Self.title(m, l), body: m.bodyName,
            jurisdiction: try await JurisdictionQueries.find(m.jurisdictionId, on: sql)?.name ?? "", number: Self.number(m.ordinal, l),
            date: L10n.date(m.heldOn, l), chair: m.chair, attendees: m.attendees, hasAttendees: !m.attendees.isEmpty, place: m.place,
            hasPlace: !m.place.isEmpty, summary: summary, hasSummary: !summary.isEmpty, reports: reports, hasReports: !reports.isEmpty,
            reviews: reviews, hasReviews: !reviews.isEmpty, decisions: decisions, hasDecisions: !decisions.isEmpty, canEdit: canEdit,
            plans: planOptions, units: units,
            levels: MatterLevel.allCases.map { .init(value: $0.rawValue, label: L10n.t("matterLevel." + $0.rawValue, l), selected: $0 == .key) },
            targets: targets, hasTargets: !targets.isEmpty, errors: issues.map { Self.issueText($0, l) }, hasErrors: !issues.isEmpty)
        return renderer.page(
            "meetings/meeting", title: view.title, view: view, context: context, request: request, status: status, isDemo: m.isDemo,
            active: "meetings")
    }

    // MARK: What a decision becomes

    func decisionToItem(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (m, agendaId) = try await decision(context)
        let f = try await request.formData()
        let input = MeetingService.ItemInput(
            planId: f.int("planId"), parentItemId: f.int("parentItemId"), title: f.string("title"), leadUnitId: f.int("leadUnitId"),
            deadline: f.string("deadline"))
        return try await followUp(m, request: request, context: context) {
            _ = try await services.meetings.decisionToItem(meetingId: m.id, agendaId: agendaId, input, by: try context.requirePrincipal())
        }
    }

    func decisionToMatter(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (m, agendaId) = try await decision(context)
        let f = try await request.formData()
        let input = MeetingService.MatterInput(
            subject: f.string("subject"), level: f.string("level"), leadUnitId: f.int("leadUnitId"), deadline: f.string("deadline"),
            requiredResult: f.string("requiredResult"))
        return try await followUp(m, request: request, context: context) {
            _ = try await services.meetings.decisionToMatter(meetingId: m.id, agendaId: agendaId, input, by: try context.requirePrincipal())
        }
    }

    func decisionToCascade(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (m, agendaId) = try await decision(context)
        let f = try await request.formData()
        let input = CascadeService.SendInput(
            targetJurisdictionIds: f.ints("targetJurisdictionIds"), instruction: f.string("instruction"), deadline: f.string("deadline"))
        return try await followUp(m, request: request, context: context) {
            _ = try await services.meetings.decisionToCascade(
                meetingId: m.id, agendaId: agendaId, itemId: f.int("itemId"), input, by: try context.requirePrincipal())
        }
    }

    private func followUp(
        _ m: MeetingRecord, request: Request, context: AppRequestContext, _ action: () async throws -> Void
    ) async throws -> Response {
        do {
            try await action()
            return Response(status: .seeOther, headers: [.location: "/meetings/\(m.id)#decisions"])
        } catch AppError.validation(let issues) {
            return try await meetingPage(m, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    // MARK: Minutes

    /// GET /meetings/{id}/minutes: the minutes (会议纪要) on A4, headed in red with the body's name like a notice.
    func minutes(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let m = try await readable(context)
        let agenda = try await MeetingQueries.agenda(of: m.id, on: sql)
        func lines(_ kind: AgendaKind) -> [MeetingMinutesView.Line] {
            agenda.filter { $0.agendaKind == kind }.enumerated().map { i, a in
                let outcome = a.outcome.isEmpty ? "" : (l == .zh ? "（" : " (") + L10n.t("reviewOutcome." + a.outcome, l) + (l == .zh ? "）" : ")")
                return .init(number: l == .zh ? "\(i + 1)．" : "\(i + 1).", text: a.title + outcome)
            }
        }
        var sections: [MeetingMinutesView.Section] = []
        for kind in AgendaKind.allCases {
            let found = lines(kind)
            if found.isEmpty { continue }
            let heading = l == .zh ? ChineseNumeral.format(sections.count + 1) + "、" : "\(sections.count + 1). "
            sections.append(.init(heading: heading + L10n.t("meeting.minutes.section." + kind.rawValue, l), lines: found))
        }
        var facts: [MeetingMinutesView.Line] = [
            .init(number: L10n.t("meeting.field.heldOn", l), text: L10n.date(m.heldOn, l)),
            .init(number: L10n.t("meeting.field.chair", l), text: m.chair)
        ]
        if !m.place.isEmpty { facts.insert(.init(number: L10n.t("meeting.field.place", l), text: m.place), at: 1) }
        if !m.attendees.isEmpty { facts.append(.init(number: L10n.t("meeting.field.attendees", l), text: m.attendees)) }
        let summary = Self.paragraphs(m.summary)
        let view = MeetingMinutesView(
            issuer: m.bodyName, title: Self.title(m, l) + (l == .zh ? "纪要" : ": minutes"), meetingURL: "/meetings/\(m.id)", facts: facts,
            sections: sections, summary: summary, hasSummary: !summary.isEmpty, date: L10n.date(m.heldOn, l))
        return renderer.page("meetings/minutes", title: view.title, view: view, context: context, request: request)
    }

    // MARK: Helpers

    /// 第六次会议 / 6th meeting.
    static func number(_ ordinal: Int, _ l: Language) -> String {
        l == .zh ? MeetingNumber.chinese(ordinal) : MeetingNumber.english(ordinal)
    }

    /// 中共浙江省委全面深化改革委员会第六次会议 / 中共浙江省委全面深化改革委员会, 6th meeting.
    static func title(_ m: MeetingRecord, _ l: Language) -> String {
        l == .zh ? m.bodyName + MeetingNumber.chinese(m.ordinal) : m.bodyName + ", " + MeetingNumber.english(m.ordinal)
    }

    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n").map(\.trimmed).filter { !$0.isEmpty }
    }

    /// An issue as the page says it; agenda lines are named by their number (议程第2项：标题不能为空).
    static func issueText(_ issue: ValidationIssue, _ l: Language) -> String {
        guard issue.field.hasPrefix("agenda["), let close = issue.field.firstIndex(of: "]"),
            let index = Int(issue.field[issue.field.index(issue.field.startIndex, offsetBy: 7)..<close])
        else { return L10n.issue(issue, l, scope: "meeting") }
        let field = String(issue.field[issue.field.index(after: close)...].drop(while: { $0 == "." }))
        let inner = ValidationIssue(field: "agenda." + field, code: issue.code, limit: issue.limit, value: issue.value)
        return L10n.fill("meeting.agendaLine", l, String(index + 1)) + L10n.issue(inner, l, scope: "meeting")
    }

    func readable(_ context: AppRequestContext) async throws -> MeetingRecord {
        try await MeetingsAPI(services: services).readMeeting(try context.parameters.require("id", as: Int.self), context)
    }

    private func editable(_ context: AppRequestContext) async throws -> MeetingRecord {
        let m = try await readable(context)
        try Access.require(Access.canEditMeetings(in: m.jurisdictionPath, try context.requirePrincipal()), "meeting_edit")
        return m
    }

    /// The meeting and the agenda id of a decision's form: 404 and 403 before the form is read.
    private func decision(_ context: AppRequestContext) async throws -> (MeetingRecord, Int) {
        let m = try await editable(context)
        let agendaId = try context.parameters.require("agendaId", as: Int.self)
        return (m, agendaId)
    }
}
