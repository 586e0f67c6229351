import Foundation
import ReformCore
import ReformSpreadsheet

/// Reads ledger spreadsheets (一览表, 台账) as offices keep them into an import payload: the header row
/// found among the first rows (one or two rows deep, with the header variants `HeaderMap` knows), merged
/// cells carried down, the tree taken from a parent column, from a 序号 column numbered 1 / 1.1 or
/// 一、 / （一） / 1., or else from 领域 and 改革任务 columns that group the rows below them.
enum ImportSheetReader {
    static func read(tables: [Table], target: ImportTarget, planYear given: Int?, currentYear: Int) -> ImportPayload {
        // The title rows above the header name the plan and its year ("龙华区2020年改革工作要点一览表").
        let titleRows = tables.first.map { $0.rows.prefix(5).map { $0.cells.first { !$0.isEmpty } ?? "" } } ?? []
        let planYear = given ?? ImportDocumentReader.detectYear(in: titleRows.joined(separator: "\n")) ?? currentYear
        var payload = ImportPayload(target: target, planYear: planYear)
        payload.detected.title = titleRows.first { row in
            row.count <= 60 && ["要点", "方案", "一览表", "台账", "清单", "计划"].contains(where: row.hasSuffix)
        }
        for table in tables {
            read(table.fillingMergedRanges(), into: &payload)
        }
        return payload
    }

    /// Item fields and the ledger columns they come from, for the report's column letters.
    private static let fieldColumns: [(field: String, column: LedgerColumn)] = [
        ("number", .sequence), ("lead", .leadUnit), ("participants", .participants), ("leader", .leader), ("person", .person),
        ("handler", .handler), ("deadline", .deadline), ("expectedResults", .expected), ("policyDocuments", .policies),
        ("remarks", .remarks), ("status", .status)
    ]

    private struct Node {
        var item: ImportItem
        /// Index into the sheet's nodes of the parent; nil at the top.
        var parent: Int?
    }

    private static func read(_ table: Table, into payload: inout ImportPayload) {
        let sheetIndex = payload.sheets.count
        let rows = table.rows.filter { !$0.isBlank }
        let head = Array(rows.prefix(10))
        guard let headerIndex = HeaderMap.findHeaderRow(head.map(\.cells)) else {
            payload.notes.append(
                ImportProblem(
                    severity: .warning, code: "header", sheet: table.name,
                    messageZh: "工作表“\(table.name)”前 10 行中没有找到表头（如 序号、改革任务、牵头单位、完成时限），已跳过",
                    messageEn: "Sheet “\(table.name)”: no header row (序号, 改革任务, 牵头单位, 完成时限 …) in its first 10 rows; skipped"))
            return
        }
        var headers = head[headerIndex].cells
        var firstData = headerIndex + 1
        // A two-row header: 责任单位 merged over 牵头单位 | 参与单位.
        if firstData < rows.count, isSubHeader(rows[firstData].cells, under: headers) {
            let sub = rows[firstData].cells
            headers = (0..<max(headers.count, sub.count)).map { i in
                let s = i < sub.count ? sub[i].trimmingCharacters(in: .whitespacesAndNewlines) : ""
                return s.isEmpty ? (i < headers.count ? headers[i] : "") : s
            }
            firstData += 1
        }
        let headerRow = rows[firstData - 1].number
        let map = HeaderMap.map(headers: headers)
        let column = Dictionary(map.columns.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        let dataRows = Array(rows[firstData...])

        var sheet = ImportSheet(name: table.name, columns: [:])
        for (field, ledgerColumn) in fieldColumns {
            if let index = column[ledgerColumn] { sheet.columns[field] = ColumnName.letters(forIndex: index) }
        }
        for problem in map.problems {
            let missingTitle = problem.contains("改革任务")
            payload.notes.append(
                ImportProblem(
                    severity: missingTitle ? .error : .warning, code: "header", sheet: table.name, row: headerRow,
                    messageZh: "表头：\(problem)",
                    messageEn: missingTitle
                        ? "Header: no 改革任务, 具体举措 or 主要内容 column, so items have no titles"
                        : "Header: \(problem.contains("牵头单位列") ? "no lead-unit (牵头单位) column" : "a column is given twice; the first is used") — “\(problem)”"
                ))
        }

        func value(_ c: LedgerColumn, _ row: TableRow) -> String {
            guard let index = column[c] else { return "" }
            return row[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        // Which column titles a row, and whether 改革任务 groups the rows below it (as TableText decides).
        let ownColumn: LedgerColumn? = [.measure, .content, .task].first { column[$0] != nil }
        let tasksGroup: Bool = {
            guard column[.task] != nil, ownColumn != .task, column[.measure] != nil || column[.content] != nil else { return false }
            let tasks = dataRows.map { value(.task, $0) }
            return tasks.contains("") || zip(tasks, tasks.dropFirst()).contains { $0 == $1 }
        }()
        let titleColumn: LedgerColumn? =
            tasksGroup
            ? (column[.measure] != nil ? .measure : .content)
            : (column[.task] != nil ? .task : ownColumn)
        let contentColumn: LedgerColumn? = [.content, .measure].first { column[$0] != nil && $0 != titleColumn }
        if let titleColumn, let index = column[titleColumn] { sheet.columns["title"] = ColumnName.letters(forIndex: index) }
        if let contentColumn, let index = column[contentColumn] { sheet.columns["content"] = ColumnName.letters(forIndex: index) }
        payload.sheets.append(sheet)

        sheet.labels = headers.map { HeaderMap.column(for: $0)?.chineseLabel ?? $0.split(whereSeparator: \.isNewline).joined() }
        payload.sheets[sheetIndex] = sheet
        /// The row's cells as they are, tab-separated; `ImportPayload.sourceText` labels them for the side-by-side view.
        func source(_ row: TableRow) -> String {
            var cells = row.cells.map { $0.replacingOccurrences(of: "\t", with: " ") }
            while cells.last?.isEmpty == true { cells.removeLast() }
            return cells.joined(separator: "\t")
        }
        // Ledgers repeat the same units and deadlines row after row: each distinct cell is read once.
        var deadlines: [String: ImportItem] = [:]
        var leadCells: [String: (lead: String?, participants: [String])] = [:]
        var participantCells: [String: [String]] = [:]

        func item(_ row: TableRow, title: String) -> ImportItem {
            var item = ImportItem(
                key: 0, parent: nil, depth: 0, number: value(.sequence, row), title: title,
                location: .cell(sheet: sheetIndex, row: row.number), source: source(row))
            if let contentColumn, contentColumn != titleColumn { item.content = value(contentColumn, row) }
            let leadCell = value(.leadUnit, row)
            let (lead, leadRest) =
                leadCells[leadCell]
                ?? {
                    let split = UnitCell.split(leadCell)
                    leadCells[leadCell] = split
                    return split
                }()
            let participantCell = value(.participants, row)
            let participantNames =
                participantCells[participantCell]
                ?? {
                    let names = UnitCell.mentions(participantCell).map(\.name)
                    participantCells[participantCell] = names
                    return names
                }()
            var collective: [String] = []
            var participants: [String] = []
            if let lead {
                if ImportDocumentReader.isGroup(UnitCell.Mention(name: lead)) { collective.append(lead) } else { item.lead = lead }
            }
            for name in leadRest + participantNames where name != item.lead {
                if ImportDocumentReader.isGroup(UnitCell.Mention(name: name)) {
                    if !collective.contains(name) { collective.append(name) }
                } else if !participants.contains(name) {
                    participants.append(name)
                }
            }
            item.participants = participants
            item.collective = collective
            // Names padded to a column's width (王 东, 王　东) are one name.
            item.leader = PersonName.normalized(value(.leader, row))
            item.person = PersonName.normalized(value(.person, row))
            item.handler = PersonName.normalized(value(.handler, row))
            item.expectedResults = value(.expected, row)
            item.policyDocuments = value(.policies, row)
            var remarks = [value(.remarks, row)]
            let progress = value(.progress, row)
            if let percent = ProgressCell.ownPercent(progress) {
                item.percent = percent
            } else if !progress.isEmpty {
                remarks.append("进展：" + progress)
            }
            let status = value(.status, row)
            if !status.isEmpty {
                if LifecycleStatus(label: status) != nil { item.status = status } else { remarks.append("完成情况：" + status) }
            }
            item.remarks = remarks.filter { !$0.isEmpty }.joined(separator: "\n")
            let deadlineCell = dateOnly(value(.deadline, row))
            let read =
                deadlines[deadlineCell]
                ?? {
                    var probe = ImportItem(key: 0, parent: nil, depth: 0, number: "", title: "", location: .cell(sheet: 0, row: 0))
                    probe.setDeadline(text: deadlineCell, planYear: payload.planYear)
                    deadlines[deadlineCell] = probe
                    return probe
                }()
            item.deadlineText = read.deadlineText
            item.deadline = read.deadline
            item.deadlineError = read.deadlineError
            return item
        }

        var nodes: [Node] = []
        let numbers = dataRows.map { value(.sequence, $0) }
        let parentValues = column[.parent] != nil ? dataRows.map { value(.parent, $0) } : nil
        let decimal = numbers.contains { (OutlineNumber.decimal($0)?.count ?? 0) > 1 }
        let outline = !decimal && numbers.contains { OutlineNumber.parse($0).map { $0.style == .chapter || $0.style == .section } ?? false }

        if let parentValues {
            // An explicit parent column names the parent's 序号.
            var byNumber: [String: Int] = [:]
            for (index, row) in dataRows.enumerated() {
                nodes.append(Node(item: item(row, title: rowTitle(row, titleColumn, value)), parent: nil))
                if !numbers[index].isEmpty, byNumber[numbers[index]] == nil { byNumber[numbers[index]] = index }
            }
            for (index, parentNumber) in parentValues.enumerated() where !parentNumber.isEmpty {
                if let parent = byNumber[parentNumber], parent != index {
                    nodes[index].parent = parent
                } else {
                    payload.notes.append(
                        located(
                            .warning, "parent", table.name, dataRows[index].number,
                            column[.parent].map { ColumnName.letters(forIndex: $0) },
                            zh: "上级序号“\(parentNumber)”不存在，作为一级条目导入",
                            en: "The parent number “\(parentNumber)” does not exist; imported at the top level"))
                }
            }
        } else if decimal || outline {
            // 1 / 1.1 / 1.1.1, or 一、 / （一） / 1. : nested by the numbers themselves.
            var stack: [(rank: Int, node: Int)] = []
            var byDecimal: [String: Int] = [:]
            // A 领域 column whose fields have no rows of their own (the ledger's default view, and its export,
            // list tasks and measures under a 领域 column): each new 领域 becomes a group above its rows.
            var fieldGroup: Int?
            var currentField = ""
            for (index, row) in dataRows.enumerated() {
                let number = numbers[index]
                if column[.field] != nil {
                    let field = value(.field, row)
                    if field != currentField {
                        currentField = field
                        fieldGroup = nil
                        stack.removeAll()
                        let isFieldRow = [LedgerColumn.task, .measure, .content].allSatisfy { column[$0] == nil || value($0, row).isEmpty }
                        if !field.isEmpty && !isFieldRow {
                            var group = ImportItem(
                                key: 0, parent: nil, depth: 0, number: "", title: field,
                                location: .cell(sheet: sheetIndex, row: row.number), source: source(row))
                            group.content = ""
                            nodes.append(Node(item: group, parent: nil))
                            fieldGroup = nodes.count - 1
                        }
                    }
                }
                var parent: Int?
                if decimal, let parts = OutlineNumber.decimal(number) {
                    let key = parts.map(String.init).joined(separator: ".")
                    if parts.count > 1 {
                        let parentKey = parts.dropLast().map(String.init).joined(separator: ".")
                        parent = byDecimal[parentKey]
                        if parent == nil {
                            payload.notes.append(
                                located(
                                    .warning, "parent", table.name, row.number, sheet.columns["number"],
                                    zh: "序号“\(number)”的上级“\(parentKey)”不存在，作为一级条目导入",
                                    en: "The number “\(number)” has no row “\(parentKey)” above it; imported at the top level"))
                        }
                    }
                    if byDecimal[key] != nil {
                        payload.notes.append(
                            located(
                                .warning, "numbering", table.name, row.number, sheet.columns["number"],
                                zh: "序号“\(number)”重复", en: "The number “\(number)” is repeated"))
                    }
                    byDecimal[key] = nodes.count
                } else if outline, let rank = outlineRank(number) {
                    while let top = stack.last, top.rank >= rank { stack.removeLast() }
                    parent = stack.last?.node
                    stack.append((rank, nodes.count))
                } else {
                    // No number: a sibling of the row above.
                    parent = nodes.last?.parent
                }
                nodes.append(Node(item: item(row, title: rowTitle(row, titleColumn, value)), parent: parent ?? fieldGroup))
            }
        } else {
            // Flat numbers: 领域 and (when it repeats) 改革任务 group the rows.
            var fieldNode: Int?, taskNode: Int?
            var currentField = "", currentTask = ""
            for row in dataRows {
                let field = value(.field, row)
                if column[.field] != nil, field != currentField {
                    currentField = field
                    currentTask = ""
                    taskNode = nil
                    fieldNode = nil
                    if !field.isEmpty {
                        var group = ImportItem(
                            key: 0, parent: nil, depth: 0, number: "", title: field,
                            location: .cell(sheet: sheetIndex, row: row.number), source: source(row))
                        group.content = ""
                        nodes.append(Node(item: group, parent: nil))
                        fieldNode = nodes.count - 1
                    }
                }
                if tasksGroup {
                    let task = value(.task, row)
                    if task != currentTask {
                        currentTask = task
                        taskNode = nil
                        if !task.isEmpty {
                            nodes.append(
                                Node(
                                    item: ImportItem(
                                        key: 0, parent: nil, depth: 0, number: "", title: task,
                                        location: .cell(sheet: sheetIndex, row: row.number),
                                        source: source(row)), parent: fieldNode))
                            taskNode = nodes.count - 1
                        }
                    }
                }
                nodes.append(Node(item: item(row, title: rowTitle(row, titleColumn, value)), parent: taskNode ?? fieldNode))
            }
        }
        append(nodes, to: &payload, sheet: table.name)
    }

    /// Whether the row under a header row is the second row of a two-row header.
    private static func isSubHeader(_ cells: [String], under headers: [String]) -> Bool {
        let known = cells.compactMap { HeaderMap.column(for: $0) }
        guard known.count >= 2 else { return false }
        let nonEmpty = cells.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        // Every filled cell a header word, and none of them a number or a sentence.
        return known.count == nonEmpty.count && nonEmpty.allSatisfy { $0.count <= 12 }
    }

    private static func rowTitle(_ row: TableRow, _ titleColumn: LedgerColumn?, _ value: (LedgerColumn, TableRow) -> String) -> String {
        for c in [titleColumn, .measure, .task, .content, .field].compactMap({ $0 }) {
            let text = value(c, row)
            if !text.isEmpty { return text }
        }
        return ""
    }

    private static func outlineRank(_ number: String) -> Int? {
        if let parsed = OutlineNumber.parse(number) { return parsed.style.rawValue }
        // A plain "1" in a 序号 cell counts as "1.".
        if let parts = OutlineNumber.decimal(number), parts.count == 1 { return OutlineStyle.numbered.rawValue }
        return nil
    }

    /// "2022-10-31 00:00" (a date cell with a time) → "2022-10-31".
    private static func dateOnly(_ text: String) -> String {
        guard text.count > 10, LocalDate(iso: String(text.prefix(10))) != nil, text.dropFirst(10).first == " " else { return text }
        return String(text.prefix(10))
    }

    private static func located(
        _ severity: ImportProblem.Severity, _ code: String, _ sheet: String, _ row: Int, _ column: String?,
        zh: String, en: String
    ) -> ImportProblem {
        ImportProblem(severity: severity, code: code, sheet: sheet, row: row, column: column, messageZh: zh, messageEn: en)
    }

    /// Adds a sheet's nodes to the payload parents first, in row order, depths from the tree.
    private static func append(_ nodes: [Node], to payload: inout ImportPayload, sheet: String) {
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for (index, node) in nodes.enumerated() {
            if let parent = node.parent { children[parent, default: []].append(index) } else { roots.append(index) }
        }
        var visited = [Bool](repeating: false, count: nodes.count)
        func visit(_ index: Int, parentKey: Int?, depth: Int) {
            // Iterative over siblings, recursive over depth (ledgers are a few levels deep).
            visited[index] = true
            var item = nodes[index].item
            item.key = payload.items.count
            item.parent = parentKey
            item.depth = depth
            payload.items.append(item)
            let key = item.key
            for child in children[index] ?? [] where !visited[child] { visit(child, parentKey: key, depth: depth + 1) }
        }
        for root in roots { visit(root, parentKey: nil, depth: 0) }
        // Rows caught in a parent cycle (A under B under A) come in at the top level.
        for index in nodes.indices where !visited[index] {
            payload.notes.append(
                ImportProblem(
                    severity: .warning, code: "parent", sheet: sheet, row: nodes[index].item.location.row,
                    messageZh: "上级序号形成循环，作为一级条目导入",
                    messageEn: "The parent numbers form a cycle; imported at the top level"))
            visit(index, parentKey: nil, depth: 0)
        }
    }
}
