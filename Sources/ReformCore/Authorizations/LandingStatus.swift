/// How far an authorized item (授权事项) has landed (落地), in the words offices report with. An item starts 未落地 and moves
/// forward; each change is kept with its date, so the counts can be taken as of any past day.
public enum LandingStatus: String, Codable, Sendable, CaseIterable {
    case notLanded = "not_landed"  // 未落地
    case progressing  // 推进中
    case substantialProgress = "substantial_progress"  // 取得实质性进展
    case effective  // 落地见效
    case landed  // 正式落地

    /// Counted as "progressing" in "X of N formally landed, Y progressing": under way but not formally landed.
    public var isProgressing: Bool { self == .progressing || self == .substantialProgress || self == .effective }

    /// The status written in Chinese (an import's cell may say 正式落地 instead of landed).
    public static let chinese: [LandingStatus: String] = [
        .notLanded: "未落地", .progressing: "推进中", .substantialProgress: "取得实质性进展", .effective: "落地见效", .landed: "正式落地"
    ]

    /// The code or its Chinese or English name, as a cell or a form may give it.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let s = LandingStatus(rawValue: t) {
            self = s
        } else if let s = Self.chinese.first(where: { $0.value == t })?.key {
            self = s
        } else {
            return nil
        }
    }
}

/// How an authorized item takes effect: filed with the granting body (备案) or approved by it one by one (报批).
public enum ApprovalMode: String, Codable, Sendable, CaseIterable {
    case filing  // 备案
    case approval  // 报批

    public static let chinese: [ApprovalMode: String] = [.filing: "备案", .approval: "报批"]

    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let m = ApprovalMode(rawValue: t) {
            self = m
        } else if let m = Self.chinese.first(where: { $0.value == t })?.key {
            self = m
        } else {
            return nil
        }
    }
}
