import Foundation

/// A work-points table (工作要点一览表) that reached the parser as text: one row per line, cells
/// separated by tabs, as a table copied out of Word or Excel arrives (or as `CellPerLineTable` rebuilds one
/// copied from a web page). Rows become items; a 领域 column groups them, and a 改革任务 column groups the rows
/// below it when it repeats (or is left blank under a merged cell), otherwise each row is one task whose 主要内容
/// is its content. A row of one cell that starts 一、 or （一） (a section row, merged across the table in Word) is
/// a heading that groups the rows below it; a leader it names ("一、李明省长主抓重点工作") leads them.
enum TableText {
    typealias Paragraph = PlanDocumentParser.Paragraph

    /// The header is looked for among this many lines: a table title, a note, blank rows may come first.
    static let headerSearchLength = 30

    static func parse(_ paragraphs: [Paragraph], planYear: Int?, namedTitle: String? = nil) -> ParsedDocument? {
        let head = paragraphs.prefix(headerSearchLength).map(cells)
        guard
            let headerRow = head.indices.first(where: { head[$0].count > 1 && Set(HeaderMap.map(headers: head[$0]).columns.values).count >= 3 })
        else { return nil }
        // Numbered headings before the header: a plan in prose with a table somewhere in it, not a table.
        guard !paragraphs[..<headerRow].contains(where: { OutlineNumber.parse($0.text) != nil }) else { return nil }
        let map = HeaderMap.map(headers: head[headerRow])
        let column = Dictionary(map.columns.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })

        var document = ParsedDocument()
        for paragraph in paragraphs[..<headerRow] {
            document.skip(paragraph, PlanDocumentParser.isTitleLine(paragraph.text) ? .title : .beforeTable)
        }
        document.skip(paragraphs[headerRow], .tableHeader)
        document.title = PlanDocumentParser.title(in: Array(paragraphs[..<headerRow]), named: namedTitle)
        document.warnings = map.problems.map { .init(line: paragraphs[headerRow].line, message: "表头：\($0)") }

        // Rows, with untabbed lines folded into the previous row's last cell (a cell with line breaks), unless
        // they are section rows.
        var rows: [(cells: [String], written: [String], paragraph: Paragraph, heading: Bool)] = []
        for paragraph in paragraphs[(headerRow + 1)...] {
            let rowCells = cells(paragraph), writtenCells = writtenCells(paragraph, count: rowCells.count)
            let isHeading = rowCells.filter { !$0.isEmpty }.count == 1 && CellPerLineTable.sectionHeading(rowCells.first { !$0.isEmpty }!) != nil
            if rowCells.count == 1, !isHeading, var last = rows.popLast(), !last.heading {
                let target = last.cells.lastIndex { !$0.isEmpty } ?? 0
                last.cells[target] += "\n" + rowCells[0]
                last.written[target] += "\n" + writtenCells[0]
                rows.append(last)
            } else {
                rows.append((rowCells, writtenCells, paragraph, isHeading))
            }
        }

        func value(_ c: LedgerColumn, _ row: [String]) -> String {
            guard let index = column[c], index < row.count else { return "" }
            return row[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let ownColumn: LedgerColumn? = [.measure, .content, .task].first { column[$0] != nil }
        let tasksGroup: Bool = {
            guard column[.task] != nil, ownColumn != .task, column[.measure] != nil || column[.content] != nil else { return false }
            let tasks = rows.filter { !$0.heading }.map { value(.task, $0.cells) }
            return tasks.contains("") || zip(tasks, tasks.dropFirst()).contains { $0 == $1 }
        }()
        let titleColumn: LedgerColumn? = tasksGroup ? (column[.measure] != nil ? .measure : .content) : (column[.task] != nil ? .task : ownColumn)

        var tree = Tree()
        var headings: [(node: Int, style: OutlineStyle)] = []
        var currentField: (name: String, node: Int)?, currentTask: (name: String, node: Int)?
        var rowCount = 0

        for row in rows {
            let line = row.paragraph.line, index = row.paragraph.index
            if row.heading {
                let position = row.cells.firstIndex { !$0.isEmpty }!
                let text = row.cells[position], written = row.written[position]
                let parsed = OutlineNumber.parse(text)!
                while let top = headings.last, top.style.rawValue >= parsed.style.rawValue { headings.removeLast() }
                let writtenRest = OutlineNumber.parse(written)?.rest ?? parsed.rest
                let title = PlanDocumentParser.splitTitle(String(writtenRest)).title
                let marker = String(text.drop(while: \.isWhitespace).prefix(upTo: parsed.rest.startIndex)).trimmingCharacters(in: .whitespaces)
                let node = tree.add(
                    ParsedItem(
                        number: marker, style: parsed.style, index: parsed.index, title: title, depth: 0,
                        leader: LeaderPhrase.find(in: PlanDocumentParser.splitTitle(String(parsed.rest)).title), lines: line...line,
                        paragraphIndex: index),
                    under: headings.last?.node)
                headings.append((node, parsed.style))
                currentField = nil
                currentTask = nil
                continue
            }
            let rowCells = row.cells
            let fieldName = value(.field, rowCells)
            if !fieldName.isEmpty, fieldName != currentField?.name {
                let node = tree.add(
                    ParsedItem(
                        number: "", style: .chapter, index: tree.fieldCount + 1, title: value(.field, row.written), depth: 0,
                        lines: line...line, paragraphIndex: index),
                    under: headings.last?.node)
                tree.fieldCount += 1
                currentField = (fieldName, node)
                currentTask = nil
            }
            if tasksGroup {
                let taskName = value(.task, rowCells)
                if !taskName.isEmpty, taskName != currentTask?.name {
                    let node = tree.add(
                        ParsedItem(
                            number: "", style: .section, index: 0, title: value(.task, row.written), depth: 0,
                            lines: line...line, paragraphIndex: index),
                        under: currentField?.node ?? headings.last?.node)
                    currentTask = (taskName, node)
                }
            }
            rowCount += 1
            let sequence = value(.sequence, rowCells)
            let (title, rest) = PlanDocumentParser.splitTitle(titleColumn.map { value($0, row.written) } ?? "")
            var contentParts = [rest]
            for extra in [LedgerColumn.measure, .content] where extra != titleColumn && !(tasksGroup && extra == .task) {
                contentParts.append(value(extra, row.written))
            }
            let leadCell = UnitCell.mentions(value(.leadUnit, rowCells))
            let participantCell = UnitCell.mentions(value(.participants, rowCells))
            var participants = Array(leadCell.dropFirst())
            for mention in participantCell where !participants.contains(mention) && mention != leadCell.first {
                participants.append(mention)
            }
            var deadline: DeadlinePhrase.Result?
            let deadlineCell = value(.deadline, rowCells)
            if !deadlineCell.isEmpty {
                let result = DeadlinePhrase.parse(deadlineCell, planYear: planYear)
                if let reason = result.invalidReason {
                    document.warnings.append(.init(line: line, message: "序号\(sequence)：\(reason)"))
                } else {
                    deadline = result
                }
            }
            if column[.deadline] == nil {
                // No deadline column: the deadline is in the task's words ("年底前完成试点任务").
                let words = ([titleColumn].compactMap { $0 } + [.measure, .content]).map { value($0, rowCells) }.joined(separator: "\n")
                deadline = DeadlinePhrase.findAll(in: words, planYear: planYear).last { $0.result.invalidReason == nil }?.result
            }
            let leader = PersonName.normalized(value(.leader, rowCells))
            let number = Int(TextNormalizer.halfWidth(sequence).trimmingCharacters(in: CharacterSet(charactersIn: ".、"))) ?? rowCount
            if title.isEmpty {
                document.warnings.append(.init(line: line, message: "序号\(sequence)：没有任务名称"))
            }
            tree.add(
                ParsedItem(
                    number: sequence, style: .numbered, index: number, title: title,
                    content: contentParts.filter { !$0.isEmpty }.joined(separator: "\n"), depth: 0,
                    lead: leadCell.first, participants: participants, leader: leader.isEmpty ? nil : leader,
                    deadline: deadline, lines: line...line, paragraphIndex: index
                ),
                under: currentTask?.node ?? currentField?.node ?? headings.last?.node)
        }
        document.items = tree.built()
        return document
    }

    /// Items with their parents, assembled into the tree at the end.
    struct Tree {
        var nodes: [ParsedItem] = []
        var parents: [Int?] = []
        var fieldCount = 0

        @discardableResult
        mutating func add(_ item: ParsedItem, under parent: Int?) -> Int {
            nodes.append(item)
            parents.append(parent)
            return nodes.count - 1
        }

        func built() -> [ParsedItem] {
            var children: [[Int]] = Array(repeating: [], count: nodes.count)
            var roots: [Int] = []
            for (index, parent) in parents.enumerated() {
                if let parent { children[parent].append(index) } else { roots.append(index) }
            }
            func build(_ index: Int, depth: Int) -> ParsedItem {
                var item = nodes[index]
                item.depth = depth
                item.children = children[index].map { build($0, depth: depth + 1) }
                return item
            }
            return roots.map { build($0, depth: 0) }
        }
    }

    static func cells(_ paragraph: Paragraph) -> [String] {
        paragraph.text.split(separator: "\t", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The cells as written; the converted cells when the two do not line up.
    private static func writtenCells(_ paragraph: Paragraph, count: Int) -> [String] {
        let written = paragraph.written.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        return written.count == count ? written : cells(paragraph)
    }
}
