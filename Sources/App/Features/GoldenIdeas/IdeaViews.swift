/// The golden ideas' view models (office and public pages).
struct IdeaOption: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

struct IdeaCallRow: Sendable {
    var title: String
    var url: String
    var jurisdiction: String
    var period: String
    var isOpen: Bool
    var counts: String
}

struct IdeaIndexView: Sendable {
    var calls: [IdeaCallRow]
    var hasCalls: Bool
    var canCreate: Bool
}

struct IdeaCallFormView: Sendable {
    /// Where the form posts, its heading and button; an edit carries the version read and names the jurisdiction (which stays).
    var action: String
    var heading: String
    var submitLabel: String
    var isEdit: Bool
    var version: Int
    var jurisdictionName: String
    var unpublished: Bool
    var cancelURL: String
    var jurisdictions: [IdeaOption]
    var plans: [IdeaOption]
    var topic: String
    var rules: String
    var contact: String
    var opensOn: String
    var closesOn: String
    var categories: String
    var rewardTiers: String
    var criteria: String
    var noticeDays: String
    var errors: [String]
    var hasErrors: Bool
}

struct IdeaQueueRow: Sendable {
    var id: Int
    var url: String
    var title: String
    var category: String
    var state: String
    var stateCode: String
    var submittedAt: String
    var score: String
}

struct IdeaStateTab: Sendable {
    var label: String
    var url: String
    var count: Int
    var current: Bool
}

struct IdeaCallView: Sendable {
    var id: Int
    var topic: String
    var jurisdiction: String
    var period: String
    var publicURL: String
    var tabs: [IdeaStateTab]
    var hasTabs: Bool
    var rows: [IdeaQueueRow]
    var hasRows: Bool
    var nextURL: String
    var hasNext: Bool
    var reviewers: [String]
    var canManage: Bool
    var tiers: [String]
    var criteria: [String]
}

struct IdeaActionForm: Sendable {
    var action: String
    var label: String
    var needsReason: Bool
    var needsAnswer: Bool
    var needsTarget: Bool
    var needsTier: Bool
    var needsLinks: Bool
}

struct IdeaScoreField: Sendable {
    var name: String
    var label: String
    var value: String
}

struct IdeaSubmissionView: Sendable {
    var id: Int
    var version: Int
    var callTopic: String
    var callURL: String
    var title: String
    var idea: String
    var problem: String
    var category: String
    var submitter: String?
    var contact: String
    var showsContact: Bool
    var receiptCode: String?
    var state: String
    var stateCode: String
    var answer: String?
    var moderationReason: String?
    var tier: String?
    var noticeUntil: String?
    var adoption: String?
    var submittedAt: String
    var attachments: [IdeaOption]
    var hasAttachments: Bool
    var actions: [IdeaActionForm]
    var hasActions: Bool
    var tiers: [IdeaOption]
    var canScore: Bool
    var scoreFields: [IdeaScoreField]
    var meanScore: String
    var scoreCount: Int
    var links: [IdeaOption]
    var hasLinks: Bool
    var publicURL: String
    var isPublic: Bool
    var objections: [IdeaObjectionRow]
    var hasObjections: Bool
    var showsObjections: Bool
    var errors: [String]
    var hasErrors: Bool
}

// MARK: Public

struct PublicIdeaCallRow: Sendable {
    var topic: String
    var url: String
    var jurisdiction: String
    var period: String
    var isOpen: Bool
    var status: String
}

struct PublicIdeasView: Sendable {
    var calls: [PublicIdeaCallRow]
    var hasCalls: Bool
}

struct PublicIdeaRow: Sendable {
    var title: String
    var url: String
    var category: String
    var state: String
    var stateCode: String
    var tier: String?
}

struct PublicTierRow: Sendable {
    var name: String
    var reward: String
    var count: Int
}

struct PublicIdeaCallView: Sendable {
    var topic: String
    var jurisdiction: String
    var period: String
    var isOpen: Bool
    var status: String
    var rules: String?
    var contact: String?
    var categories: [String]
    var tiers: [PublicTierRow]
    var hasTiers: Bool
    var submitURL: String
    var shortlist: [PublicIdeaRow]
    var hasShortlist: Bool
    var noticeText: String
    var ideas: [PublicIdeaRow]
    var hasIdeas: Bool
}

struct PublicIdeaFormView: Sendable {
    var topic: String
    var callURL: String
    var action: String
    var formToken: String
    var categories: [IdeaOption]
    var hasCategories: Bool
    var title: String
    var idea: String
    var problem: String
    var name: String
    var contact: String
    var anonymous: Bool
    var errors: [String]
    var hasErrors: Bool
    var maxFiles: Int
    var duplicateURL: String
    var hasDuplicateURL: Bool
}

struct PublicIdeaLink: Sendable {
    var label: String
    var url: String
}

struct PublicIdeaView: Sendable {
    var title: String
    var callTopic: String
    var callURL: String
    var idea: String
    var problem: String
    var category: String
    var submitter: String
    var submittedOn: String
    var state: String
    var stateCode: String
    var answer: String
    var hasAnswer: Bool
    var tier: String?
    var noticeUntil: String?
    var adoption: String
    var hasAdoption: Bool
    var links: [PublicIdeaLink]
    var hasLinks: Bool
    /// The objection form while the shortlist's notice runs.
    var objectURL: String?
}

/// The public objection form (公示异议): no sign-in; the signed form token, the honeypot and the rate limit as submissions.
struct PublicIdeaObjectionView: Sendable {
    var title: String
    var ideaURL: String
    var callTopic: String
    var callURL: String
    var noticeUntil: String
    var action: String
    var formToken: String
    var body: String
    var contact: String
    var errors: [String]
    var hasErrors: Bool
    var isOpen: Bool
}

/// An objection as the office reads it, with its answer and decision and, while open or to change it, the form.
struct IdeaObjectionRow: Sendable {
    var id: Int
    var version: Int
    var body: String
    var contact: String
    var hasContact: Bool
    var lodged: String
    var decision: String
    var decisionCode: String
    var answer: String
    var hasAnswer: Bool
    var decidedBy: String
    var canDecide: Bool
}

struct PublicIdeaReceiptView: Sendable {
    var code: String
    var title: String
    var callTopic: String
    var submittedAt: String
    var state: String
    var stateCode: String
    var answer: String
    var hasAnswer: Bool
    var moderationReason: String
    var hasModerationReason: Bool
    var publicURL: String
    var isPublic: Bool
    var privateURL: String
    var justSubmitted: Bool
}

struct PublicIdeaSection: Sendable {
    var title: String
    var rows: [PublicIdeaLink]
}
