import Foundation

/// A responsibility table copied from a web page or a PDF arrives one cell per line: the header cells first
/// (序号 / 重点工作 / 市政府分管领导 / 牵头单位 / 配合单位 / 备注, a header sometimes split over two lines such as
/// "市政府" then "分管领导"), then each row's cells on consecutive lines, section rows (一、… （一）…) between them,
/// and empty cells simply missing. This finds such a header and rebuilds the rows as tab-separated lines, which
/// `TableText` then reads like a table copied out of Word.
enum CellPerLineTable {
    typealias Paragraph = PlanDocumentParser.Paragraph

    /// Header cells are short; longer lines are text.
    static let maxHeaderLength = 12
    /// A cell is broken over at most this many lines; a row longer than `maxLinesPerRow` ends the table (what follows
    /// is read as text), which also bounds the work of placing a row's cells.
    static let maxLinesPerCell = 20
    static let maxLinesPerRow = 60

    struct Header {
        var columns: [LedgerColumn]
        var cells: [String]
        /// Paragraph indexes the header spans.
        var range: Range<Int>
    }

    /// The paragraphs with the table's header and rows rebuilt as tab-separated lines, or nil when there is no
    /// one-cell-per-line table (a text with tabs is left to `TableText`).
    static func rebuild(_ paragraphs: [Paragraph]) -> [Paragraph]? {
        var start = 0
        while start < paragraphs.count {
            guard let header = header(at: start, in: paragraphs) else {
                start += 1
                continue
            }
            return rebuilt(paragraphs, header: header)
        }
        return nil
    }

    /// A header starting at `start`: consecutive short lines that each name a column (two lines joined when only
    /// together they do), starting with 序号 (it marks where each row starts), naming at least three columns, one of
    /// them a unit or a leader, and followed by the first row or a section row.
    static func header(at start: Int, in paragraphs: [Paragraph]) -> Header? {
        func isShort(_ index: Int) -> Bool {
            index < paragraphs.count && paragraphs[index].text.count <= maxHeaderLength && !paragraphs[index].text.contains("\t")
        }
        guard isShort(start), HeaderMap.column(for: paragraphs[start].text) == .sequence else { return nil }
        var columns: [LedgerColumn] = [.sequence]
        var cells = [paragraphs[start].text]
        var index = start + 1
        while isShort(index) {
            let text = paragraphs[index].text
            let own = HeaderMap.column(for: text)
            let next = isShort(index + 1) ? paragraphs[index + 1].text : nil
            let joined = next.flatMap { HeaderMap.column(for: text + $0) }
            // "市政府" + "分管领导", "完成" + "时限": a header broken over two lines; "牵头" + "单位" too.
            let breaks =
                joined != nil && !isRowStart(next!)
                && (own == nil || (HeaderMap.column(for: next!) == nil && next!.count <= 6))
            if breaks, let joined {
                columns.append(joined)
                cells.append(text + next!)
                index += 2
            } else if let own, own != .sequence, !isRowStart(text) {
                columns.append(own)
                cells.append(text)
                index += 1
            } else {
                break
            }
        }
        guard Set(columns).count >= 3, columns.contains(where: { $0 == .leadUnit || $0 == .leader }), index < paragraphs.count else { return nil }
        let next = paragraphs[index].text
        guard isRowStart(next) || sectionHeading(next) != nil else { return nil }
        return Header(columns: columns, cells: cells, range: start..<index)
    }

    /// "1", "12", "１", "3." — a 序号 cell alone on its line.
    static func isRowStart(_ text: String) -> Bool {
        sequenceNumber(text) != nil
    }

    static func sequenceNumber(_ text: String) -> Int? {
        var folded = TextNormalizer.halfWidth(text).trimmingCharacters(in: .whitespaces)
        if let last = folded.last, ".、".contains(last) { folded.removeLast() }
        guard (1...3).contains(folded.count), folded.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(folded)
    }

    /// 一、… or （一）… alone on a line: a section row of the table.
    static func sectionHeading(_ text: String) -> OutlineStyle? {
        guard !text.contains("\t"), let parsed = OutlineNumber.parse(text), parsed.style == .chapter || parsed.style == .section else { return nil }
        return parsed.style
    }

    private static func rebuilt(_ paragraphs: [Paragraph], header: Header) -> [Paragraph] {
        var result = Array(paragraphs[..<header.range.lowerBound])
        let first = paragraphs[header.range.lowerBound]
        result.append(
            Paragraph(
                text: header.cells.joined(separator: "\t"), line: first.line, index: first.index,
                written: header.range.map { paragraphs[$0].written }.joined(separator: "\t")))

        var row: [Paragraph] = []
        func flush() {
            guard let first = row.first else { return }
            let placement = placed(row.dropFirst().map(\.text), in: Array(header.columns.dropFirst()))
            func cells(_ texts: [String]) -> String {
                var cells = Array(repeating: "", count: header.columns.count)
                cells[0] = texts[0]
                for (k, column) in placement.enumerated() {
                    let cell = texts[k + 1]
                    cells[column + 1] += cells[column + 1].isEmpty ? cell : (cells[column + 1].last.map(isSentenceEnd) == true ? "\n" : "") + cell
                }
                return cells.joined(separator: "\t")
            }
            result.append(Paragraph(text: cells(row.map(\.text)), line: first.line, index: first.index, written: cells(row.map(\.written))))
            row = []
        }
        var ended = false
        for paragraph in paragraphs[header.range.upperBound...] {
            if ended {
                result.append(paragraph)
            } else if sectionHeading(paragraph.text) != nil {
                flush()
                result.append(paragraph)
            } else if isRowStart(paragraph.text) {
                flush()
                row = [paragraph]
            } else if row.isEmpty || ended {
                result.append(paragraph)
            } else if row.count >= maxLinesPerRow {
                flush()
                ended = true
                result.append(paragraph)
            } else {
                row.append(paragraph)
            }
        }
        flush()
        return result
    }

    /// Puts a row's cells (after its 序号) under the columns (after 序号): the column index of each cell, in order.
    /// Empty cells leave no line and a long cell may be broken over lines, so this is an alignment: cells keep their
    /// order, a column may stay empty, and a text column (重点工作, 备注 …) may take several consecutive lines. Each
    /// cell scores by whether it fits its column (a person's name under the leader, units under the units, a date
    /// under the deadline); the best total wins.
    static func placed(_ cells: [String], in columns: [LedgerColumn]) -> [Int] {
        let k = cells.count, m = columns.count
        guard k > 0, m > 0 else { return [] }
        // best[i][j]: the best score placing the first i cells in the first j columns; -∞ when impossible.
        let impossible = Int.min / 4
        var best = Array(repeating: Array(repeating: impossible, count: m + 1), count: k + 1)
        var choice = Array(repeating: Array(repeating: 0, count: m + 1), count: k + 1)
        for j in 0...m { best[0][j] = 0 }
        for j in 1...m {
            let column = columns[j - 1]
            for i in 1...k {
                // Column j-1 left empty…
                var top = best[i][j - 1]
                var taken = 0
                // …or taking the last t cells.
                let most = isTextColumn(column) ? min(i, maxLinesPerCell) : 1
                var text = ""
                for t in 1...most {
                    text = cells[i - t] + text
                    guard best[i - t][j - 1] > impossible else { continue }
                    let score = best[i - t][j - 1] + (fits(text, column) ? 3 : -5) - (t - 1)
                    if score > top {
                        top = score
                        taken = t
                    }
                }
                best[i][j] = top
                choice[i][j] = taken
            }
        }
        var placement = Array(repeating: 0, count: k)
        var i = k, j = m
        while i > 0, j > 0 {
            let t = choice[i][j]
            for n in (i - t)..<i { placement[n] = j - 1 }
            i -= t
            j -= 1
        }
        // Cells left over when the table has fewer columns than lines join the first column.
        for n in 0..<i { placement[n] = 0 }
        return placement
    }

    private static func isTextColumn(_ column: LedgerColumn) -> Bool {
        [.task, .measure, .content, .expected, .policies, .remarks, .field].contains(column)
    }

    private static func isSentenceEnd(_ c: Character) -> Bool { "。；;！？".contains(c) }

    /// Whether a cell can be the value of a column, judged by its shape.
    static func fits(_ cell: String, _ column: LedgerColumn) -> Bool {
        // Long text is neither a name nor a date alone.
        guard cell.count <= 30 else { return ![.leader, .person, .handler, .deadline, .sequence, .parent].contains(column) }
        switch column {
        case .leader, .person, .handler: return looksLikePeople(cell)
        case .leadUnit, .participants: return !looksLikePeople(cell) && !looksLikeDeadline(cell)
        case .deadline: return looksLikeDeadline(cell)
        case .sequence, .parent: return isRowStart(cell)
        case .remarks: return true
        default: return !looksLikePeople(cell)
        }
    }

    /// Characters a unit's name ends with and a person's never does.
    private static let unitEnds: Set<Character> = [
        "局", "委", "办", "厅", "部", "院", "府", "会", "心", "所", "站", "队", "组", "室", "处", "科", "区", "县", "市", "镇", "行", "司"
    ]

    /// "王东", "王 东", "张三、李四": names of two to four characters.
    static func looksLikePeople(_ cell: String) -> Bool {
        let names = PersonName.normalized(cell).split(whereSeparator: { "、，,".contains($0) })
        return !names.isEmpty
            && names.allSatisfy { name in
                (2...4).contains(name.count) && name.allSatisfy(PersonName.isNameCharacter) && !unitEnds.contains(name.last!)
                    && !UnitCell.isCollective(String(name))
            }
    }

    /// "2021年9月底前", "长期坚持": a short cell that is a deadline and nothing else ("年底前完成试点任务" is a task).
    static func looksLikeDeadline(_ cell: String) -> Bool {
        guard cell.count <= 14, !cell.contains(where: { "，。；,;".contains($0) }) else { return false }
        switch DeadlinePhrase.parse(cell, planYear: 2000) {
        case .date, .ongoing: return true
        case .invalid: return false
        }
    }
}
