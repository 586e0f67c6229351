/// The chain of an escalated obstacle (专项专办 / 绿色通道): from the item's jurisdiction up the tree, one level
/// at a time, each hop to the reform office (or a named unit) of the parent jurisdiction with a date to answer
/// by. Whoever holds it answers, or passes it one level further up; the answer goes back down to the item.
/// Every holder lies above the item, so everyone on the chain already sees the item by the path rule.
public struct Escalation: Sendable, Equatable, Codable {
    public static let defaultResponseDays = 15
    /// An escalation still waiting is reminded of this many days before its answer date (and again once it is late).
    public static let warnDays = 3

    /// The first day of the reminder before `respondBy` (the reminder scan's `warn_from`).
    public static func warnFrom(respondBy: LocalDate) -> LocalDate { Schedule.warnFrom(deadline: respondBy, warnDays: warnDays) }
    public static let textMaxLength = 2_000

    public struct Hop: Sendable, Equatable, Codable {
        public enum State: String, Sendable, Codable, CaseIterable {
            /// 待答复
            case pending
            /// 已转报上级
            case passedUp = "passed_up"
            /// 已答复
            case answered
        }

        public let fromPath: String
        public let toPath: String
        /// The unit asked, nil for the reform office of that jurisdiction.
        public let toUnitId: Int?
        /// 请求事项: what is asked of this level.
        public let request: String
        public let sentOn: LocalDate
        /// 答复时限
        public let respondBy: LocalDate
        public internal(set) var state: State
        public internal(set) var answer: String?
        public internal(set) var answeredOn: LocalDate?
    }

    public enum Refusal: String, Error, Sendable, Equatable, CaseIterable {
        /// The chain is answered: nothing more happens on it.
        case alreadyAnswered = "already_answered"
        /// Only the jurisdiction holding the obstacle escalates or answers it.
        case notHolder = "not_holder"
        /// The target is not the jurisdiction directly above the holder.
        case notParent = "not_parent"
        /// The holder is the top of the tree.
        case atTop = "at_top"
        /// The response date is before the day it is sent.
        case respondByBeforeSent = "respond_by_before_sent"
        /// An escalation must say what it asks; an answer must answer.
        case textRequired = "text_required"
    }

    /// The jurisdiction of the item the obstacle was raised on.
    public let originPath: String
    public private(set) var hops: [Hop]

    public init(originPath: String) {
        self.originPath = originPath
        self.hops = []
    }

    /// The jurisdiction that must act next: the last hop's target, or the origin before the first hop.
    public var holderPath: String { hops.last?.toPath ?? originPath }

    public var isAnswered: Bool { hops.last?.state == .answered }

    /// The answer that comes back down to the item, and the level it came from.
    public var answer: (text: String, fromPath: String, on: LocalDate)? {
        guard let last = hops.last, last.state == .answered, let text = last.answer, let on = last.answeredOn else { return nil }
        return (text, last.toPath, on)
    }

    /// Sends it one level up from the holder (`actorPath`). The hop it leaves is marked passed up.
    public mutating func escalate(
        from actorPath: String, to targetPath: String, unitId: Int? = nil, request: String, on: LocalDate, respondBy: LocalDate
    ) throws(Refusal) {
        guard !isAnswered else { throw .alreadyAnswered }
        guard actorPath == holderPath else { throw .notHolder }
        guard let parent = JurisdictionPath.parent(of: holderPath) else { throw .atTop }
        guard targetPath == parent else { throw .notParent }
        guard !FormValue.trimmed(request).isEmpty else { throw .textRequired }
        guard respondBy >= on else { throw .respondByBeforeSent }
        if !hops.isEmpty { hops[hops.count - 1].state = .passedUp }
        hops.append(
            Hop(
                fromPath: actorPath, toPath: targetPath, toUnitId: unitId, request: FormValue.trimmed(request), sentOn: on, respondBy: respondBy,
                state: .pending, answer: nil, answeredOn: nil))
    }

    /// The holder answers; the chain is done.
    public mutating func answer(by actorPath: String, text: String, on: LocalDate) throws(Refusal) {
        guard !isAnswered else { throw .alreadyAnswered }
        guard !hops.isEmpty, actorPath == holderPath else { throw .notHolder }
        guard !FormValue.trimmed(text).isEmpty else { throw .textRequired }
        hops[hops.count - 1].state = .answered
        hops[hops.count - 1].answer = FormValue.trimmed(text)
        hops[hops.count - 1].answeredOn = on
    }

    /// Waiting past its response date at the current holder (for reminders and the higher level's queue).
    public func isOverdue(today: LocalDate) -> Bool {
        guard let last = hops.last, last.state == .pending else { return false }
        return today > last.respondBy
    }

    /// The default response date for a hop sent on `on`.
    public static func defaultRespondBy(sentOn on: LocalDate) -> LocalDate { on.adding(days: defaultResponseDays) }
}
