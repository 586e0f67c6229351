import Foundation

/// Reads the text of a plan (方案 / 工作要点 / 实施意见), already extracted from its .docx, into a
/// tree of numbered items with units, leaders and deadlines. Pure: no matching against known
/// units and no saving — the import does that with the result, after the office has seen it.
public enum PlanDocumentParser {
    /// Lines longer than this are still read, but flagged: usually several paragraphs lost their breaks.
    public static let longLineWarningLength = 5_000
    /// Titles longer than this probably lack the 。 that ends them.
    public static let longTitleWarningLength = 80

    public static func parse(_ text: String, planYear: Int?) -> ParsedDocument {
        let rows = Self.paragraphs(of: text)
        if let table = TableText.parse(rows, planYear: planYear) { return table }
        let paragraphs = rows.map { Paragraph(text: $0.text.trimmingCharacters(in: .whitespaces), line: $0.line, index: $0.index) }

        var document = ParsedDocument()
        var nodes: [Node] = []
        var stack: [Int] = []
        var numbering = Numbering()
        var inTail = false
        var seenHeading = false
        var preamble: [Paragraph] = []

        for paragraph in paragraphs {
            if paragraph.text.count > longLineWarningLength {
                document.warnings.append(.init(line: paragraph.line, message: "第\(paragraph.line)行过长（\(paragraph.text.count)字），可能是多个段落缺少换行"))
            }
            if inTail || isTail(paragraph.text) {
                inTail = inTail || startsTail(paragraph.text)
                document.skipped.append(paragraph.text)
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
                nodes.append(
                    Node(
                        marker: marker, style: heading.style, index: heading.index, depth: stack.count, parent: parent,
                        texts: [String(heading.rest)], firstLine: paragraph.line, lastLine: paragraph.line,
                        paragraphIndex: paragraph.index
                    ))
                if let parent { nodes[parent].children.append(nodes.count - 1) }
                stack.append(nodes.count - 1)
            } else if seenHeading, let current = stack.last {
                nodes[current].texts.append(paragraph.text)
                nodes[current].lastLine = paragraph.line
            } else {
                preamble.append(paragraph)
                document.skipped.append(paragraph.text)
            }
        }

        document.title = title(in: preamble)
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
        document.warnings.sort { $0.line < $1.line }
        return document
    }

    // MARK: - Paragraphs

    struct Paragraph {
        /// Trimmed text of the line.
        var text: String
        /// 1-based line number.
        var line: Int
        /// 0-based index among non-blank lines.
        var index: Int
    }

    private static let blanksButTab = CharacterSet.whitespacesAndNewlines.subtracting(CharacterSet(charactersIn: "\t"))

    /// One paragraph per non-blank line; text from .docx has one line per paragraph.
    static func paragraphs(of text: String) -> [Paragraph] {
        var result: [Paragraph] = []
        var line = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
            line += 1
            // Tabs are kept at the ends: a table row may start or end with an empty cell.
            let trimmed = raw.trimmingCharacters(in: blanksButTab)
            guard trimmed.contains(where: { !$0.isWhitespace }) else { continue }
            result.append(Paragraph(text: trimmed, line: line, index: result.count))
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
        var firstLine: Int
        var lastLine: Int
        var paragraphIndex: Int
        var children: [Int] = []
    }

    private static func markerText(of line: String, rest: Substring) -> String {
        let start = line.firstIndex { !$0.isWhitespace } ?? line.startIndex
        return String(line[start..<rest.startIndex]).trimmingCharacters(in: .whitespaces)
    }

    /// Assignment out, then title and content split, then the deadline read from what is left.
    private static func finish(_ node: Node, planYear: Int?, warnings: inout [ParsedDocument.Warning]) -> ParsedItem {
        let full = node.texts.joined(separator: "\n")
        let assignment = UnitCell.extractAssignment(from: full)
        let text = assignment?.removing(from: full) ?? full
        let (title, content) = splitTitle(text)

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
        } else if title.count > longTitleWarningLength {
            warnings.append(.init(line: node.firstLine, message: "\(node.marker)标题过长（\(title.count)字），可能缺少句号"))
        }
        return ParsedItem(
            number: node.marker, style: node.style, index: node.index, title: title, content: content,
            depth: node.depth, lead: assignment?.lead, participants: assignment?.participants ?? [],
            leader: assignment?.leaderName, deadline: deadline, lines: node.firstLine...node.lastLine,
            paragraphIndex: node.paragraphIndex
        )
    }

    /// The title runs to the first 。 or ； of the heading paragraph; the rest, and the
    /// paragraphs after it, are content.
    static func splitTitle(_ text: String) -> (title: String, content: String) {
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
    private static func isTail(_ text: String) -> Bool {
        if startsTail(text) { return true }
        if text.hasPrefix("附件") && (text.hasPrefix("附件：") || text.hasPrefix("附件:") || text == "附件") { return true }
        guard text.utf8.count <= 75 else { return false }
        if isDateLine(text) { return true }
        return text.count <= 25 && !text.contains(where: { "。，；：、".contains($0) })
            && signatures.contains(where: text.hasSuffix) && OutlineNumber.parse(text) == nil
    }

    /// "2022年3月1日" or "2022年3月1日印发" alone on a line.
    private static func isDateLine(_ text: String) -> Bool {
        guard text.hasSuffix("日") || text.hasSuffix("印发") else { return false }
        let folded = String(text.map(FoldedText.fold)).replacingOccurrences(of: "印发", with: "")
        let parts = folded.split(whereSeparator: { "年月日".contains($0) })
        return folded.hasSuffix("日") && parts.count == 3
            && parts.allSatisfy { FormValue.isDigits($0) || ChineseNumeral.parse(String($0)) != nil || $0.allSatisfy(FoldedText.isChineseDigit) }
    }

    private static let titleWords = ["要点", "方案", "意见", "计划", "清单", "安排", "规划", "台账", "一览表"]

    /// The plan's title line before the body, else the name inside 《》 in the covering notice.
    static func title(in preamble: [Paragraph]) -> String? {
        let standalone = preamble.last { paragraph in
            let text = paragraph.text
            return text.count <= 60 && !text.contains(where: { "。，；：".contains($0) })
                && titleWords.contains(where: text.hasSuffix) && !text.hasPrefix("关于")
        }
        if let standalone { return standalone.text }
        for paragraph in preamble {
            if let open = paragraph.text.firstIndex(of: "《"), let close = paragraph.text[open...].firstIndex(of: "》") {
                return String(paragraph.text[paragraph.text.index(after: open)..<close])
            }
        }
        return nil
    }
}
