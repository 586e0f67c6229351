/// A progress report as the unit fills it in (进展情况报送), before it is saved.
public struct ReportDraft: Sendable, Equatable {
    public static let narrativeMaxLength = 5_000
    public static let textMaxLength = 2_000
    public static let indicatorValueMaxLength = 100

    /// The period key ("2026-11", "2026-Q4").
    public var period: String
    /// A `LifecycleStatus` raw value or Chinese name.
    public var status: String
    /// 0…100, "%" allowed.
    public var percent: String
    /// 工作进展.
    public var narrative: String
    /// 存在问题.
    public var problems: String
    /// 下步计划.
    public var nextSteps: String
    /// 申请调整完成时限: blank, or a date with a reason.
    public var requestedDeadline: String
    public var deadlineReason: String
    /// Actual values of the item's indicators, by indicator id (blank = not reported).
    public var indicatorValues: [Int: String]

    /// Every field is named: a conversion that forgets one does not compile (a default would blank it on save).
    public init(
        period: String, status: String, percent: String, narrative: String, problems: String,
        nextSteps: String, requestedDeadline: String, deadlineReason: String, indicatorValues: [Int: String]
    ) {
        self.period = period
        self.status = status
        self.percent = percent
        self.narrative = narrative
        self.problems = problems
        self.nextSteps = nextSteps
        self.requestedDeadline = requestedDeadline
        self.deadlineReason = deadlineReason
        self.indicatorValues = indicatorValues
    }

    /// A new report's form: the period and the item's current status and percent, the texts still to write.
    public static func blank(period: String, status: String, percent: String) -> ReportDraft {
        ReportDraft(
            period: period, status: status, percent: percent, narrative: "", problems: "", nextSteps: "", requestedDeadline: "",
            deadlineReason: "", indicatorValues: [:])
    }

    /// Checks against the plan's schedule kind (a monthly plan takes month periods only).
    public func validate(periodKind: ReportingPeriod.Kind?) -> [ValidationIssue] {
        var issues: [ValidationIssue?] = []
        let key = FormValue.trimmed(period)
        if key.isEmpty {
            issues.append(ValidationIssue(field: "period", code: .required))
        } else if let p = ReportingPeriod(key: key) {
            if let periodKind, p.kind != periodKind { issues.append(ValidationIssue(field: "period", code: .invalidChoice)) }
        } else {
            issues.append(ValidationIssue(field: "period", code: .invalidChoice))
        }
        issues.append(Check.choice(status, field: "status") { LifecycleStatus(text: $0) != nil })
        issues.append(
            FormValue.trimmed(percent).isEmpty
                ? ValidationIssue(field: "percent", code: .required)
                : Check.number(percent, field: "percent", limit: 100, parse: Self.percentValue))
        issues.append(Check.text(narrative, field: "narrative", max: Self.narrativeMaxLength, required: true))
        issues.append(Check.text(problems, field: "problems", max: Self.textMaxLength))
        issues.append(Check.text(nextSteps, field: "nextSteps", max: Self.textMaxLength))
        if !FormValue.trimmed(requestedDeadline).isEmpty {
            issues.append(Check.date(requestedDeadline, field: "requestedDeadline"))
            issues.append(Check.text(deadlineReason, field: "deadlineReason", max: Amendments.reasonMaxLength, required: true))
        } else {
            issues.append(Check.text(deadlineReason, field: "deadlineReason", max: Amendments.reasonMaxLength))
        }
        for (id, value) in indicatorValues.sorted(by: { $0.key < $1.key }) {
            issues.append(Check.text(value, field: "indicator.\(id)", max: Self.indicatorValueMaxLength))
        }
        return issues.compactMap { $0 }
    }

    public var parsedPeriod: ReportingPeriod? { ReportingPeriod(key: FormValue.trimmed(period)) }
    public var parsedStatus: LifecycleStatus { LifecycleStatus(text: status) ?? .inProgress }
    /// 100 when the status is done, as on the item.
    public var parsedPercent: Double {
        if parsedStatus == .done { return 100 }
        return Self.percentValue(percent).map { min(100, max(0, $0)) } ?? 0
    }
    public var parsedRequestedDeadline: LocalDate? { FormValue.date(requestedDeadline) }

    static func percentValue(_ text: String) -> Double? {
        let number = FormValue.trimmed(TextNormalizer.halfWidth(text))
        return FormValue.decimal(number.hasSuffix("%") ? String(number.dropLast()) : number)
    }
}
