import Foundation

/// The levels of the government tree (中央 → 省 → 市 → 区/县 → 街道/镇).
public enum JurisdictionLevel: String, Codable, Sendable, CaseIterable {
    case central, province, city, district, street

    public var rank: Int { Self.allCases.firstIndex(of: self)! }
    public var chineseName: String {
        switch self {
        case .central: "中央"
        case .province: "省级"
        case .city: "市级"
        case .district: "区县级"
        case .street: "街道乡镇"
        }
    }
    public var englishName: String {
        switch self {
        case .central: "Central"
        case .province: "Province"
        case .city: "City"
        case .district: "District / county"
        case .street: "Street / township"
        }
    }
}

/// Lifecycle status of a plan item (推进状态). Never derived: set by the office (later: by accepted reports).
public enum LifecycleStatus: String, Codable, Sendable, CaseIterable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case partlyDone = "partly_done"
    case done
    case suspended

    public var chineseName: String {
        switch self {
        case .notStarted: "未启动"
        case .inProgress: "推进中"
        case .partlyDone: "阶段性完成"
        case .done: "已完成"
        case .suspended: "中止"
        }
    }
    public var englishName: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .partlyDone: "Partly done"
        case .done: "Done"
        case .suspended: "Suspended"
        }
    }
    /// Accepts the raw value or the Chinese name.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let s = LifecycleStatus(rawValue: t) {
            self = s
            return
        }
        guard let s = Self.allCases.first(where: { $0.chineseName == t }) else { return nil }
        self = s
    }

    /// Also the English name, in any case, as an English export writes it in its 状态 column; for reading
    /// spreadsheets, where a status word is data rather than a parameter.
    public init?(label: String) {
        if let s = LifecycleStatus(text: label) {
            self = s
            return
        }
        let t = label.trimmingCharacters(in: .whitespaces).lowercased()
        guard let s = Self.allCases.first(where: { $0.englishName.lowercased() == t }) else { return nil }
        self = s
    }
}

/// How a parent's percent is derived from its children (汇总规则), recorded on the plan.
public enum RollupRule: String, Codable, Sendable, CaseIterable {
    case mean, weighted, minimum

    public var chineseName: String {
        switch self {
        case .mean: "算术平均"
        case .weighted: "按权重加权"
        case .minimum: "取最小值"
        }
    }
    public var englishName: String {
        switch self {
        case .mean: "Mean"
        case .weighted: "Weighted"
        case .minimum: "Minimum"
        }
    }
}

/// The schedule light, computed against the ORIGINAL deadline (进度灯).
public enum ScheduleLight: String, Codable, Sendable, CaseIterable {
    case green, yellow, red
    /// No light: no deadline, or the item is suspended.
    case none

    public var chineseName: String {
        switch self {
        case .green: "正常"
        case .yellow: "临期"
        case .red: "逾期"
        case .none: "无"
        }
    }
    public var englishName: String {
        switch self {
        case .green: "On time"
        case .yellow: "Due soon"
        case .red: "Overdue"
        case .none: "None"
        }
    }
}
