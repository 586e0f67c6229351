import Foundation

/// Reads the text of a plan (方案 / 工作要点 / 实施意见), already extracted from its .docx, into a
/// tree of numbered items with units, leaders and deadlines. Pure: no matching against known
/// units and no saving — the import does that with the result, after the office has seen it.
public enum PlanDocumentParser {
    /// Lines longer than this are still read, but flagged: usually several paragraphs lost their breaks.
    public static let longLineWarningLength = 5_000
    /// Titles longer than this probably lack the 。 that ends them.
    public static let longTitleWarningLength = 80

    /// The text is read as written and also converted to simplified characters (`ChineseScript`): the converted
    /// text is what the rules read, the written one what items show.
    public static func parse(_ text: String, planYear: Int?) -> ParsedDocument {
        var rows = Self.paragraphs(of: text)
        if let rebuilt = CellPerLineTable.rebuild(rows) { rows = rebuilt }

        var document = ParsedDocument()
        var body = rows[...]
        var namedTitle: String?
        if let notice = CoveringNotice.split(rows) {
            document.reporting = notice.reporting.map { hint in
                var hint = hint
                if let row = rows.first(where: { $0.line == hint.line }) { hint.text = writtenSlice(hint.text, of: row) }
                return hint
            }
            namedTitle = notice.namedTitle.map { named in rows.first { $0.text.contains(named) }.map { writtenSlice(named, of: $0) } ?? named }
            let end = notice.planStart ?? rows.count
            for row in rows[..<end] { document.skip(row, .notice) }
            document.docNumber = PlanDocumentNumber.own(in: rows[..<end].map(\.text))
            guard end < rows.count else {
                document.isNoticeOnly = true
                document.title = namedTitle
                document.warnings.append(.init(line: rows.first?.line ?? 1, message: noticeOnlyMessage))
                return document
            }
            body = rows[end...]
        }
        if let table = TableText.parse(Array(body), planYear: planYear, namedTitle: namedTitle) {
            document.skipped += table.skipped
            document.skippedParts += table.skippedParts
            document.title = table.title
            document.items = table.items
            document.warnings += table.warnings
        } else {
            readOutline(Array(body), planYear: planYear, namedTitle: namedTitle, into: &document)
        }
        if document.docNumber == nil {
            let firstItemIndex = document.items.first?.paragraphIndex ?? rows.count
            document.docNumber = PlanDocumentNumber.own(in: rows.prefix { $0.index < firstItemIndex }.map(\.text))
        }
        inheritLeaders(&document.items, from: nil)
        document.warnings.sort { $0.line < $1.line }
        return document
    }

    /// The warning for a text that is only a covering notice.
    public static let noticeOnlyMessage = "这是一份通知，未找到方案正文：通知中的编号条目不作为方案事项读入"

    private static func readOutline(_ paragraphs: [Paragraph], planYear: Int?, namedTitle: String?, into document: inout ParsedDocument) {
        var nodes: [Node] = []
        var stack: [Int] = []
        var numbering = Numbering()
        var inTail = false
        var seenHeading = false
        var preamble: [Paragraph] = []
        // Leaders named on a line of their own before a block of items ("分管市领导：张三"), by the block's parent.
        var blockLeaders: [Int: String] = [:]

        for (position, paragraph) in paragraphs.enumerated() {
            if ScalarText.count(paragraph.text) > longLineWarningLength {
                document.warnings.append(.init(line: paragraph.line, message: "第\(paragraph.line)行过长（\(paragraph.text.count)字），可能是多个段落缺少换行"))
            }
            if inTail || isTail(paragraph.text) {
                inTail = inTail || startsTail(paragraph.text)
                document.skip(paragraph, inTail ? .copyTo : tailReason(paragraph.text))
                continue
            }
            if let heading = OutlineNumber.parse(paragraph.text) {
                seenHeading = true
                while let top = stack.last, nodes[top].style.rawValue >= heading.style.rawValue { stack.removeLast() }
                let parent = stack.last
                let marker = markerText(of: paragraph.text, rest: heading.rest)
                if let message = numbering.check(style: heading.style, index: heading.index, parent: parent, marker: marker) {
                    document.warnings.append(.init(line: paragraph.line, message: message))
                }
                let writtenRest =
                    ScalarText.count(paragraph.written) == ScalarText.count(paragraph.text)
                    ? writtenSlice(String(heading.rest), of: paragraph) : String(heading.rest)
                nodes.append(
                    Node(
                        marker: marker, style: heading.style, index: heading.index, depth: stack.count, parent: parent,
                        texts: [String(heading.rest)], writtenTexts: [writtenRest], firstLine: paragraph.line, lastLine: paragraph.line,
                        paragraphIndex: paragraph.index, blockLeader: blockLeaders[parent ?? -1]
                    ))
                if let parent { nodes[parent].children.append(nodes.count - 1) }
                stack.append(nodes.count - 1)
            } else if let leader = leaderOnly(paragraph.text), position + 1 < paragraphs.count,
                let next = OutlineNumber.parse(paragraphs[position + 1].text),
                stack.last.map({ next.style.rawValue > nodes[$0].style.rawValue }) ?? true
            {
                // Before a block of items one level down (or before the first heading): the leader of the items that
                // follow at that level, until their parent ends. A leader line before a sibling heading is the
                // current item's ("（一）…\n分管省领导：王伟中\n（二）…").
                var scope = stack
                while let top = scope.last, nodes[top].style.rawValue >= next.style.rawValue { scope.removeLast() }
                blockLeaders[scope.last ?? -1] = leader
                if !seenHeading { document.skip(paragraph, .preamble) }
            } else if seenHeading, let current = stack.last {
                nodes[current].texts.append(paragraph.text)
                nodes[current].writtenTexts.append(paragraph.written)
                nodes[current].lastLine = paragraph.line
            } else {
                preamble.append(paragraph)
                document.skip(paragraph, isTitleLine(paragraph.text) ? .title : .preamble)
            }
        }

        document.title = title(in: preamble, named: namedTitle)
        if nodes.isEmpty {
            document.warnings.append(.init(line: paragraphs.first?.line ?? 1, message: "没有找到编号的条目（一、 （一） 1. （1）），未能读出任何事项"))
        }
        var built: [ParsedItem?] = Array(repeating: nil, count: nodes.count)
        // Children come after their parent, so building from the end finds them ready.
        for index in nodes.indices.reversed() {
            var item = finish(nodes[index], planYear: planYear, warnings: &document.warnings)
            item.children = nodes[index].children.compactMap { built[$0] }
            built[index] = item
        }
        document.items = nodes.indices.filter { nodes[$0].parent == nil }.compactMap { built[$0] }
    }

    /// Items that name no leader take their group's: a leader in a heading applies to everything under it.
    static func inheritLeaders(_ items: inout [ParsedItem], from leader: String?) {
        for index in items.indices {
            if items[index].leader == nil { items[index].leader = leader }
            inheritLeaders(&items[index].children, from: items[index].leader)
        }
    }

    /// "分管市领导：张三" alone on its line: the leader's name.
    static func leaderOnly(_ text: String) -> String? {
        guard ScalarText.count(text) <= 40, text.contains("：") || text.contains(":") else { return nil }
        let segments = UnitCell.labelledSegments(in: text[...])
        guard segments.count == 1, let segment = segments.first, segment.role == .leader, segment.labelStart == text.startIndex,
            text[segment.end...].allSatisfy({ $0.isWhitespace || $0.isPunctuation })
        else { return nil }
        let name = PersonName.normalized(String(segment.value))
        return name.isEmpty ? nil : name
    }

    /// `slice`, found in the paragraph's converted text, as written: the same characters of the written text when
    /// the two line up character for character (OpenCC's t2s nearly always does), else the slice itself.
    static func writtenSlice(_ slice: String, of paragraph: Paragraph) -> String {
        guard paragraph.text != paragraph.written, paragraph.text.count == paragraph.written.count,
            let range = paragraph.text.range(of: slice)
        else { return slice }
        let start = paragraph.text.distance(from: paragraph.text.startIndex, to: range.lowerBound)
        let length = paragraph.text.distance(from: range.lowerBound, to: range.upperBound)
        let lower = paragraph.written.index(paragraph.written.startIndex, offsetBy: start)
        return String(paragraph.written[lower..<paragraph.written.index(lower, offsetBy: length)])
    }

    // MARK: - Paragraphs

    struct Paragraph {
        /// Trimmed text of the line, in simplified characters: what the rules read.
        var text: String
        /// 1-based line number.
        var line: Int
        /// 0-based index among non-blank lines.
        var index: Int
        /// The line as written (traditional characters kept), trimmed the same way.
        var written: String

        init(text: String, line: Int, index: Int, written: String? = nil) {
            self.text = text
            self.line = line
            self.index = index
            self.written = written ?? text
        }
    }

    private static let blanksButTab = CharacterSet.whitespacesAndNewlines.subtracting(CharacterSet(charactersIn: "\t"))

    /// One paragraph per non-blank line; text from .docx has one line per paragraph. Text in traditional characters
    /// is converted for the rules, line by line, the written line kept beside it.
    static func paragraphs(of text: String) -> [Paragraph] {
        let written = lines(of: text)
        let simplified = ChineseScript.simplified(text)
        guard simplified != text else { return written.map { Paragraph(text: $0.text, line: $0.line, index: $0.index) } }
        let converted = lines(of: simplified)
        guard converted.count == written.count, zip(converted, written).allSatisfy({ $0.line == $1.line }) else {
            return written.map { Paragraph(text: ChineseScript.simplified($0.text), line: $0.line, index: $0.index, written: $0.text) }
        }
        return zip(converted, written).map { Paragraph(text: $0.text, line: $0.line, index: $0.index, written: $1.text) }
    }

    private static func lines(of text: String) -> [(text: String, line: Int, index: Int)] {
        if ScalarText.isPlain(text) { return plainLines(of: text) }
        var result: [(text: String, line: Int, index: Int)] = []
        var line = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
            line += 1
            // Tabs are kept at the ends: a table row may start or end with an empty cell.
            let trimmed = raw.trimmingCharacters(in: blanksButTab)
            guard trimmed.contains(where: { !$0.isWhitespace }) else { continue }
            result.append((trimmed, line, result.count))
        }
        return result
    }

    /// `lines(of:)` for plain text, by scalars (ScalarText): the same lines, trimmed the same way.
    private static func plainLines(of text: String) -> [(text: String, line: Int, index: Int)] {
        var result: [(text: String, line: Int, index: Int)] = []
        var line = 0
        for raw in text.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: ScalarText.isNewline) {
            line += 1
            let trimmed = ScalarText.trimmedPlain(Substring(raw), blanksButTab)
            guard trimmed.unicodeScalars.contains(where: { !ScalarText.isWhitespace($0) }) else { continue }
            result.append((String(trimmed), line, result.count))
        }
        return result
    }

    // MARK: - Items

    struct Node {
        var marker: String
        var style: OutlineStyle
        var index: Int
        var depth: Int
        var parent: Int?
        var texts: [String]
        /// The same paragraphs as written, for what the item shows.
        var writtenTexts: [String]
        var firstLine: Int
        var lastLine: Int
        var paragraphIndex: Int
        /// The leader of the block this item is in, from a line of its own before the block.
        var blockLeader: String?
        var children: [Int] = []
    }

    private static func markerText(of line: String, rest: Substring) -> String {
        let start = line.firstIndex { !$0.isWhitespace } ?? line.startIndex
        return String(line[start..<rest.startIndex]).trimmingCharacters(in: .whitespaces)
    }

    /// Assignment out, then title and content split, then the deadline read from what is left. The rules read the
    /// converted text; title and content are cut from the written one by the same character positions.
    private static func finish(_ node: Node, planYear: Int?, warnings: inout [ParsedDocument.Warning]) -> ParsedItem {
        let full = node.texts.joined(separator: "\n")
        let writtenFull = node.writtenTexts.joined(separator: "\n")
        let assignment = UnitCell.extractAssignment(from: full)
        let text = assignment?.removing(from: full) ?? full
        let shown: String
        if ScalarText.equal(writtenFull, full) || ScalarText.count(writtenFull) != ScalarText.count(full) {
            shown = text
        } else if let assignment {
            var written = writtenFull
            for range in assignment.disjointRanges.reversed() { written.removeSubrange(mapped(range, from: full, to: written)) }
            shown = UnitCell.tidyAfterRemoval(written)
        } else {
            shown = writtenFull
        }
        let (title, content) = splitTitle(shown)
        let ruleTitle = splitTitle(text).title

        var deadline: DeadlinePhrase.Result?
        for (_, result) in DeadlinePhrase.findAll(in: text, planYear: planYear) {
            if let reason = result.invalidReason {
                warnings.append(.init(line: node.firstLine, message: "\(node.marker)\(short(title))：\(reason)"))
            } else {
                deadline = result
            }
        }
        if title.isEmpty {
            warnings.append(.init(line: node.firstLine, message: "\(node.marker)没有标题"))
        } else if ScalarText.count(title) > longTitleWarningLength {
            warnings.append(.init(line: node.firstLine, message: "\(node.marker)标题过长（\(title.count)字），可能缺少句号"))
        }
        let named = assignment?.leaderName.map(PersonName.normalized).flatMap { $0.isEmpty ? nil : $0 }
        let leader = named ?? LeaderPhrase.find(in: ruleTitle) ?? node.blockLeader
        return ParsedItem(
            number: node.marker, style: node.style, index: node.index, title: title, content: content,
            depth: node.depth, lead: assignment?.lead, participants: assignment?.participants ?? [],
            leader: leader, deadline: deadline, lines: node.firstLine...node.lastLine,
            paragraphIndex: node.paragraphIndex
        )
    }

    /// A range of `from` as the range of the same characters in `to` (two strings of equally many characters).
    private static func mapped(_ range: Range<String.Index>, from: String, to: String) -> Range<String.Index> {
        let start = from.distance(from: from.startIndex, to: range.lowerBound)
        let length = from.distance(from: range.lowerBound, to: range.upperBound)
        let lower = to.index(to.startIndex, offsetBy: start)
        return lower..<to.index(lower, offsetBy: length)
    }

    /// The title runs to the first 。 or ； of the heading paragraph; the rest, and the
    /// paragraphs after it, are content.
    static func splitTitle(_ text: String) -> (title: String, content: String) {
        if ScalarText.isPlain(text) { return plainSplitTitle(text) }
        let firstLineEnd = text.firstIndex(where: \.isNewline) ?? text.endIndex
        let head = text[..<firstLineEnd]
        var content: [Substring] = []
        let title: Substring
        if let stop = head.firstIndex(where: { $0 == "。" || $0 == "；" }) {
            title = head[..<stop]
            content.append(head[head.index(after: stop)...])
        } else {
            title = head
        }
        if firstLineEnd < text.endIndex {
            content.append(text[text.index(after: firstLineEnd)...])
        }
        let body = content.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return (title.trimmingCharacters(in: .whitespaces), body.joined(separator: "\n"))
    }

    /// `splitTitle` for plain text, by scalars (ScalarText).
    private static func plainSplitTitle(_ text: String) -> (title: String, content: String) {
        let scalars = text.unicodeScalars
        let firstLineEnd = scalars.firstIndex(where: ScalarText.isNewline) ?? scalars.endIndex
        let head = scalars[..<firstLineEnd]
        var content: [Substring] = []
        let title: Substring
        if let stop = head.firstIndex(where: { $0 == "。" || $0 == "；" }) {
            title = Substring(head[..<stop])
            content.append(Substring(head[head.index(after: stop)...]))
        } else {
            title = Substring(head)
        }
        if firstLineEnd < scalars.endIndex {
            content.append(Substring(scalars[scalars.index(after: firstLineEnd)...]))
        }
        let body = content.map { ScalarText.trimmedPlain($0, ScalarText.whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return (String(ScalarText.trimmedPlain(title, ScalarText.whitespaces)), body.joined(separator: "\n"))
    }

    private static func short(_ title: String) -> String {
        title.count > 20 ? String(title.prefix(20)) + "…" : title
    }

    // MARK: - Numbering

    /// Expects each marker to follow its previous sibling; a first child may restart at 1 or run on
    /// from the last number of its style anywhere in the document (measures numbered throughout).
    struct Numbering {
        private var lastUnderParent: [String: Int] = [:]
        private var lastOfStyle: [OutlineStyle: Int] = [:]

        mutating func check(style: OutlineStyle, index: Int, parent: Int?, marker: String) -> String? {
            let key = "\(parent ?? -1)/\(style.rawValue)"
            defer {
                lastUnderParent[key] = index
                lastOfStyle[style] = index
            }
            if let previous = lastUnderParent[key] {
                guard index != previous + 1 else { return nil }
                let expected = OutlineNumber.label(depth: style.rawValue, index: previous + 1)
                return index == previous
                    ? "编号“\(marker)”重复"
                    : "编号“\(marker)”不连续，按顺序应为“\(expected)”"
            }
            let runOn = (lastOfStyle[style] ?? 0) + 1
            guard index != 1, index != runOn else { return nil }
            return
                "编号“\(marker)”不连续，按顺序应为“\(OutlineNumber.label(depth: style.rawValue, index: 1))”或“\(OutlineNumber.label(depth: style.rawValue, index: runOn))”"
        }
    }

    // MARK: - Around the plan

    /// Lines after which nothing belongs to the plan: copy-to and publication notes.
    private static let tailStarts = ["抄送：", "抄送:", "公开方式：", "公开方式:", "印发机关", "主送："]

    private static func startsTail(_ text: String) -> Bool {
        guard let first = text.first, tailFirsts.contains(first) || text.hasSuffix("印发") else { return false }
        return tailStarts.contains(where: text.hasPrefix) || (text.hasSuffix("印发") && text.count < 40 && text.contains("办公厅"))
    }

    private static let tailFirsts = Set(tailStarts.compactMap(\.first))
    private static let signatures = ["人民政府", "办公厅", "办公室", "委员会", "改革办", "（印章）", "(印章)"]

    /// Lines that are never items: an attachment label, a signature, a date alone. Checked on
    /// every paragraph, so the cheap tests come first.
    static func isTail(_ text: String) -> Bool {
        if startsTail(text) { return true }
        if text.hasPrefix("附件") && (text.hasPrefix("附件：") || text.hasPrefix("附件:") || text == "附件") { return true }
        guard text.utf8.count <= 75 else { return false }
        if isDateLine(text) { return true }
        return text.count <= 25 && !text.contains(where: { "。，；：、".contains($0) })
            && signatures.contains(where: text.hasSuffix) && OutlineNumber.parse(text) == nil
    }

    /// Why a tail line is skipped.
    private static func tailReason(_ text: String) -> ParsedDocument.SkippedPart.Reason {
        if startsTail(text) { return .copyTo }
        if text.hasPrefix("附件") { return .attachmentLabel }
        return .signature
    }

    /// "2022年3月1日" or "2022年3月1日印发" alone on a line.
    static func isDateLine(_ text: String) -> Bool {
        guard text.hasSuffix("日") || text.hasSuffix("印发") else { return false }
        let folded = String(text.map(FoldedText.fold)).replacingOccurrences(of: "印发", with: "")
        let parts = folded.split(whereSeparator: { "年月日".contains($0) })
        return folded.hasSuffix("日") && parts.count == 3
            && parts.allSatisfy { FormValue.isDigits($0) || ChineseNumeral.parse(String($0)) != nil || $0.allSatisfy(FoldedText.isChineseDigit) }
    }

    /// A plan's title alone on its line.
    static func isTitleLine(_ text: String) -> Bool {
        CoveringNotice.isTitleLine(text)
    }

    /// The plan's title line before the body (as written), else the plan a notice names ("现将《…》印发给你们",
    /// "关于印发…的通知"). Any other name in 《》 (a report, a law the preamble cites) is not the plan's title.
    static func title(in preamble: [Paragraph], named: String?) -> String? {
        if let standalone = preamble.last(where: { isTitleLine($0.text) }) { return standalone.written }
        if let named { return named }
        for paragraph in preamble {
            if let inner = CoveringNotice.namedTitle(in: paragraph.text) { return writtenSlice(inner, of: paragraph) }
        }
        return nil
    }
}
