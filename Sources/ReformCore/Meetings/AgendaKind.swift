/// The three kinds of agenda item of a commission meeting (seed 003: "the meeting listened to the reports on …, reviewed
/// and approved in principle …", then what it decided).
public enum AgendaKind: String, Codable, Sendable, CaseIterable {
    /// 听取汇报: a report heard, linked to the plans, items or matters it was about.
    case report
    /// 审议: a document reviewed, with its outcome.
    case review
    /// 决定 / 议定事项: a decision, which can become plan items, a supervision matter or a cascade.
    case decision
}
