/// A work-points table (工作要点一览表) that reached the parser as text: one row per line, cells
/// separated by tabs, as a table copied out of Word or Excel arrives. Rows become items; a 领域
/// column groups them, and a 改革任务 column groups the rows below it when it repeats (or is left
/// blank under a merged cell), otherwise each row is one task whose 主要内容 is its content.
enum TableText {
    static func parse(_ paragraphs: [PlanDocumentParser.Paragraph], planYear: Int?) -> ParsedDocument? {
        let head = paragraphs.prefix(10).map(cells)
        guard let headerRow = HeaderMap.findHeaderRow(head), head[headerRow].count > 1 else { return nil }
        let map = HeaderMap.map(headers: head[headerRow])
        let column = Dictionary(map.columns.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })

        var document = ParsedDocument()
        document.skipped = paragraphs[..<headerRow].map(\.text)
        document.title = PlanDocumentParser.title(in: Array(paragraphs[..<headerRow]))
        document.warnings = map.problems.map { .init(line: paragraphs[headerRow].line, message: "表头：\($0)") }

        // Rows, with untabbed lines folded into the previous row's last cell (a cell with line breaks).
        var rows: [(cells: [String], paragraph: PlanDocumentParser.Paragraph)] = []
        for paragraph in paragraphs[(headerRow + 1)...] {
            let rowCells = cells(paragraph)
            if rowCells.count == 1, var last = rows.popLast() {
                let target = last.cells.lastIndex { !$0.isEmpty } ?? 0
                last.cells[target] += "\n" + rowCells[0]
                rows.append(last)
            } else {
                rows.append((rowCells, paragraph))
            }
        }

        func value(_ c: LedgerColumn, _ row: [String]) -> String {
            guard let index = column[c], index < row.count else { return "" }
            return row[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let ownColumn: LedgerColumn? = [.measure, .content, .task].first { column[$0] != nil }
        let tasksGroup: Bool = {
            guard column[.task] != nil, ownColumn != .task, column[.measure] != nil || column[.content] != nil else { return false }
            let tasks = rows.map { value(.task, $0.cells) }
            return tasks.contains("") || zip(tasks, tasks.dropFirst()).contains { $0 == $1 }
        }()
        let titleColumn: LedgerColumn? = tasksGroup ? (column[.measure] != nil ? .measure : .content) : (column[.task] != nil ? .task : ownColumn)

        var fields: [ParsedItem] = [], loose: [ParsedItem] = []
        var currentField: String?, currentTask: String?
        var rowCount = 0
        func appendItem(_ item: ParsedItem) {
            if tasksGroup, currentTask != nil {
                if currentField != nil, let f = fields.indices.last {
                    fields[f].children[fields[f].children.count - 1].children.append(item)
                } else {
                    loose[loose.count - 1].children.append(item)
                }
            } else if currentField != nil, let f = fields.indices.last {
                fields[f].children.append(item)
            } else {
                loose.append(item)
            }
        }

        for (rowCells, paragraph) in rows {
            let line = paragraph.line
            let fieldName = value(.field, rowCells)
            if !fieldName.isEmpty, fieldName != currentField {
                currentField = fieldName
                currentTask = nil
                fields.append(
                    ParsedItem(
                        number: "", style: .chapter, index: fields.count + 1, title: fieldName, depth: 0,
                        lines: line...line, paragraphIndex: paragraph.index))
            }
            let fieldDepth = currentField == nil ? 0 : 1
            if tasksGroup {
                let taskName = value(.task, rowCells)
                if !taskName.isEmpty, taskName != currentTask {
                    currentTask = taskName
                    let task = ParsedItem(
                        number: "", style: .section, index: 0, title: taskName, depth: fieldDepth,
                        lines: line...line, paragraphIndex: paragraph.index)
                    if currentField != nil, let f = fields.indices.last { fields[f].children.append(task) } else { loose.append(task) }
                }
            }
            rowCount += 1
            let sequence = value(.sequence, rowCells)
            let ownText = titleColumn.map { value($0, rowCells) } ?? ""
            let (title, rest) = PlanDocumentParser.splitTitle(ownText)
            var contentParts = [rest]
            for extra in [LedgerColumn.measure, .content] where extra != titleColumn && !(tasksGroup && extra == .task) {
                contentParts.append(value(extra, rowCells))
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
            let leader = value(.leader, rowCells)
            let index = Int(TextNormalizer.halfWidth(sequence)) ?? rowCount
            if title.isEmpty {
                document.warnings.append(.init(line: line, message: "序号\(sequence)：没有任务名称"))
            }
            appendItem(
                ParsedItem(
                    number: sequence, style: .numbered, index: index, title: title,
                    content: contentParts.filter { !$0.isEmpty }.joined(separator: "\n"),
                    depth: fieldDepth + (tasksGroup && currentTask != nil ? 1 : 0),
                    lead: leadCell.first, participants: participants, leader: leader.isEmpty ? nil : leader,
                    deadline: deadline, lines: line...line, paragraphIndex: paragraph.index
                ))
        }
        document.items = fields + loose
        return document
    }

    private static func cells(_ paragraph: PlanDocumentParser.Paragraph) -> [String] {
        paragraph.text.split(separator: "\t", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
