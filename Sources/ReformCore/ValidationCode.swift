/// Why a value was rejected.
public enum ValidationCode: String, Codable, Sendable, CaseIterable {
    case required, tooLong, invalidDate, invalidNumber, outOfRange, invalidChoice, dateOrder, invalidCode, duplicate, unchanged, notFound, cycle, tooShort, incorrect

    /// A sentence naming the field, e.g. “完成时限：日期格式应为 YYYY-MM-DD”.
    /// Every range in this domain starts at 0, so `limit` is enough to state it.
    public func message(chinese: Bool, field label: String, limit: Int?) -> String {
        chinese ? "\(label)：\(chineseText(limit: limit))" : "\(label): \(englishText(limit: limit))"
    }

    private func chineseText(limit: Int?) -> String {
        switch self {
        case .required: "不能为空"
        case .tooLong: limit.map { "不能超过 \($0) 个字" } ?? "内容过长"
        case .invalidDate: "日期格式应为 YYYY-MM-DD"
        case .invalidNumber: "应为数字"
        case .outOfRange: limit.map { "应在 0 到 \($0) 之间" } ?? "超出允许范围"
        case .invalidChoice: "不是可选的值"
        case .dateOrder: "不能早于开始日期"
        case .invalidCode: limit.map { "应为 \($0) 位数字" } ?? "代码格式不正确"
        case .duplicate: "存在重复"
        case .unchanged: "与原值相同，未作修改"
        case .notFound: "所选记录不存在"
        case .cycle: "不能选择自身或其下级"
        case .tooShort: limit.map { "不能少于 \($0) 个字符" } ?? "过短"
        case .incorrect: "不正确"
        }
    }

    private func englishText(limit: Int?) -> String {
        switch self {
        case .required: "required"
        case .tooLong: limit.map { "at most \($0) characters" } ?? "too long"
        case .invalidDate: "expected a date as YYYY-MM-DD"
        case .invalidNumber: "expected a number"
        case .outOfRange: limit.map { "must be between 0 and \($0)" } ?? "out of range"
        case .invalidChoice: "not one of the allowed choices"
        case .dateOrder: "must not be before the start date"
        case .invalidCode: limit.map { "expected \($0) digits" } ?? "invalid code"
        case .duplicate: "contains a duplicate"
        case .unchanged: "same as the current value, nothing changed"
        case .notFound: "the selected record does not exist"
        case .cycle: "cannot be the record itself or one below it"
        case .tooShort: limit.map { "at least \($0) characters" } ?? "too short"
        case .incorrect: "is incorrect"
        }
    }
}
