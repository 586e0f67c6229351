/// The kind of a provincial administrative power (行政职权) moved to a city: the categories the province's lists use.
public enum PowerType: String, Codable, Sendable, CaseIterable {
    case licensing  // 行政许可
    case penalty  // 行政处罚
    case compulsion  // 行政强制
    case levy  // 行政征收
    case payment  // 行政给付
    case inspection  // 行政检查
    case confirmation  // 行政确认
    case reward  // 行政奖励
    case adjudication  // 行政裁决
    case other  // 其他行政职权

    public static let chinese: [PowerType: String] = [
        .licensing: "许可", .penalty: "处罚", .compulsion: "强制", .levy: "征收", .payment: "给付", .inspection: "检查", .confirmation: "确认",
        .reward: "奖励", .adjudication: "裁决", .other: "其他"
    ]

    /// The code, the short Chinese name (许可) or the long one (行政许可).
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let v = PowerType(rawValue: t) {
            self = v
        } else if let v = Self.chinese.first(where: { $0.value == t || "行政" + $0.value == t || $0.value + "类" == t })?.key {
            self = v
        } else if t == "其他行政职权" || t == "其他类" {
            self = .other
        } else {
            return nil
        }
    }
}

/// How a power moves: devolved (下放: the city exercises it in its own name) or entrusted (委托: in the province's name, under an
/// entrustment agreement valid one year at a time).
public enum PowerMethod: String, Codable, Sendable, CaseIterable {
    case devolve  // 下放
    case entrust  // 委托

    public static let chinese: [PowerMethod: String] = [.devolve: "下放", .entrust: "委托"]

    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let v = PowerMethod(rawValue: t) {
            self = v
        } else if let v = Self.chinese.first(where: { $0.value == t || $0.value + "实施" == t })?.key {
            self = v
        } else {
            return nil
        }
    }
}

/// Where a delegated power stands on a day, derived from its dates (never stored: it changes as days pass).
public enum PowerStatus: String, Codable, Sendable, CaseIterable {
    /// 待交接: not handed over, the 30 working days not yet run out.
    case pending
    /// 交接逾期: not handed over after the deadline.
    case overdue
    /// 实施中: handed over (a devolved power, or an entrusted one in its first term).
    case inForce = "in_force"
    /// 已续期: an entrusted power in force in a renewed term.
    case renewed
    /// 已到期: an entrusted power whose term ended without renewal.
    case expired
    /// 已收回: withdrawn (or the decision repealed) on a day.
    case withdrawn

    public static let chinese: [PowerStatus: String] = [
        .pending: "待交接", .overdue: "交接逾期", .inForce: "实施中", .renewed: "已续期", .expired: "已到期", .withdrawn: "已收回"
    ]

    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let v = PowerStatus(rawValue: t) {
            self = v
        } else if let v = Self.chinese.first(where: { $0.value == t })?.key {
            self = v
        } else {
            return nil
        }
    }

    /// The status on `today` of a power with these dates.
    public static func of(
        method: PowerMethod, handoverDeadline: LocalDate, handedOverOn: LocalDate?, termEnd: LocalDate?, renewals: Int, withdrawnOn: LocalDate?,
        today: LocalDate
    ) -> PowerStatus {
        if let w = withdrawnOn, w <= today { return .withdrawn }
        guard handedOverOn != nil else { return today > handoverDeadline ? .overdue : .pending }
        if method == .devolve { return .inForce }
        if let end = termEnd, today > end { return .expired }
        return renewals > 0 ? .renewed : .inForce
    }
}

/// The rules offices keep for delegated powers.
public enum PowerRules {
    /// Handover within 30 working days of the decision.
    public static let handoverWorkingDays = 30
    /// Reminded 5 working days before the handover deadline.
    public static let handoverWarnWorkingDays = 5
    /// Reminded 30 days before an entrusted power's term ends.
    public static let expiryWarnDays = 30

    /// The last day to hand over: the 30th working day after the decision (the decision's day not counted).
    public static func handoverDeadline(decidedOn: LocalDate, calendar: WorkingDayCalendar) -> LocalDate {
        calendar.adding(workingDays: handoverWorkingDays, to: decidedOn)
    }

    public static func handoverWarnFrom(deadline: LocalDate, calendar: WorkingDayCalendar) -> LocalDate {
        calendar.adding(workingDays: -handoverWarnWorkingDays, to: deadline)
    }

    /// An entrusted power's term: one year from its start, the last day the day before the start's anniversary
    /// (2018-03-01 → 2019-02-28; 2020-02-29 → 2021-02-28).
    public static func termEnd(start: LocalDate) -> LocalDate {
        let anniversary =
            LocalDate(year: start.year + 1, month: start.month, day: start.day)
            ?? LocalDate(year: start.year + 1, month: start.month + 1, day: 1)!
        return anniversary.adding(days: -1)
    }

    public static func expiryWarnFrom(termEnd: LocalDate) -> LocalDate { termEnd.adding(days: -expiryWarnDays) }
}

/// The conclusion of an entrusted power's effect evaluation (实施效果评估).
public enum PowerEvaluationConclusion: String, Codable, Sendable, CaseIterable {
    case good  // 成效明显，建议继续委托
    case adequate  // 基本达到预期，建议继续委托
    case poor  // 成效不佳，建议收回或调整

    public static let chinese: [PowerEvaluationConclusion: String] = [.good: "成效明显", .adequate: "基本达到预期", .poor: "成效不佳"]

    /// Whether the power may be renewed on this conclusion.
    public var supportsRenewal: Bool { self != .poor }

    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let v = PowerEvaluationConclusion(rawValue: t) {
            self = v
        } else if let v = Self.chinese.first(where: { $0.value == t })?.key {
            self = v
        } else {
            return nil
        }
    }
}
