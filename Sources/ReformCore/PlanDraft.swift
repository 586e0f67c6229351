/// A reform plan (改革方案) as submitted by a form or JSON body, before it is saved.
public struct PlanDraft: Sendable, Equatable {
    public static let titleMaxLength = 300
    public static let docNumberMaxLength = 100
    public static let issuerMaxLength = 200
    public static let levelNameMaxLength = 20
    public static let warnDaysMax = 60
    /// 领域 → 任务 → 举措 → 节点, the tree most plans use.
    public static let defaultLevelNames = ["领域", "任务", "举措", "节点"]
    public static let levelNameSeparators: Set<Character> = ["/", "／", "、", ",", "，"]

    public var title: String
    /// 文号, e.g. 〔2024〕3号.
    public var docNumber: String
    /// 印发单位.
    public var issuer: String
    public var issueDate: String
    public var periodStart: String
    public var periodEnd: String
    public var jurisdictionID: Int?
    /// Names of the tree's levels from the top, e.g. "领域/任务/举措/节点"; blank for the default.
    public var levelNames: String
    /// A `RollupRule` raw value.
    public var rollupRule: String
    /// Days before a deadline that items turn yellow; blank for `Schedule.defaultWarnDays`.
    public var warnDays: String

    public init(
        title: String = "", docNumber: String = "", issuer: String = "",
        issueDate: String = "", periodStart: String = "", periodEnd: String = "",
        jurisdictionID: Int? = nil, levelNames: String = "", rollupRule: String = "", warnDays: String = ""
    ) {
        self.title = title
        self.docNumber = docNumber
        self.issuer = issuer
        self.issueDate = issueDate
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.jurisdictionID = jurisdictionID
        self.levelNames = levelNames
        self.rollupRule = rollupRule
        self.warnDays = warnDays
    }

    public func validate() -> [ValidationIssue] {
        [
            Check.text(title, field: "title", max: Self.titleMaxLength, required: true),
            Check.text(docNumber, field: "docNumber", max: Self.docNumberMaxLength),
            Check.text(issuer, field: "issuer", max: Self.issuerMaxLength),
            Check.date(issueDate, field: "issueDate"),
            Check.date(periodStart, field: "periodStart"),
            Check.date(periodEnd, field: "periodEnd"),
            Check.order(start: parsedPeriodStart, end: parsedPeriodEnd, field: "periodEnd"),
            Check.required(jurisdictionID, field: "jurisdictionID"),
            levelNamesIssue,
            Check.choice(rollupRule, field: "rollupRule") { RollupRule(rawValue: $0) != nil },
            Check.number(warnDays, field: "warnDays", limit: Self.warnDaysMax) { FormValue.integer($0).map(Double.init) }
        ].compactMap { $0 }
    }

    /// The draft with surrounding blanks removed from every text, as it should be stored.
    public var trimmed: PlanDraft {
        PlanDraft(
            title: FormValue.trimmed(title), docNumber: FormValue.trimmed(docNumber), issuer: FormValue.trimmed(issuer),
            issueDate: FormValue.trimmed(issueDate), periodStart: FormValue.trimmed(periodStart), periodEnd: FormValue.trimmed(periodEnd),
            jurisdictionID: jurisdictionID, levelNames: FormValue.trimmed(levelNames),
            rollupRule: FormValue.trimmed(rollupRule), warnDays: FormValue.trimmed(warnDays)
        )
    }

    public var parsedIssueDate: LocalDate? { FormValue.date(issueDate) }
    public var parsedPeriodStart: LocalDate? { FormValue.date(periodStart) }
    public var parsedPeriodEnd: LocalDate? { FormValue.date(periodEnd) }
    public var parsedRollupRule: RollupRule? { RollupRule(rawValue: FormValue.trimmed(rollupRule)) }

    /// The level names from the top; the default four when blank.
    public var parsedLevelNames: [String] {
        let names = FormValue.split(levelNames, separators: Self.levelNameSeparators)
        return names.isEmpty ? Self.defaultLevelNames : names
    }

    /// The warning days; `Schedule.defaultWarnDays` when blank or not valid.
    public var parsedWarnDays: Int {
        guard let days = FormValue.integer(warnDays), (0...Self.warnDaysMax).contains(days) else { return Schedule.defaultWarnDays }
        return days
    }

    /// Each level needs its own name, or the tree's levels could not be told apart.
    private var levelNamesIssue: ValidationIssue? {
        let names = parsedLevelNames
        if names.contains(where: { $0.unicodeScalars.count > Self.levelNameMaxLength }) {
            return ValidationIssue(field: "levelNames", code: .tooLong, limit: Self.levelNameMaxLength)
        }
        return Set(names).count < names.count ? ValidationIssue(field: "levelNames", code: .duplicate) : nil
    }
}

extension PlanDraft: Codable {
    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: values.lenientString(forKey: .title),
            docNumber: values.lenientString(forKey: .docNumber),
            issuer: values.lenientString(forKey: .issuer),
            issueDate: values.lenientString(forKey: .issueDate),
            periodStart: values.lenientString(forKey: .periodStart),
            periodEnd: values.lenientString(forKey: .periodEnd),
            jurisdictionID: values.lenientID(forKey: .jurisdictionID),
            levelNames: values.lenientString(forKey: .levelNames),
            rollupRule: values.lenientString(forKey: .rollupRule),
            warnDays: values.lenientString(forKey: .warnDays)
        )
    }
}
