import Foundation

/// The covering notice (印发通知) that offices put before a plan: a title ending in 通知, the addressees
/// (各区人民政府，市政府各部门：), "现将《…》印发给你们", often numbered rules of its own (一、高度重视… 二、按时报送…),
/// a signature, then the plan with its own title. Finds where the plan starts, so the notice's rules are not read as
/// items, and what the notice asks about reporting.
enum CoveringNotice {
    typealias Paragraph = PlanDocumentParser.Paragraph

    struct Split {
        /// Index (among the paragraphs) of the plan's first paragraph, its title line when it has one; nil when the
        /// text is a notice with no plan after it.
        var planStart: Int?
        /// The title named in "现将《…》印发给你们" or "关于印发…的通知".
        var namedTitle: String?
        var reporting: ParsedDocument.ReportingHint?
    }

    /// Where a notice is looked for: its marks come within the first lines.
    static let searchedParagraphs = 10

    /// Nil when the text does not start with a covering notice.
    static func split(_ paragraphs: [Paragraph]) -> Split? {
        guard let first = paragraphs.prefix(searchedParagraphs).firstIndex(where: { isNoticeMark($0.text) }) else { return nil }
        var split = Split()
        split.namedTitle = paragraphs.prefix(searchedParagraphs + 5).lazy.compactMap { namedTitle(in: $0.text) }.first
        let named = split.namedTitle.map(squeezed)
        // A notice with rules of its own says so ("通知如下"); without, a numbered heading after it is the plan's.
        let hasRules = paragraphs.prefix(searchedParagraphs).contains { $0.text.contains("通知如下") || $0.text.contains("要求如下") }
        var afterNotice: Int?
        var index = first + 1
        while index < paragraphs.count {
            let text = paragraphs[index].text
            if !hasRules, afterNotice == nil, OutlineNumber.parse(text) != nil { afterNotice = index }
            // The notice ends with its signature's date; what follows is the plan, titled or not.
            if PlanDocumentParser.isDateLine(text), index + 1 < paragraphs.count, index > first {
                split.planStart = index + 1
                break
            }
            if let named, squeezed(text) == named {
                split.planStart = index
                break
            }
            if isAttachmentLabel(text), index + 1 < paragraphs.count, isTitleLine(paragraphs[index + 1].text) {
                split.planStart = index
                break
            }
            if isTitleLine(text) {
                split.planStart = index
                break
            }
            index += 1
        }
        split.planStart = split.planStart ?? afterNotice
        // Only copy-to lines after the signature: no plan.
        if let start = split.planStart, paragraphs[start...].allSatisfy({ PlanDocumentParser.isTail($0.text) }) { split.planStart = nil }
        let noticeEnd = split.planStart ?? paragraphs.count
        split.reporting = paragraphs[..<noticeEnd].lazy.compactMap(reportingHint).first
        return split
    }

    // MARK: - Marks of a notice

    private static let marks = ["印发给你们", "现印发给你们", "通知如下", "请认真贯彻执行", "请认真贯彻落实", "请认真组织实施", "请结合实际认真贯彻"]

    static func isNoticeMark(_ text: String) -> Bool {
        if marks.contains(where: text.contains) { return true }
        // The notice's own title: "…关于印发…的通知" (perhaps with its number after it).
        let head = text.split(whereSeparator: { "（(〔[".contains($0) }).first.map(String.init) ?? text
        return head.count <= 80 && head.hasSuffix("通知") && !head.contains("。")
    }

    /// "现将《X》印发给你们" or "关于印发X的通知" → X.
    static func namedTitle(in text: String) -> String? {
        if text.contains("印发"), let open = text.firstIndex(of: "《"), let close = text[open...].firstIndex(of: "》") {
            let inner = text[text.index(after: open)..<close]
            if !inner.isEmpty, text[close...].contains("印发") || text[..<open].contains("印发") { return String(inner) }
        }
        if let start = text.range(of: "关于印发")?.upperBound, let end = text.range(of: "的通知", range: start..<text.endIndex)?.lowerBound,
            start < end
        {
            return String(text[start..<end]).trimmingCharacters(in: CharacterSet(charactersIn: "《》"))
        }
        return nil
    }

    static let titleWords = ["要点", "方案", "意见", "计划", "清单", "安排", "规划", "台账", "一览表", "分工", "任务表", "责任表"]

    /// A plan's title alone on its line: short, no sentence punctuation, ending in 方案 / 要点 / 分工 …, not the notice's.
    static func isTitleLine(_ text: String) -> Bool {
        text.count <= 60 && !text.contains(where: { "。，；：:".contains($0) }) && titleWords.contains(where: text.hasSuffix)
            && !text.hasPrefix("关于") && !text.hasPrefix("各") && !text.hasPrefix("请") && !text.contains("印发")
            && OutlineNumber.parse(text) == nil
    }

    static func isAttachmentLabel(_ text: String) -> Bool {
        guard text.hasPrefix("附件") else { return false }
        let rest = text.dropFirst(2).filter { !$0.isWhitespace && !"：:".contains($0) }
        return rest.allSatisfy { $0.isNumber || FoldedText.isChineseDigit($0) }
    }

    private static func squeezed(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace && !"《》".contains($0) })
    }

    // MARK: - Reporting

    private static let reportWords = ["报送", "上报", "报告", "报市", "报区", "报省", "报县"]

    /// The first sentence of the notice that asks for reports by dates, with a schedule when it names one.
    static func reportingHint(_ paragraph: Paragraph) -> ParsedDocument.ReportingHint? {
        for sentence in paragraph.text.split(whereSeparator: { "。；;".contains($0) }) {
            let text = String(sentence).trimmingCharacters(in: .whitespaces)
            guard reportWords.contains(where: text.contains), text.contains("日") || text.contains("月底") else { continue }
            let folded = TextNormalizer.halfWidth(text)
            let dates = monthDays(in: folded)
            guard !dates.isEmpty || folded.contains("每月") || folded.contains("每季度") else { continue }
            return .init(text: text, schedule: schedule(folded, dates: dates), line: paragraph.line)
        }
        return nil
    }

    /// 每月25日前 → monthly; 每季度最后一个月30日前 → the 30th of March, June, September, December; four dates, one in each
    /// quarter → those dates.
    static func schedule(_ text: String, dates: [ReportingSchedule.MonthDay]) -> ReportingSchedule? {
        if let range = text.range(of: "每月") {
            let digits = text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if let day = Int(digits), (1...31).contains(day) { return .monthly(day: day) }
        }
        if let range = text.range(of: "每季度最后一个月") ?? text.range(of: "每季度末月") {
            let digits = text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if let day = Int(digits), (1...30).contains(day) {
                return .quarterly([3, 6, 9, 12].map { ReportingSchedule.MonthDay(month: $0, day: $0 == 6 || $0 == 9 ? min(day, 30) : day) })
            }
        }
        if dates.count == 4, dates.map({ ($0.month - 1) / 3 }) == [0, 1, 2, 3] { return .quarterly(dates) }
        return nil
    }

    /// "4月10日、7月10日" → (4, 10), (7, 10).
    static func monthDays(in text: String) -> [ReportingSchedule.MonthDay] {
        var result: [ReportingSchedule.MonthDay] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index] == "月" else {
                index += 1
                continue
            }
            var start = index
            while start > 0, characters[start - 1].isASCII, characters[start - 1].isNumber, index - start < 2 { start -= 1 }
            var end = index + 1
            while end < characters.count, characters[end].isASCII, characters[end].isNumber, end - index <= 2 { end += 1 }
            if start < index, end > index + 1, end < characters.count, characters[end] == "日",
                let month = Int(String(characters[start..<index])), let day = Int(String(characters[(index + 1)..<end])),
                (1...12).contains(month), (1...31).contains(day)
            {
                result.append(.init(month: month, day: day))
            }
            index = end
        }
        return result
    }
}
