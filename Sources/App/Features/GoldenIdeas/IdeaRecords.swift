/// A golden-idea call as stored.
package struct IdeaCallRecord: Decodable, Sendable, Equatable {
    package var id: Int
    var jurisdictionId: Int
    var jurisdictionPath: String
    var jurisdictionName: String
    var planId: Int?
    var topic: String
    var rules: String
    var contact: String
    var opensOn: String
    var closesOn: String
    var categories: String
    var rewardTiers: String
    var criteria: String
    var noticeDays: Int
    var isPublished: Bool
    var isDemo: Bool
    var version: Int

    package var categoryList: [String] { categories.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    var tierList: [IdeaTier] { IdeaTier.parse(rewardTiers) }
    var criterionList: [IdeaCriterion] { IdeaCriterion.parse(criteria) }
}

/// A reward tier: 一等奖 | 10000元 | 1.
struct IdeaTier: Sendable, Equatable {
    var name: String
    var reward: String
    var count: Int

    static func parse(_ text: String) -> [IdeaTier] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else { return nil }
            return IdeaTier(name: name, reward: parts.count > 1 ? parts[1] : "", count: parts.count > 2 ? Int(parts[2]) ?? 1 : 1)
        }
    }
}

/// A review criterion and its weight: 可行性 | 40.
struct IdeaCriterion: Sendable, Equatable {
    var name: String
    var weight: Int

    static func parse(_ text: String) -> [IdeaCriterion] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else { return nil }
            return IdeaCriterion(name: name, weight: max(0, parts.count > 1 ? Int(parts[1]) ?? 1 : 1))
        }
    }

    /// Σ score × weight / Σ weight for one reviewer's scores (0–100 each); nil without scores.
    static func weighted(_ scores: [String: Int], _ criteria: [IdeaCriterion]) -> Double? {
        let used = criteria.filter { scores[$0.name] != nil }
        let total = used.map(\.weight).reduce(0, +)
        guard !used.isEmpty else { return nil }
        if total == 0 { return Double(used.map { scores[$0.name]! }.reduce(0, +)) / Double(used.count) }
        return Double(used.map { scores[$0.name]! * $0.weight }.reduce(0, +)) / Double(total)
    }
}

/// A submission as the office sees it (contact and moderation reason included: never for a public page).
package struct IdeaSubmissionRecord: Decodable, Sendable, Equatable {
    package var id: Int
    var callId: Int
    var receiptCode: String
    var title: String
    var idea: String
    var problem: String
    var category: String
    var submitterName: String
    var contact: String
    var state: String
    var answer: String
    var moderationReason: String
    var mergedInto: Int?
    var tier: String
    var noticeUntil: String?
    var adoption: String
    var submittedAt: String
    var isDemo: Bool
    var version: Int

    var ideaState: IdeaState { IdeaState(rawValue: state) ?? .submitted }
}

/// A submission as the public sees it: no contact, no moderation reason, no receipt or token.
struct PublicIdea: Decodable, Sendable, Equatable {
    var id: Int
    var callId: Int
    var title: String
    var idea: String
    var problem: String
    var category: String
    var submitterName: String
    var state: String
    var answer: String
    var tier: String
    var noticeUntil: String?
    var adoption: String
    var submittedAt: String

    var ideaState: IdeaState { IdeaState(rawValue: state) ?? .published }
}

struct IdeaAttachmentRecord: Decodable, Sendable, Equatable {
    var id: Int
    var submissionId: Int
    var originalName: String
    var contentType: String
    var size: Int
    var storageKey: String
}

struct IdeaLinkRecord: Decodable, Sendable, Equatable {
    var submissionId: Int
    var planItemId: Int?
    var matterId: Int?
}

/// An objection to a shortlisted idea, lodged during its public notice (公示异议). The contact is the office's only.
struct IdeaObjectionRecord: Decodable, Sendable, Equatable {
    var id: Int
    var submissionId: Int
    var body: String
    var contact: String
    var decision: String
    var answer: String
    var decidedBy: String
    var decidedAt: String?
    var submittedAt: String
    var version: Int

    var isOpen: Bool { decision == IdeaObjectionDecision.open.rawValue }
}

/// What the office made of an objection: still open, upheld (the idea is not awarded) or dismissed.
enum IdeaObjectionDecision: String, CaseIterable, Sendable {
    case open, upheld, dismissed
}
