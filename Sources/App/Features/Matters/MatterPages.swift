import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The matters' pages: the ledger (督办台账) with its exports, raising a matter (立项), and a matter's page with its chain,
/// the step forms the reader may use and the requests for more time.
struct MatterPages: PageHandlers {
    let services: AppServices

    // MARK: The ledger

    func ledger(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let filter = try await scopedFilter(request, guarded)
        let today = services.clock.today
        let page = try await MatterQueries.page(filter, principal: guarded.principal, today: today, on: sql)
        let rows = page.rows.enumerated().map { index, m in
            Self.row(
                m, seq: (filter.page - 1) * filter.perPage + index + 1, units: page.units[m.id] ?? [], judgement: page.judgements[m.id], today: today,
                l)
        }
        let base = filter.queryItems(overriding: ["page": nil])
        let exportQuery = QueryString.encode(filter.queryItems(overriding: ["page": nil, "per_page": nil]))
        let exportSuffix = exportQuery.isEmpty ? "" : "?" + exportQuery
        let lastPage = max(1, (page.total + filter.perPage - 1) / filter.perPage)
        let units = try await MatterQueries.unitOptions(within: guarded.listScope, on: sql)
        let view = MatterLedgerView(
            rows: rows, hasRows: !rows.isEmpty, totalText: L10n.fill("matter.total", l, String(page.total)), q: filter.query,
            jurisdictionId: filter.jurisdictionId.map(String.init) ?? "",
            unitOptionsHTML: HTMLText.options(units.map { ($0.id, $0.name, $0.id == filter.unitId) }),
            states: MatterState.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("matterState." + $0.rawValue, l), checked: filter.states.contains($0))
            },
            levels: MatterLevel.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("matterLevel." + $0.rawValue, l), checked: filter.levels.contains($0))
            },
            lights: ScheduleLight.allCases.map { .init(value: $0.rawValue, label: L10n.light($0, l), checked: filter.lights.contains($0)) },
            perPages: [20, 50, 100, 200].map { .init(value: $0, selected: $0 == filter.perPage) },
            pageText: L10n.fill("matter.page", l, String(filter.page), String(lastPage)),
            hasPrev: filter.page > 1, hasNext: filter.page < lastPage,
            prevURL: filter.page > 1 ? "/matters?" + QueryString.encode(base + [("page", String(filter.page - 1))]) : "",
            nextURL: filter.page < lastPage ? "/matters?" + QueryString.encode(base + [("page", String(filter.page + 1))]) : "",
            resetURL: "/matters" + (filter.jurisdictionId.map { "?jurisdiction=\($0)" } ?? ""),
            exportXlsxURL: "/matters/export.xlsx" + exportSuffix, exportCsvURL: "/matters/export.csv" + exportSuffix,
            canRaise: Access.canRaiseMatters(guarded.principal))
        return renderer.page(
            "matters/matters", title: L10n.t("matter.title", l), view: view, context: context, request: request,
            isDemo: page.rows.contains { $0.isDemo }, active: "matters")
    }

    /// GET /matters/export.xlsx and .csv: every row of the view the ledger shows (same parameters, same scope).
    func export(_ request: Request, _ context: AppRequestContext, format: LedgerExportFormat) async throws -> Response {
        let guarded = try AccessGuard(context, sql: sql)
        let filter = try await scopedFilter(request, guarded)
        let export = MatterExport(
            db: sql, filter: filter, principal: guarded.principal, format: format, language: context.language, today: services.clock.today)
        return try await export.response(logger: context.logger)
    }

    /// The filter from the URL, with a named jurisdiction checked to be in view (else 404).
    private func scopedFilter(_ request: Request, _ guarded: AccessGuard) async throws -> MatterFilter {
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        let filter = try MatterFilter.parse(params)
        if let jid = filter.jurisdictionId { _ = try await guarded.readJurisdiction(jid) }
        if let unit = filter.unitId { _ = try await guarded.readUnit(unit) }
        return filter
    }

    static func row(
        _ m: MatterRecord, seq: Int, units: [MatterUnitRecord], judgement: JudgementRating?, today: LocalDate, _ l: Language
    ) -> MatterLedgerView.Row {
        let light = m.light(today: today)
        return MatterLedgerView.Row(
            id: m.id, seq: seq, subject: m.subject, level: L10n.t("matterLevel." + m.level, l), levelKey: m.level,
            source: L10n.t("matterSource." + m.sourceKind, l),
            lead: units.first(where: \.isLead)?.displayName ?? "",
            coUnits: units.filter { !$0.isLead }.map(\.displayName).joined(separator: "、"),
            leader: m.responsibleLeader, deadline: L10n.date(m.deadline, l), deadlineChanged: m.deadline != m.originalDeadline,
            originalDeadline: L10n.date(m.originalDeadline, l), delayCount: m.delayCount,
            state: L10n.t("matterState." + m.state, l), stateKey: m.state, light: light.rawValue, lightName: L10n.light(light, l),
            judgement: judgement.map { L10n.t("judgement." + $0.rawValue, l) } ?? "", judgementKey: judgement?.rawValue ?? "",
            opened: L10n.date(m.openedOn, l), isDemo: m.isDemo)
    }

    // MARK: Raising a matter

    func newForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let guarded = try AccessGuard(context, sql: sql)
        try guarded.requireMatterRaiser()
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        var draft = Self.blankDraft
        if let raw = params["item"]?.last {
            guard let itemId = Int(raw), itemId > 0 else { throw AppError.badRequest(parameter: "item", message: "expected an item id") }
            let (item, participants) = try await guarded.readItem(itemId)
            draft.itemIds = [item.id]
            draft.leadUnitId = item.leadUnitId
            draft.coUnitIds = participants.filter { $0 != item.leadUnitId }
            draft.subject = item.number + item.title
            draft.responsibleLeader = item.responsibleLeader
            draft.requiredResult = item.expectedResults
        }
        if let source = params["source"]?.last, MatterSourceKind(rawValue: source) != nil { draft.source = source }
        return try await formPage(draft, issues: [], request: request, context: context)
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try AccessGuard(context, sql: sql).requireMatterRaiser()
        let f = try await request.formData()
        let rawFinding = f.string("findingId").trimmingCharacters(in: .whitespaces)
        let draft = MatterDraft(
            subject: f.string("subject"), level: f.string("level"), source: f.string("source"), instructionText: f.string("instructionText"),
            instructedBy: f.string("instructedBy"), instructedOn: f.string("instructedOn"), meetingReference: f.string("meetingReference"),
            findingId: Int(rawFinding), leadUnitId: f.int("leadUnitId"), coUnitIds: f.ints("coUnitIds"),
            responsibleLeader: f.string("responsibleLeader"), deadline: f.string("deadline"), requiredResult: f.string("requiredResult"),
            itemIds: f.ints("itemIds"))
        if !rawFinding.isEmpty, draft.findingId == nil {
            return try await formPage(
                draft, issues: [ValidationIssue(field: "findingId", code: .invalidNumber)], request: request, context: context,
                status: .unprocessableContent)
        }
        do {
            let saved = try await services.matters.create(draft, by: principal)
            return Response(status: .seeOther, headers: [.location: "/matters/\(saved.id)"])
        } catch AppError.validation(let issues) {
            return try await formPage(draft, issues: issues, request: request, context: context, status: .unprocessableContent)
        }
    }

    static let blankDraft = MatterDraft(
        subject: "", level: MatterLevel.general.rawValue, source: MatterSourceKind.leaderInstruction.rawValue, instructionText: "",
        instructedBy: "", instructedOn: "", meetingReference: "", findingId: nil, leadUnitId: nil, coUnitIds: [], responsibleLeader: "",
        deadline: "", requiredResult: "", itemIds: [])

    private func formPage(
        _ d: MatterDraft, issues: [ValidationIssue], request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let units = try await MatterQueries.unitOptions(within: guarded.listScope, on: sql)
        let unitChoices: [(value: String, label: String)] = units.map { (String($0.id), $0.name) }
        let items = try await MatterQueries.itemOptions(
            within: guarded.listScope, including: d.itemIds, today: services.clock.today, on: sql)
        let fields: [FormField] = [
            FormField(name: "subject", kind: .text, value: d.subject, required: true, wide: true),
            FormField(
                name: "level", kind: .select, value: d.level,
                options: MatterLevel.allCases.map { ($0.rawValue, L10n.t("matterLevel." + $0.rawValue, l)) }, required: true),
            FormField(
                name: "source", kind: .select, value: d.source,
                options: MatterSourceKind.allCases.map { ($0.rawValue, L10n.t("matterSource." + $0.rawValue, l)) }, required: true,
                hint: L10n.t("matter.hint.source", l)),
            FormField(name: "instructionText", kind: .textarea, value: d.instructionText, wide: true),
            FormField(name: "instructedBy", kind: .text, value: d.instructedBy),
            FormField(name: "instructedOn", kind: .date, value: d.instructedOn),
            FormField(name: "meetingReference", kind: .text, value: d.meetingReference, wide: true),
            FormField(name: "findingId", kind: .number, value: d.findingId.map(String.init) ?? ""),
            FormField(
                name: "leadUnitId", kind: .select, value: d.leadUnitId.map(String.init) ?? "", options: [(value: "", label: "—")] + unitChoices,
                required: true),
            FormField(
                name: "coUnitIds", kind: .multiselect, options: unitChoices, selected: Set(d.coUnitIds.map(String.init)),
                hint: L10n.t("matter.hint.coUnitIds", l), wide: true),
            FormField(name: "responsibleLeader", kind: .text, value: d.responsibleLeader),
            FormField(name: "deadline", kind: .date, value: d.deadline, required: true),
            FormField(name: "requiredResult", kind: .textarea, value: d.requiredResult, required: true, wide: true),
            FormField(
                name: "itemIds", kind: .multiselect, options: items.map { (String($0.id), $0.number + $0.title) },
                selected: Set(d.itemIds.map(String.init)), wide: true)
        ]
        var view = FormPageView(
            heading: L10n.t("matter.new", l), action: "/matters", version: 0, fields: fields, issues: [], cancelURL: "/matters", language: l)
        // Labels and messages in the matters' own words (督办级别, not a jurisdiction's 层级).
        view.fields = view.fields.map { field in
            var f = field
            f.label = L10n.field(f.name, l, scope: "matter")
            let errors = issues.filter { $0.field == f.name }.map { L10n.issue($0, l, scope: "matter") }
            f.error = errors.joined(separator: "；")
            f.hasError = !errors.isEmpty
            return f
        }
        view.issues = issues.map { L10n.issue($0, l, scope: "matter") }
        view.hasIssues = !issues.isEmpty
        return renderer.page(
            "form", title: L10n.t("matter.new", l), view: view, context: context, request: request, status: status, active: "matters")
    }

    // MARK: A matter

    func matter(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        return try await matterPage(id, request: request, context: context)
    }

    /// POST /matters/{id}/steps: action, comment, version.
    func step(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).actOnMatter(id)
        let f = try await request.formData()
        guard let action = MatterAction(rawValue: f.string("action")) else {
            throw AppError.badRequest(
                parameter: "action", message: "expected one of \(MatterAction.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        do {
            _ = try await services.matters.act(id, action, comment: f.string("comment"), baseVersion: f.int("version") ?? 0, by: principal)
            return Response(status: .seeOther, headers: [.location: "/matters/\(id)"])
        } catch AppError.validation(let issues) {
            return try await matterPage(
                id, request: request, context: context, status: .unprocessableContent, stepIssues: issues, comment: f.string("comment"))
        }
    }

    /// POST /matters/{id}/extensions: requestedDeadline, reason, version.
    func askExtension(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).requestMatterExtension(id)
        let f = try await request.formData()
        do {
            _ = try await services.matters.requestExtension(
                id, requestedDeadline: f.string("requestedDeadline"), reason: f.string("reason"), baseVersion: f.int("version") ?? 0,
                by: principal)
            return Response(status: .seeOther, headers: [.location: "/matters/\(id)#extensions"])
        } catch AppError.validation(let issues) {
            return try await matterPage(
                id, request: request, context: context, status: .unprocessableContent, extensionIssues: issues,
                extensionValues: (f.string("requestedDeadline"), f.string("reason")))
        }
    }

    /// POST /matters/{id}/extensions/decision: decision (approve / refuse), decisionComment, version.
    func decideExtension(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).decideMatterExtension(id)
        let f = try await request.formData()
        let decision = f.string("decision")
        guard decision == "approve" || decision == "refuse" else {
            throw AppError.badRequest(parameter: "decision", message: "expected approve or refuse")
        }
        do {
            _ = try await services.matters.decideExtension(
                id, approve: decision == "approve", comment: f.string("decisionComment"), baseVersion: f.int("version") ?? 0, by: principal)
            return Response(status: .seeOther, headers: [.location: "/matters/\(id)#extensions"])
        } catch AppError.validation(let issues) {
            return try await matterPage(id, request: request, context: context, status: .unprocessableContent, decisionIssues: issues)
        }
    }

    private func matterPage(
        _ id: Int, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, stepIssues: [ValidationIssue] = [],
        comment: String = "", extensionIssues: [ValidationIssue] = [], extensionValues: (String, String) = ("", ""),
        decisionIssues: [ValidationIssue] = []
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let (m, units, actors) = try await guarded.readMatter(id)
        let today = services.clock.today
        let light = m.light(today: today)
        let steps = try await MatterQueries.steps(of: id, on: sql)
        let state = m.matterState
        let items = try await ItemQueries.byIDs(try await MatterQueries.itemIds(of: id, on: sql), on: sql)
        let participants = Dictionary(grouping: try await ItemQueries.participants(of: items.map(\.id), on: sql), by: \.itemId)
        let visibleItems = items.filter { i in
            Access.seesItem(
                jurisdictionPath: i.jurisdictionPath, leadUnitId: i.leadUnitId, participantUnitIds: (participants[i.id] ?? []).map(\.unitId),
                guarded.principal)
        }.sorted { $0.sortKey < $1.sortKey }
        let progress = MatterChain.progress(steps.compactMap(\.step))
        let firstOpen = state.isOpen ? progress.first(where: { $0.taken == nil })?.action : nil
        let extensions = try await MatterQueries.extensions(of: id, on: sql)
        let amendments = try await MatterQueries.amendments(of: id, on: sql)
        let pending = extensions.first(where: \.isPending)
        func extensionRow(_ e: MatterExtensionRecord) -> MatterPageView.ExtensionRow {
            .init(
                requested: L10n.date(e.requestedDeadline, l), current: L10n.date(e.currentDeadline, l), reason: e.reason,
                state: L10n.t("extensionState." + e.state, l), stateKey: e.state, by: e.requestedBy, at: displayTime(e.requestedAt, l),
                decidedBy: e.decidedBy ?? "", isDecided: e.decidedBy != nil, decisionComment: e.decisionComment)
        }
        let actions = Access.matterActions(state: state, actors: actors).map { action in
            MatterPageView.ActionButton(
                action: action.rawValue, label: L10n.t("matterAction." + action.rawValue, l),
                needsComment: Access.actor(for: action, from: state, among: actors).map(action.requiresComment(by:)) ?? false)
        }
        func messages(_ issues: [ValidationIssue]) -> String { issues.map { L10n.issue($0, l, scope: "matter") }.joined(separator: "；") }
        let detail = MatterPageView.Detail(
            id: m.id, version: m.version, subject: m.subject, level: L10n.t("matterLevel." + m.level, l), levelKey: m.level,
            source: L10n.t("matterSource." + m.sourceKind, l), state: L10n.t("matterState." + m.state, l), stateKey: m.state,
            light: light.rawValue, lightName: L10n.light(light, l), lead: units.first(where: \.isLead)?.name ?? "",
            coUnits: units.filter { !$0.isLead }.map(\.name).joined(separator: "、"), hasCoUnits: units.contains { !$0.isLead },
            leader: m.responsibleLeader, deadline: L10n.date(m.deadline, l), originalDeadline: L10n.date(m.originalDeadline, l),
            deadlineChanged: m.deadline != m.originalDeadline, delayCount: m.delayCount, requiredResult: m.requiredResult,
            opened: L10n.date(m.openedOn, l), closed: L10n.date(m.closedOn, l), hasClosed: m.closedOn != nil, createdBy: m.createdBy,
            hasInstruction: m.source == .leaderInstruction, instructionText: m.instructionText, instructedBy: m.instructedBy,
            instructedOn: L10n.date(m.instructedOn, l), hasMeeting: m.source == .meetingDecision, meetingReference: m.meetingReference,
            hasFinding: m.findingId != nil, findingId: m.findingId.map(String.init) ?? "")
        var chain: [MatterPageView.ChainStep] = []
        for (index, entry) in progress.enumerated() {
            let comment = entry.taken?.comment ?? ""
            chain.append(
                MatterPageView.ChainStep(
                    number: index + 1, label: L10n.t("matterAction." + entry.action.rawValue, l), done: entry.taken != nil,
                    current: entry.action == firstOpen,
                    at: entry.taken.map { L10n.time(Timestamp.of($0.at), l, in: services.clock.timeZone) } ?? "",
                    by: entry.taken?.actorName ?? "", comment: comment, hasComment: !comment.isEmpty))
        }
        let trail: [MatterPageView.TrailRow] = steps.map { s in
            MatterPageView.TrailRow(
                at: displayTime(s.at, l), actor: s.actorName, standing: L10n.t("supervisionActor." + s.actor, l),
                action: L10n.t("matterAction." + s.action, l), comment: s.comment)
        }
        let amendmentRows: [MatterPageView.AmendmentRow] = amendments.map { a in
            MatterPageView.AmendmentRow(
                oldDeadline: L10n.date(a.oldDeadline, l), newDeadline: L10n.date(a.newDeadline, l), reason: a.reason,
                approvedBy: a.approvedBy ?? "", at: displayTime(a.changedAt, l))
        }
        let standings = SupervisionActor.allCases.filter(actors.contains).map { L10n.t("supervisionActor." + $0.rawValue, l) }
        let itemLinks: [MatterPageView.ItemLink] = visibleItems.map { MatterPageView.ItemLink(id: $0.id, label: $0.number + $0.title) }
        let extensionRows: [MatterPageView.ExtensionRow] = extensions.map(extensionRow)
        let view = MatterPageView(
            matter: detail, items: itemLinks, hasItems: !itemLinks.isEmpty, chain: chain, trail: trail, actions: actions,
            hasActions: !actions.isEmpty, standing: L10n.fill("matter.yourStanding", l, standings.joined(separator: "、")),
            hasStanding: !actors.isEmpty, stepError: messages(stepIssues), hasStepError: !stepIssues.isEmpty, comment: comment,
            extensions: extensionRows, hasExtensions: !extensionRows.isEmpty, amendments: amendmentRows,
            hasAmendments: !amendmentRows.isEmpty, canAskExtension: actors.contains(.leadUnit) && state.isWithUnits && pending == nil,
            extensionError: messages(extensionIssues), hasExtensionError: !extensionIssues.isEmpty,
            requestedDeadline: extensionValues.0, reason: extensionValues.1, pending: pending.map(extensionRow),
            canDecide: actors.contains(.office) && pending != nil, decisionError: messages(decisionIssues),
            hasDecisionError: !decisionIssues.isEmpty)
        return renderer.page(
            "matters/matter", title: m.subject, view: view, context: context, request: request, status: status, isDemo: m.isDemo,
            active: "matters")
    }
}
