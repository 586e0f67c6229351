import Foundation
import ReformCore

/// Turns the text of a plan document (pasted, or taken out of a .docx) into an import payload:
/// the parser's tree flattened parents first, units as written, deadlines with their words, and the
/// parser's warnings as report lines.
enum ImportDocumentReader {
    /// `currentYear` stands in when neither the caller nor the text names the plan's year.
    static func read(
        text: String, target: ImportTarget, planYear given: Int?, currentYear: Int,
        extraNotes: [ImportProblem] = []
    ) -> ImportPayload {
        let planYear = given ?? detectYear(in: text) ?? currentYear
        let document = PlanDocumentParser.parse(text, planYear: planYear)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)

        var payload = ImportPayload(target: target, planYear: planYear)
        payload.detected = detect(document, skipped: document.skipped)
        payload.skipped = document.skipped
        let warnings: [ImportProblem] = document.warnings.map { warning in
            let isNoticeOnly = warning.message == PlanDocumentParser.noticeOnlyMessage
            return ImportProblem(
                severity: isNoticeOnly ? .error : .warning, code: isNoticeOnly ? "notice_only" : "document",
                line: warning.line, messageZh: warning.message,
                messageEn: "Line \(warning.line): \(englishHint(warning.message)) — “\(warning.message)”")
        }
        payload.notes = extraNotes + warnings
        payload.notes += skippedNotes(document)
        payload.notes += reportingNotes(document)

        func visit(_ item: ParsedItem, parent: Int?, depth: Int) {
            let key = payload.items.count
            var lead: String?
            var participants: [String] = []
            var collective: [String] = []
            if let mention = item.lead {
                if isGroup(mention) { collective.append(mention.name) } else { lead = mention.name }
            }
            for mention in item.participants {
                if isGroup(mention) { collective.append(mention.name) } else if mention.name != lead { participants.append(mention.name) }
            }
            var imported = ImportItem(
                key: key, parent: parent, depth: depth, number: item.number, title: item.title, content: item.content,
                lead: lead, participants: participants, collective: collective, leader: item.leader ?? "",
                location: .lines(item.lines), source: source(lines, item.lines))
            switch item.deadline {
            case .date(let date, let original)?:
                imported.deadline = date.iso
                imported.deadlineText = original
            case .ongoing(let original)?:
                imported.deadlineText = original
            case .invalid, nil:
                break
            }
            payload.items.append(imported)
            for child in item.children { visit(child, parent: key, depth: depth + 1) }
        }
        for item in document.items { visit(item, parent: nil, depth: 0) }
        return payload
    }

    /// One line per run of paragraphs the parser left out, saying which lines and why.
    static func skippedNotes(_ document: ParsedDocument) -> [ImportProblem] {
        document.skippedParts.map { part in
            let lines = part.lines.count == 1 ? "第\(part.lines.lowerBound)行" : "第\(part.lines.lowerBound)–\(part.lines.upperBound)行"
            let linesEn = part.lines.count == 1 ? "Line \(part.lines.lowerBound)" : "Lines \(part.lines.lowerBound)–\(part.lines.upperBound)"
            let first = part.firstText.count > 30 ? String(part.firstText.prefix(30)) + "…" : part.firstText
            let why = part.reason.explanation
            return ImportProblem(
                severity: .warning, code: "skipped", line: part.lines.lowerBound,
                messageZh: "\(lines)未作为事项导入：\(why.zh)（“\(first)”）",
                messageEn: "\(linesEn) not imported as items: \(why.en) (“\(first)”)")
        }
    }

    /// What the covering notice asks about reporting, as a suggestion for the plan's reporting schedule.
    static func reportingNotes(_ document: ParsedDocument) -> [ImportProblem] {
        guard let hint = document.reporting else { return [] }
        let schedule = hint.schedule.map { (ReportPages.scheduleText($0, .zh), ReportPages.scheduleText($0, .en)) }
        return [
            ImportProblem(
                severity: .warning, code: "reporting", line: hint.line,
                messageZh: "通知提出的报送要求：“\(hint.text)”，可据此设置方案的报送时间" + (schedule.map { "（建议：\($0.0)）" } ?? ""),
                messageEn: "The notice asks for reports: “\(hint.text)”; consider it for the plan's reporting schedule"
                    + (schedule.map { " (suggested: \($0.1))" } ?? ""))
        ]
    }

    /// 各区、各有关单位, and also 市各部门、区各街道: groups that take part, not one unit to match.
    static func isGroup(_ mention: UnitCell.Mention) -> Bool {
        mention.isCollective || ["市各", "区各", "省各", "县各", "镇各"].contains(where: mention.name.hasPrefix)
    }

    /// The text lines an item was read from.
    static func source(_ lines: [Substring], _ range: ClosedRange<Int>) -> String {
        let lower = max(1, range.lowerBound), upper = min(lines.count, range.upperBound)
        guard lower <= upper else { return "" }
        return lines[(lower - 1)...(upper - 1)].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    // MARK: - What the document says about itself

    /// The first year named in the title area ("广州市2022年全面深化改革工作要点").
    static func detectYear(in text: String) -> Int? {
        for line in text.split(whereSeparator: \.isNewline).prefix(40) {
            if let year = firstYear(in: Substring(line)) { return year }
        }
        return nil
    }

    private static func firstYear(in line: Substring) -> Int? {
        let folded = TextNormalizer.normalizeForSearch(String(line))
        var digits = ""
        for c in folded {
            if c.isASCII, c.isNumber {
                digits.append(c)
                continue
            }
            if c == "年", digits.count == 4, let year = Int(digits), (1990...2100).contains(year) { return year }
            digits = ""
        }
        return nil
    }

    static func detect(_ document: ParsedDocument, skipped: [String]) -> ImportDetectedPlan {
        var detected = ImportDetectedPlan()
        detected.title = document.title
        detected.docNumber = document.docNumber
        detected.reporting = document.reporting?.text
        detected.reportingSchedule = document.reporting?.schedule?.storageText
        for paragraph in skipped {
            let line = paragraph.trimmingCharacters(in: .whitespaces)
            if detected.issuer == nil, line.count <= 40, !line.contains(where: { "。，；：:,".contains($0) }),
                ["委员会", "委员会办公室", "改革办", "办公室", "人民政府", "办公厅"].contains(where: line.hasSuffix)
            {
                detected.issuer = line
            }
            if detected.issueDate == nil, let date = dateLine(line) { detected.issueDate = date }
        }
        return detected
    }

    /// "2022年3月10日" alone on a line (a signature date), as YYYY-MM-DD.
    static func dateLine(_ line: String) -> String? {
        let folded = TextNormalizer.normalizeForSearch(line).replacingOccurrences(of: " ", with: "")
        guard folded.hasSuffix("日"), folded.count <= 12 else { return nil }
        let parts = folded.dropLast().split(whereSeparator: { $0 == "年" || $0 == "月" })
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            let date = LocalDate(year: y, month: m, day: d)
        else { return nil }
        return date.iso
    }

    /// A short English gloss of the parser's Chinese warnings.
    static func englishHint(_ message: String) -> String {
        if message.contains("重复") { return "repeated outline number" }
        if message.contains("不连续") { return "outline numbers skip or go back" }
        if message.contains("没有标题") { return "a heading without a title" }
        if message.contains("标题过长") { return "a very long title (a missing full stop?)" }
        if message.contains("过长") { return "a very long line (paragraph breaks missing?)" }
        if message.contains("没有找到编号") { return "no numbered headings found" }
        if message == PlanDocumentParser.noticeOnlyMessage {
            return "this is a notice; no plan was found after it (its numbered rules are not plan items)"
        }
        if message.contains("表头") { return "header row" }
        if message.contains("时限") || message.contains("日期") || message.contains("月") { return "a deadline that is not a date" }
        return "check this line"
    }
}
