import Foundation

/// A meeting as typed in the form or the API body, with its agenda. `validate` names each field it refuses; agenda
/// fields are named `agenda[i].title` and so on, i counting from 0.
public struct MeetingDraft: Sendable, Equatable {
    public static let textMaxLength = 200
    public static let longTextMaxLength = 5_000
    public static let agendaTitleMaxLength = 1_000
    public static let agendaMax = 100
    public static let ordinalMax = 9_999
    public static let linksMax = 50

    public struct Link: Sendable, Equatable, Hashable {
        /// plan / item / matter.
        public var kind: String
        public var id: Int
        public init(kind: String, id: Int) {
            self.kind = kind
            self.id = id
        }
        public static let kinds = ["plan", "item", "matter"]
    }

    public struct Agenda: Sendable, Equatable {
        /// The stored agenda item this line keeps (its links and results stay with it); nil for a new one.
        public var id: Int?
        /// An `AgendaKind` raw value.
        public var kind: String
        public var title: String
        /// A `ReviewOutcome` raw value, for a review only.
        public var outcome: String
        /// The plan a review approved.
        public var planId: Int?
        /// What a report heard was about.
        public var links: [Link]

        public init(id: Int?, kind: String, title: String, outcome: String, planId: Int?, links: [Link]) {
            self.id = id
            self.kind = kind
            self.title = title
            self.outcome = outcome
            self.planId = planId
            self.links = links
        }
    }

    public var bodyId: Int?
    public var ordinal: String
    public var heldOn: String
    public var chair: String
    public var attendees: String
    public var place: String
    public var summary: String
    public var agenda: [Agenda]

    /// Every field is named: a conversion that forgets one does not compile.
    public init(
        bodyId: Int?, ordinal: String, heldOn: String, chair: String, attendees: String, place: String, summary: String, agenda: [Agenda]
    ) {
        self.bodyId = bodyId
        self.ordinal = ordinal
        self.heldOn = heldOn
        self.chair = chair
        self.attendees = attendees
        self.place = place
        self.summary = summary
        self.agenda = agenda
    }

    public var parsedOrdinal: Int? {
        let t = ordinal.trimmingCharacters(in: .whitespacesAndNewlines)
        if let n = Int(t) { return n }
        // 第六次会议, 第六次, 六 are read as 6.
        var core = Substring(t)
        if core.hasPrefix("第") { core = core.dropFirst() }
        for suffix in ["次会议", "次"] where core.hasSuffix(suffix) {
            core = core.dropLast(suffix.count)
            break
        }
        return ChineseNumeral.parse(String(core))
    }

    public var parsedHeldOn: LocalDate? { LocalDate(iso: heldOn.trimmingCharacters(in: .whitespacesAndNewlines)) }

    public func validate() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        func long(_ s: String, _ max: Int) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars.count > max }
        if bodyId == nil { issues.append(ValidationIssue(field: "bodyId", code: .required)) }
        if blank(ordinal) {
            issues.append(ValidationIssue(field: "ordinal", code: .required))
        } else if let n = parsedOrdinal {
            if n < 1 || n > Self.ordinalMax { issues.append(ValidationIssue(field: "ordinal", code: .outOfRange, limit: Self.ordinalMax)) }
        } else {
            issues.append(ValidationIssue(field: "ordinal", code: .invalidNumber))
        }
        if blank(heldOn) {
            issues.append(ValidationIssue(field: "heldOn", code: .required))
        } else if let issue = Check.date(heldOn.trimmingCharacters(in: .whitespacesAndNewlines), field: "heldOn") {
            issues.append(issue)
        }
        if blank(chair) { issues.append(ValidationIssue(field: "chair", code: .required)) }
        for (field, value) in [("chair", chair), ("place", place)] where long(value, Self.textMaxLength) {
            issues.append(ValidationIssue(field: field, code: .tooLong, limit: Self.textMaxLength))
        }
        for (field, value) in [("attendees", attendees), ("summary", summary)] where long(value, Self.longTextMaxLength) {
            issues.append(ValidationIssue(field: field, code: .tooLong, limit: Self.longTextMaxLength))
        }
        if agenda.count > Self.agendaMax { issues.append(ValidationIssue(field: "agenda", code: .tooLong, limit: Self.agendaMax)) }
        var ids = Set<Int>()
        for (i, a) in agenda.enumerated() {
            let at = "agenda[\(i)]."
            if let id = a.id, !ids.insert(id).inserted { issues.append(ValidationIssue(field: at + "id", code: .duplicate)) }
            guard let kind = AgendaKind(rawValue: a.kind) else {
                issues.append(ValidationIssue(field: at + "kind", code: .invalidChoice))
                continue
            }
            if blank(a.title) {
                issues.append(ValidationIssue(field: at + "title", code: .required))
            } else if long(a.title, Self.agendaTitleMaxLength) {
                issues.append(ValidationIssue(field: at + "title", code: .tooLong, limit: Self.agendaTitleMaxLength))
            }
            switch kind {
            case .review:
                if ReviewOutcome(rawValue: a.outcome) == nil { issues.append(ValidationIssue(field: at + "outcome", code: .invalidChoice)) }
            case .report, .decision:
                if !a.outcome.isEmpty { issues.append(ValidationIssue(field: at + "outcome", code: .invalidChoice)) }
                if a.planId != nil { issues.append(ValidationIssue(field: at + "planId", code: .invalidChoice)) }
            }
            if kind != .report, !a.links.isEmpty { issues.append(ValidationIssue(field: at + "links", code: .invalidChoice)) }
            if a.links.count > Self.linksMax {
                issues.append(ValidationIssue(field: at + "links", code: .tooLong, limit: Self.linksMax))
            } else if a.links.contains(where: { !Link.kinds.contains($0.kind) }) {
                issues.append(ValidationIssue(field: at + "links", code: .invalidChoice))
            } else if Set(a.links).count != a.links.count {
                issues.append(ValidationIssue(field: at + "links", code: .duplicate))
            }
        }
        return issues
    }

    /// The links a form typed as text: `plan:3 item:12, matter:5` (also 方案3 事项12 督办5). Nil when a token is neither.
    public static func parseLinks(_ text: String) -> [Link]? {
        var links: [Link] = []
        let separators: Set<Character> = [" ", ",", "，", "、", ";", "；", "\n", "\t"]
        for token in text.split(whereSeparator: { separators.contains($0) }) {
            let t = String(token)
            var found: Link?
            for (prefixes, kind) in [(["plan:", "方案"], "plan"), (["item:", "事项"], "item"), (["matter:", "督办"], "matter")] {
                for p in prefixes where t.hasPrefix(p) {
                    if let id = Int(t.dropFirst(p.count)), id > 0 { found = Link(kind: kind, id: id) }
                }
            }
            guard let found else { return nil }
            links.append(found)
        }
        return links
    }
}
