/// A supervision matter as the office fills it in (督办事项立项), before it is saved.
public struct MatterDraft: Sendable, Equatable {
    public static let subjectMaxLength = 200
    public static let textMaxLength = 2_000

    /// 督办事项 (the subject line).
    public var subject: String
    /// A `MatterLevel` raw value.
    public var level: String
    /// A `MatterSourceKind` raw value.
    public var source: String
    /// 批示内容, 批示领导, 批示日期: required for a leader's instruction.
    public var instructionText: String
    public var instructedBy: String
    public var instructedOn: String
    /// The meeting and its decision (会议名称及议定事项): required for a meeting decision.
    public var meetingReference: String
    /// The finding a matter is raised from: required for an inspection finding.
    public var findingId: Int?
    public var leadUnitId: Int?
    public var coUnitIds: [Int]
    /// 责任领导.
    public var responsibleLeader: String
    /// 办理时限, `YYYY-MM-DD`.
    public var deadline: String
    /// 工作要求 / 办理要求: the result required.
    public var requiredResult: String
    /// The plan items it concerns.
    public var itemIds: [Int]

    /// Every field is named: a conversion that forgets one does not compile.
    public init(
        subject: String, level: String, source: String, instructionText: String, instructedBy: String, instructedOn: String,
        meetingReference: String, findingId: Int?, leadUnitId: Int?, coUnitIds: [Int], responsibleLeader: String, deadline: String,
        requiredResult: String, itemIds: [Int]
    ) {
        self.subject = subject
        self.level = level
        self.source = source
        self.instructionText = instructionText
        self.instructedBy = instructedBy
        self.instructedOn = instructedOn
        self.meetingReference = meetingReference
        self.findingId = findingId
        self.leadUnitId = leadUnitId
        self.coUnitIds = coUnitIds
        self.responsibleLeader = responsibleLeader
        self.deadline = deadline
        self.requiredResult = requiredResult
        self.itemIds = itemIds
    }

    /// Checks the form; `today` rejects a deadline already past (a matter is raised to be done, not to be late).
    public func validate(today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue?] = []
        issues.append(Check.text(subject, field: "subject", max: Self.subjectMaxLength, required: true))
        issues.append(Check.choice(level, field: "level") { MatterLevel(rawValue: $0) != nil })
        issues.append(Check.choice(source, field: "source") { MatterSourceKind(rawValue: $0) != nil })
        switch parsedSource {
        case .leaderInstruction:
            issues.append(Check.text(instructionText, field: "instructionText", max: Self.textMaxLength, required: true))
            issues.append(Check.text(instructedBy, field: "instructedBy", max: 100, required: true))
            issues.append(
                FormValue.trimmed(instructedOn).isEmpty
                    ? ValidationIssue(field: "instructedOn", code: .required) : Check.date(instructedOn, field: "instructedOn"))
            if let on = FormValue.date(instructedOn), on > today { issues.append(ValidationIssue(field: "instructedOn", code: .dateOrder)) }
        case .meetingDecision:
            issues.append(Check.text(meetingReference, field: "meetingReference", max: Self.subjectMaxLength, required: true))
        case .inspectionFinding:
            issues.append(Check.required(findingId, field: "findingId"))
        case .itemLate, .itemStuck, .redJudgement:
            if itemIds.isEmpty { issues.append(ValidationIssue(field: "itemIds", code: .required)) }
        case nil:
            break
        }
        issues.append(Check.required(leadUnitId, field: "leadUnitId"))
        if let lead = leadUnitId, coUnitIds.contains(lead) { issues.append(ValidationIssue(field: "coUnitIds", code: .duplicate)) }
        if Set(coUnitIds).count != coUnitIds.count { issues.append(ValidationIssue(field: "coUnitIds", code: .duplicate)) }
        if Set(itemIds).count != itemIds.count { issues.append(ValidationIssue(field: "itemIds", code: .duplicate)) }
        issues.append(Check.text(responsibleLeader, field: "responsibleLeader", max: 100))
        if FormValue.trimmed(deadline).isEmpty {
            issues.append(ValidationIssue(field: "deadline", code: .required))
        } else if let issue = Check.date(deadline, field: "deadline") {
            issues.append(issue)
        } else if let date = FormValue.date(deadline), date < today {
            issues.append(ValidationIssue(field: "deadline", code: .dateOrder))
        }
        issues.append(Check.text(requiredResult, field: "requiredResult", max: Self.textMaxLength, required: true))
        // One message per field: the first problem is the one to fix.
        var seen = Set<String>()
        return issues.compactMap { $0 }.filter { seen.insert($0.field).inserted }
    }

    public var parsedLevel: MatterLevel { MatterLevel(rawValue: FormValue.trimmed(level)) ?? .general }
    public var parsedSource: MatterSourceKind? { MatterSourceKind(rawValue: FormValue.trimmed(source)) }
    public var parsedDeadline: LocalDate? { FormValue.date(deadline) }
    public var parsedInstructedOn: LocalDate? { FormValue.date(instructedOn) }
}
