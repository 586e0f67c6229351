import Hummingbird
import ReformCore
import SQLKit

/// Obstacles (堵点 / 难点 / 痛点) raised on items, the office's queue (归口收集) and decision, the escalation chain up the
/// jurisdiction tree (专项专办 / 绿色通道), and consultations (会商); on the item page, its obstacles with their chains.
enum ObstaclesFeature: Feature {
    static let sectionKey = "obstacles"

    /// The supervision vocabulary's namespaces this feature names.
    static let vocabulary = ["obstacleKind", "obstacleDecision", "obstacleState", "obstacleAction", "escalationHopState", "escalationRefusal"]

    static func register(_ routes: FeatureRoutes) {
        let pages = ObstaclePages(services: routes.services)
        routes.pages.get("/obstacles") { request, context in try await pages.queue(request, context) }
        routes.pages.get("/obstacles/:id") { request, context in try await pages.obstacle(request, context) }
        routes.pages.post("/obstacles/:id/steps") { request, context in try await pages.step(request, context) }
        routes.pages.post("/obstacles/:id/escalations") { request, context in try await pages.escalate(request, context) }
        routes.pages.post("/escalations/:id/answer") { request, context in try await pages.answerEscalation(request, context) }
        routes.pages.post("/items/:id/obstacles") { request, context in try await pages.raise(request, context) }
        let consultations = ConsultationPages(services: routes.services)
        routes.pages.get("/consultations") { request, context in try await consultations.list(request, context) }
        routes.pages.post("/consultations") { request, context in try await consultations.create(request, context) }
        routes.pages.get("/consultations/:id") { request, context in try await consultations.consultation(request, context) }
        routes.pages.post("/consultations/:id/decisions") { request, context in try await consultations.decide(request, context) }
        ObstaclesAPI(services: routes.services).register(on: routes.api)
    }

    static var itemPageSections: [ItemPageSection] {
        [ItemPageSection(key: sectionKey) { input in try await section(input) }]
    }

    static var inboxSources: [InboxSource] {
        [
            InboxSource(
                key: "obstacles",
                countQuery: { principal, _ in ObstacleQueries.inboxCount(principal) },
                section: { input in
                    let sql = input.services.database.sql
                    let l = input.context.language
                    let list = try await ObstacleQueries.inbox(input.principal, limit: 200, on: sql)
                    if list.isEmpty { return nil }
                    let rows = try await ObstaclePages.rows(list, today: input.services.clock.today, l, on: sql)
                    return .list(
                        title: L10n.t("obstacle.inbox", l),
                        rows: rows.map { r in
                            InboxRow(
                                label: r.kind + " · " + r.whatBlocks, link: "/obstacles/\(r.id)",
                                detail: r.waitingOn.isEmpty ? r.state + " · " + r.unit : L10n.t("obstacleState.escalated", l) + " · " + r.item,
                                due: r.respondBy, late: r.late)
                        })
                })
        ]
    }

    /// The item's obstacles the reader may see, each with its escalation chain; the raise form for the item's units.
    static func section(_ input: ItemPageSectionInput) async throws -> String? {
        let sql = input.services.database.sql
        let l = input.context.language
        let principal = try input.context.requirePrincipal()
        let item = input.item
        let all = try await ObstacleQueries.ofItem(item.id, on: sql)
        let hops = Dictionary(grouping: try await ObstacleQueries.escalations(of: all.map(\.id), on: sql), by: \.obstacleId)
        let visible = all.filter { Access.seesObstacle($0, escalatedToUnits: (hops[$0.id] ?? []).compactMap(\.toUnitId), principal) }
        let participants = try await ItemQueries.participants(of: [item.id], on: sql).map(\.unitId)
        let canRaise = Access.canRaiseObstacle(leadUnitId: item.leadUnitId, participantUnitIds: participants, principal)
        if visible.isEmpty, !canRaise { return nil }
        let state = input.state as? ObstacleSectionState
        let today = input.services.clock.today
        let view = ObstacleSectionView(
            itemId: item.id,
            rows: visible.map { o in
                let rounds = ObstaclePages.rounds(hops[o.id] ?? [], today: today, l)
                return .init(
                    id: o.id, kind: L10n.t("obstacleKind." + o.kind, l), kindKey: o.kind, whatBlocks: o.whatBlocks,
                    state: L10n.t("obstacleState." + o.state, l), stateKey: o.state, answer: o.answer, hasAnswer: !o.answer.isEmpty,
                    rounds: rounds, hasChain: !rounds.isEmpty)
            },
            hasRows: !visible.isEmpty, canRaise: canRaise,
            kinds: ObstacleKind.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("obstacleKind." + $0.rawValue, l), selected: state?.draft.kind == $0.rawValue)
            },
            whatBlocks: state?.draft.whatBlocks ?? "", whatIsAsked: state?.draft.whatIsAsked ?? "", askedOf: state?.draft.askedOf ?? "",
            errors: (state?.issues ?? []).map { L10n.issue($0, l, scope: "obstacle") }, hasErrors: !(state?.issues ?? []).isEmpty)
        return input.services.renderer.fragment("obstacles/item_obstacles", view: view, context: input.context)
    }
}
