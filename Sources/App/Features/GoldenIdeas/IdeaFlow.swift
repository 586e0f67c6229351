import ReformCore

/// Where a submitted idea stands (金点子): in moderation until the office lets it be public, hides it or merges it into
/// another; then triage into expert review (or an answer that declines it), the shortlist with its public notice (公示),
/// the award with its tier, and adoption.
enum IdeaState: String, CaseIterable, Sendable, Codable {
    case submitted
    case published
    case hidden
    case merged
    case inReview = "in_review"
    case declined
    case shortlisted
    case awarded
    case adopted

    /// Shown on the public pages (the others stay between the submitter and the office).
    var isPublic: Bool { ![.submitted, .hidden, .merged].contains(self) }
}

enum IdeaAction: String, CaseIterable, Sendable {
    case approve, hide, merge, triage, decline, shortlist, award, adopt
}

/// What an action needs and what it gives: a pure state machine, tested without a database.
enum IdeaFlow {
    enum Refusal: String, Error, Equatable, Sendable {
        /// The action does not apply in this state.
        case notNow = "idea_not_now"
        /// Hiding, merging and declining say why.
        case reasonRequired = "idea_reason_required"
        case targetRequired = "idea_target_required"
        case tierRequired = "idea_tier_required"
        case linksRequired = "idea_links_required"
        /// The shortlist's public notice (公示) has not ended: objections may still come.
        case noticeRunning = "idea_notice_running"
        case notScored = "idea_not_scored"
        /// An objection lodged during the notice has not been decided yet.
        case objectionsOpen = "idea_objections_open"
        /// An objection was upheld: the idea is not awarded (decline it with an answer).
        case objectionUpheld = "idea_objection_upheld"
    }

    struct Context: Sendable, Equatable {
        var reason = ""
        var hasTarget = false
        var tier = ""
        var hasLinks = false
        var today: LocalDate
        var noticeUntil: LocalDate?
        var scoreCount = 0
        var openObjections = 0
        var upheldObjections = 0
    }

    static let from: [IdeaAction: Set<IdeaState>] = [
        .approve: [.submitted],
        .hide: [.submitted, .published],
        .merge: [.submitted, .published],
        .triage: [.published],
        .decline: [.published, .inReview, .shortlisted],
        .shortlist: [.inReview],
        .award: [.shortlisted],
        .adopt: [.awarded]
    ]

    static let to: [IdeaAction: IdeaState] = [
        .approve: .published, .hide: .hidden, .merge: .merged, .triage: .inReview, .decline: .declined, .shortlist: .shortlisted,
        .award: .awarded, .adopt: .adopted
    ]

    /// The actions that apply in a state (for the office's buttons).
    static func actions(in state: IdeaState) -> [IdeaAction] { IdeaAction.allCases.filter { from[$0]!.contains(state) } }

    static func next(_ state: IdeaState, _ action: IdeaAction, _ c: Context) -> Result<IdeaState, Refusal> {
        guard from[action]!.contains(state) else { return .failure(.notNow) }
        switch action {
        case .hide, .decline:
            if c.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .failure(.reasonRequired) }
        case .merge:
            if c.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .failure(.reasonRequired) }
            if !c.hasTarget { return .failure(.targetRequired) }
        case .shortlist:
            if c.scoreCount == 0 { return .failure(.notScored) }
        case .award:
            if let until = c.noticeUntil, c.today <= until { return .failure(.noticeRunning) }
            if c.openObjections > 0 { return .failure(.objectionsOpen) }
            if c.upheldObjections > 0 { return .failure(.objectionUpheld) }
            if c.tier.trimmingCharacters(in: .whitespaces).isEmpty { return .failure(.tierRequired) }
        case .adopt:
            if !c.hasLinks { return .failure(.linksRequired) }
        case .approve, .triage:
            break
        }
        return .success(to[action]!)
    }
}
