import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The office's judgement of an item (研判): on the item page its current rating beside the light, the history, the form,
/// and after a red one the way to raise a matter in one click; the API reads and records them.
enum JudgementsFeature: Feature {
    static let sectionKey = "judgements"

    static func register(_ routes: FeatureRoutes) {
        let services = routes.services
        routes.pages.post("/items/:id/judgements") { request, context in
            let id = try context.parameters.require("id", as: Int.self)
            let guarded = try AccessGuard(context, sql: services.database.sql)
            let (item, _) = try await guarded.readItem(id)
            try Access.requireOffice(guarded.principal, jurisdictionPath: item.jurisdictionPath, "judge_item")
            let f = try await request.formData()
            let values = JudgementSectionState(period: f.string("period"), rating: f.string("rating"), reason: f.string("reason"), issues: [])
            do {
                _ = try await services.judgements.record(
                    itemId: id, period: values.period, rating: values.rating, reason: values.reason, by: guarded.principal)
                return Response(status: .seeOther, headers: [.location: "/items/\(id)#judgements"])
            } catch AppError.validation(let issues) {
                var state = values
                state.issues = issues
                return try await ItemPages(services: services).itemPage(
                    item, amendIssues: [], amendValues: [:], request: request, context: context, status: .unprocessableContent,
                    sectionState: [sectionKey: state])
            }
        }
        JudgementsAPI(services: services).register(on: routes.api)
    }

    static var itemPageSections: [ItemPageSection] {
        [ItemPageSection(key: sectionKey) { input in try await section(input) }]
    }

    /// Shown to those who read the item: its judgements; the form to the office of its jurisdiction.
    static func section(_ input: ItemPageSectionInput) async throws -> String? {
        let sql = input.services.database.sql
        let l = input.context.language
        let principal = try input.context.requirePrincipal()
        let item = input.item
        let records = try await JudgementQueries.history(ofItem: item.id, on: sql)
        let history = records.compactMap(\.judgement)
        let current = JudgementHistory.current(history)
        let canJudge = Access.canEditPlans(in: item.jurisdictionPath, principal)
        let schedule = try await ReportQueries.planReporting(item.planId, on: sql).reportingSchedule ?? .monthly(day: 31)
        let inForce = schedule.period(inForceOn: input.services.clock.today)
        let state = input.state as? JudgementSectionState
        let periods = [inForce.previous, inForce].compactMap { $0 }
        let view = JudgementSectionView(
            itemId: item.id, hasCurrent: current != nil,
            current: current.map { Self.row($0, l) } ?? JudgementSectionView.Row(period: "", rating: "", ratingKey: "", reason: "", by: "", at: ""),
            trend: JudgementHistory.trend(history).map { L10n.t("judgement.trend." + $0.rawValue, l) } ?? "",
            hasTrend: JudgementHistory.trend(history) != nil,
            history: history.map { Self.row($0, l, timeZone: input.services.clock.timeZone) }, hasHistory: history.count > 1,
            canJudge: canJudge,
            periods: periods.map { p in
                .init(value: p.key, label: l == .zh ? p.chineseLabel : p.englishLabel, selected: p.key == (state?.period ?? inForce.key))
            },
            ratings: JudgementRating.allCases.map { r in
                .init(value: r.rawValue, label: L10n.t("judgement." + r.rawValue, l), selected: r.rawValue == state?.rating)
            },
            reason: state?.reason ?? "",
            errors: (state?.issues ?? []).map { L10n.issue($0, l, scope: "judgement") }, hasErrors: !(state?.issues ?? []).isEmpty,
            canRaiseMatter: current?.rating.raisesMatter == true && Access.canRaiseMatters(principal) && canJudge,
            raiseURL: "/matters/new?item=\(item.id)&source=\(MatterSourceKind.redJudgement.rawValue)")
        return input.services.renderer.fragment("judgements/item_judgements", view: view, context: input.context)
    }

    static func row(_ j: Judgement, _ l: Language, timeZone: TimeZone? = nil) -> JudgementSectionView.Row {
        .init(
            period: l == .zh ? j.period.chineseLabel : j.period.englishLabel, rating: L10n.t("judgement." + j.rating.rawValue, l),
            ratingKey: j.rating.rawValue, reason: j.reason, by: j.by,
            at: timeZone.map { L10n.time(Timestamp.of(j.at), l, in: $0) } ?? "")
    }
}

/// What the judgement form held when a post to it failed.
struct JudgementSectionState: Sendable {
    var period: String
    var rating: String
    var reason: String
    var issues: [ValidationIssue]
}

/// The item page's 研判 section (`judgements/item_judgements.mustache`).
struct JudgementSectionView {
    struct Row {
        var period: String
        var rating: String
        var ratingKey: String
        var reason: String
        var by: String
        var at: String
    }
    struct Choice {
        var value: String
        var label: String
        var selected: Bool
    }
    var itemId: Int
    var hasCurrent: Bool
    var current: Row
    var trend: String
    var hasTrend: Bool
    var history: [Row]
    var hasHistory: Bool
    var canJudge: Bool
    var periods: [Choice]
    var ratings: [Choice]
    var reason: String
    var errors: [String]
    var hasErrors: Bool
    var canRaiseMatter: Bool
    var raiseURL: String
}

extension ReportingPeriod {
    /// The period before this one (nil before year 1900).
    var previous: ReportingPeriod? {
        index > 1
            ? ReportingPeriod(kind: kind, year: year, index: index - 1) : ReportingPeriod(kind: kind, year: year - 1, index: kind == .month ? 12 : 4)
    }
}
