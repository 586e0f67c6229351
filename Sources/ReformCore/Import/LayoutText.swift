import Foundation

/// Text a PDF gave with its layout kept (poppler's `pdftotext -layout`), made into the lines the plan parser reads:
/// page numbers and form feeds dropped, a paragraph wrapped over several lines joined again, and a table's rows (cells
/// set apart by runs of spaces, a long cell continued on the lines below at its column) rebuilt as tab-separated lines.
public enum LayoutText {
    /// Two or more spaces part two cells of a row.
    static let cellGap = 2

    public static func lines(of layout: String) -> String {
        var output: [String] = []
        var table: Table?
        var previousProse: (text: String, full: Bool)?

        func flushProse() {
            if let previousProse { output.append(previousProse.text) }
            previousProse = nil
        }
        func flushTable() {
            if let table { output += table.rows.map { $0.joined(separator: "\t") } }
            table = nil
        }

        for page in layout.split(separator: "\u{0C}", omittingEmptySubsequences: false) {
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0).replacingOccurrences(of: "\u{3000}", with: "  ")
            }
            let width = lines.map { $0.trimmingCharacters(in: .whitespaces).count }.max() ?? 0
            for raw in lines {
                let trimmed = raw.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || isPageNumber(trimmed) { continue }
                let segments = Self.segments(of: raw)
                if var current = table {
                    if current.take(segments) {
                        table = current
                        continue
                    }
                    flushTable()
                }
                if segments.count >= 3, let header = Table(header: segments) {
                    flushProse()
                    table = header
                    continue
                }
                let text = segments.count > 1 ? segments.map(\.text).joined(separator: " ") : trimmed
                let indented = raw.prefix { $0 == " " }.count >= 2
                if let previous = previousProse, previous.full, !indented, OutlineNumber.parse(text) == nil, !endsSentence(previous.text) {
                    previousProse = (previous.text + text, text.count >= width * 4 / 5)
                } else {
                    flushProse()
                    previousProse = (text, text.count >= width * 4 / 5)
                }
            }
            // A paragraph may go on over the page break; a table too.
        }
        flushProse()
        flushTable()
        return output.joined(separator: "\n")
    }

    struct Segment {
        var start: Int
        var text: String
    }

    /// The pieces of a line set apart by two spaces or more, with the column each starts at.
    static func segments(of line: String) -> [Segment] {
        var result: [Segment] = []
        var current = ""
        var start = 0
        var spaces = 0
        for (column, c) in line.enumerated() {
            if c == " " {
                spaces += 1
                continue
            }
            if spaces >= cellGap || current.isEmpty {
                if !current.isEmpty { result.append(Segment(start: start, text: current)) }
                current = ""
                start = column
            } else if spaces > 0 {
                current += String(repeating: " ", count: spaces)
            }
            spaces = 0
            current.append(c)
        }
        if !current.isEmpty { result.append(Segment(start: start, text: current)) }
        return result
    }

    /// A table under a header row that names its columns; each column starts where its header does.
    struct Table {
        var starts: [Int]
        var rows: [[String]]
        private var sequenceColumn: Int?

        init?(header: [Segment]) {
            // A reprint's header (序號 / 牽頭單位) is read converted, as the parser reads the rows (the whole row at once:
            // 序號 alone holds none of ChineseScript's telltales); the rows keep their text.
            let converted = ChineseScript.simplified(header.map(\.text).joined(separator: "\t"))
                .split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let columns = (converted.count == header.count ? converted : header.map(\.text)).map { HeaderMap.column(for: $0) }
            guard Set(columns.compactMap { $0 }).count >= 3 else { return nil }
            starts = header.map(\.start)
            rows = [header.map(\.text)]
            sequenceColumn = columns.firstIndex(of: .sequence)
        }

        /// Adds a line to the table: a new row (its 序号 given, or cells in most columns), a section row (一、…), or
        /// the continuation of the last row's cells; false when the line is not part of the table.
        mutating func take(_ segments: [Segment]) -> Bool {
            guard let first = segments.first else { return true }
            if segments.count == 1, let parsed = OutlineNumber.parse(first.text), parsed.style == .chapter || parsed.style == .section {
                rows.append([first.text])
                return true
            }
            var cells = Array(repeating: "", count: starts.count)
            for segment in segments { cells[column(of: segment)] += segment.text }
            let startsRow: Bool
            if let sequenceColumn {
                startsRow = !cells[sequenceColumn].isEmpty && Int(TextNormalizer.halfWidth(cells[sequenceColumn])) != nil
            } else {
                startsRow = segments.count >= starts.count - 1
            }
            if startsRow || rows.count == 1 || rows.last?.count == 1 {
                rows.append(cells)
                return true
            }
            // Prose at the left margin ends the table.
            if segments.count == 1, first.start < (starts.count > 1 ? starts[1] : 0), first.text.count > 20 { return false }
            for (index, cell) in cells.enumerated() where !cell.isEmpty { rows[rows.count - 1][index] += cell }
            return true
        }

        /// The column whose start is nearest before the segment's (or the first).
        private func column(of segment: Segment) -> Int {
            var best = 0
            for (index, start) in starts.enumerated() where start <= segment.start + 1 { best = index }
            return best
        }
    }

    private static func isPageNumber(_ text: String) -> Bool {
        let core = text.filter { !"-—–－ 第页共/".contains($0) }
        return core.count <= 4 && !core.isEmpty && core.allSatisfy { $0.isASCII && $0.isNumber } && text.count <= 16
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return "。；：！？”）)".contains(last)
    }
}
