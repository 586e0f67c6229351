/// Why a value was rejected.
public enum ValidationCode: String, Codable, Sendable, CaseIterable {
    case required, tooLong, invalidDate, invalidNumber, outOfRange, invalidChoice, dateOrder, invalidCode, duplicate, unchanged, notFound, cycle,
        tooShort, incorrect
    /// Passwords: one of the most used ones, or a run or repetition a guesser tries first; or it contains the username.
    case tooCommon, containsName
    /// A date written correctly for a day its month does not have (2023-02-30); the issue's `value` names it.
    case noSuchDay
    /// Uploads: an empty file, one over the size limit (`limit` in MB), or one whose type or content is not allowed.
    case fileEmpty, fileTooLarge, fileType
    /// A date later than a limit set from above (a cascaded copy's deadline); the issue's `value` is the limit.
    case afterLimit
    /// A request for more time that asks for no more than the limit in force (`value` names the limit).
    case notAfterLimit
    /// A template names a placeholder it does not have (`value` names it, e.g. "{subjet}").
    case unknownPlaceholder
    /// A date outside the one year it must fall in (a carried-over measure's new deadline); the issue's `value` is the year.
    case notInYear
    /// A sentence naming the field, e.g. “完成时限：日期格式应为 YYYY-MM-DD”.
    /// Every range in this domain starts at 0, so `limit` is enough to state it.
    /// `value` is the rejected value, for the codes whose sentence names it (`noSuchDay`).
    public func message(chinese: Bool, field label: String, limit: Int?, value: String? = nil) -> String {
        chinese ? "\(label)：\(chineseText(limit: limit, value: value))" : "\(label): \(englishText(limit: limit, value: value))"
    }

    private func chineseText(limit: Int?, value: String?) -> String {
        switch self {
        case .noSuchDay:
            if let p = value.flatMap(FormValue.dateParts) { "\(p.year)年\(p.month)月没有\(p.day)日" } else { "该月没有这一天" }
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
        case .fileEmpty: "文件为空"
        case .fileTooLarge: limit.map { "文件不能超过 \($0) MB" } ?? "文件过大"
        case .fileType: "仅接受 PDF、图片（PNG/JPG）和办公文档（DOCX/XLSX/PPTX/DOC/XLS/WPS/OFD），且内容须与扩展名相符"
        case .tooShort: limit.map { "不能少于 \($0) 个字符" } ?? "过短"
        case .incorrect: "不正确"
        case .afterLimit: value.map { "不能晚于 \($0)" } ?? "不能晚于上级规定的时限"
        case .notAfterLimit: value.map { "应晚于现行时限 \($0)" } ?? "没有上级规定的时限，无需申请"
        case .notInYear: value.map { "应在\($0)年内" } ?? "不在规定的年度内"
        case .tooCommon: "过于常见或容易猜到（如常用密码、连续数字或字母、重复字符、键盘顺序），请换一个"
        case .containsName: "不能包含用户名"
        case .unknownPlaceholder: "没有占位符\(value ?? "")；可用的是 {subject}（事项）、{units}（单位）、{deadline}（时限）、{result}（要求）"
        }
    }

    private func englishText(limit: Int?, value: String?) -> String {
        switch self {
        case .noSuchDay:
            if let p = value.flatMap(FormValue.dateParts) {
                "\(Self.monthNames[p.month - 1]) \(p.year) has no day \(p.day)"
            } else {
                "that month has no such day"
            }
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
        case .fileEmpty: "the file is empty"
        case .fileTooLarge: limit.map { "must not be larger than \($0) MB" } ?? "the file is too large"
        case .fileType: "only PDF, images (PNG/JPG) and office documents (DOCX/XLSX/PPTX/DOC/XLS/WPS/OFD) whose content matches the extension"
        case .tooShort: limit.map { "at least \($0) characters" } ?? "too short"
        case .incorrect: "is incorrect"
        case .afterLimit: value.map { "must not be later than \($0)" } ?? "must not be later than the limit set above"
        case .notAfterLimit: value.map { "must be later than the limit in force, \($0)" } ?? "no limit is set above, so none needs extending"
        case .notInYear: value.map { "must fall in \($0)" } ?? "must fall in the year required"
        case .tooCommon:
            "too common or easy to guess (a much-used password, a run of digits or letters, a repeated character, a keyboard row): choose another"
        case .containsName: "must not contain the username"
        case .unknownPlaceholder: "there is no placeholder \(value ?? ""); use {subject}, {units}, {deadline} or {result}"
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"
    ]
}
