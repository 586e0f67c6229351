import Foundation
import ReformCore
import ReformSpreadsheet

/// What the registers' spreadsheets share (authorization items, powers, grassroots projects, experiences, evaluation
/// scores): the column type, the problem an import reports at its row and column, and the reading of a sheet — an .xlsx's
/// first visible sheet or a .csv, the header row in Chinese or English naming the columns, every later row that is not
/// blank with its cells by column key. Each register turns the lines into its own input and adds its own checks.
enum RegisterSheet {
    /// A column: the key it fills, its headers and its width in an export.
    struct Column: Sendable {
        var key: String
        var zh: String
        var en: String
        var width: Double
        var wraps = false
    }

    /// A problem with a file, a row or a cell: sheet row and column letter (0 / "" when it concerns the whole file).
    struct Problem: Sendable, Equatable, Encodable {
        var row: Int
        var column: String
        var field: String
        var message: String
    }

    /// A row of the sheet: its number, its cells (trimmed) by column key, and each key's column letter.
    struct Line: Sendable {
        var number: Int
        var cells: [String: String]
        var letters: [String: String]

        subscript(_ key: String) -> String { cells[key] ?? "" }

        /// A problem at this line, in the column of `field` (or of `column` when the cell is another key's).
        func problem(_ field: String, column: String? = nil, _ message: String) -> Problem {
            Problem(row: number, column: letters[column ?? field] ?? "", field: field, message: message)
        }
    }

    /// The lines of a sheet and the problems of the file, the header and the rows that cannot be read (a NUL, which no
    /// database column stores); a sheet without a line says so.
    static func read(_ data: Data, filename: String, columns: [Column], required: [String], _ l: Language) -> (lines: [Line], problems: [Problem]) {
        let table: Table
        switch self.table(data, filename: filename, l) {
        case .success(let t): table = t
        case .failure(let p): return ([], [p.problem])
        }
        guard let header = table.rows.first else { return ([], [fileProblem(L10n.t("authorization.import.empty", l))]) }
        var index: [String: Int] = [:]
        for (i, cell) in header.cells.enumerated() {
            let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            if let c = columns.first(where: { $0.zh == text || $0.en.lowercased() == text.lowercased() }) { index[c.key] = i }
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty {
            let names = missing.compactMap { k in columns.first { $0.key == k } }.map { l == .zh ? $0.zh : $0.en }
            return ([], [missingColumns(names, row: header.number, l)])
        }
        return lines(table, index: index, l)
    }

    struct FileProblem: Error { var problem: Problem }

    static func fileProblem(_ message: String) -> Problem { Problem(row: 0, column: "", field: "file", message: message) }

    /// A header problem naming the columns that are missing.
    static func missingColumns(_ names: [String], row: Int, _ l: Language) -> Problem {
        Problem(
            row: row, column: "", field: "header",
            message: L10n.fill("authorization.import.missingColumns", l, names.joined(separator: l == .zh ? "、" : ", ")))
    }

    /// The file as a table: an .xlsx's first visible sheet, or a .csv.
    static func table(_ data: Data, filename: String, _ l: Language) -> Result<Table, FileProblem> {
        do {
            if filename.lowercased().hasSuffix(".csv") { return .success(try CSVReader(data: data).table(name: filename)) }
            guard let first = try XLSXReader(data: data).visibleTables().first else {
                return .failure(FileProblem(problem: fileProblem(L10n.t("authorization.import.noSheet", l))))
            }
            return .success(first)
        } catch {
            return .failure(FileProblem(problem: fileProblem(L10n.fill("authorization.import.unreadable", l, String(describing: error)))))
        }
    }

    /// The rows below the header that are not blank, as lines with their cells by key (`index`: key → column position);
    /// a row with a NUL is a problem instead; no line at all is one too.
    static func lines(_ table: Table, index: [String: Int], _ l: Language) -> (lines: [Line], problems: [Problem]) {
        let letters = index.mapValues { ColumnName.letters(forIndex: $0) }
        var lines: [Line] = []
        var problems: [Problem] = []
        for r in table.rows.dropFirst() {
            let trimmed = r.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if trimmed.allSatisfy(\.isEmpty) { continue }
            // NUL cannot be stored (PostgreSQL text refuses it) and is never an office's data.
            if let i = r.cells.firstIndex(where: { $0.unicodeScalars.contains { $0.value == 0 } }) {
                problems.append(
                    Problem(row: r.number, column: ColumnName.letters(forIndex: i), field: "file", message: L10n.t("authorization.import.nul", l)))
                continue
            }
            var cells: [String: String] = [:]
            for (key, i) in index where i < trimmed.count { cells[key] = trimmed[i] }
            lines.append(Line(number: r.number, cells: cells, letters: letters))
        }
        if lines.isEmpty && problems.isEmpty { return ([], [fileProblem(L10n.t("authorization.import.empty", l))]) }
        return (lines, problems)
    }

    /// Problems in the order of their rows (a stable sort: those of one row stay in the order found), as a register that
    /// adds its own checks to the reader's reports them.
    static func byRow(_ problems: [Problem]) -> [Problem] {
        problems.enumerated().sorted { ($0.element.row, $0.offset) < ($1.element.row, $1.offset) }.map(\.element)
    }

    /// Plan item numbers in one cell ("12, 15、18"): the numbers, and a problem for each part that is not one.
    static func planItemIds(_ line: Line, key: String = "planItemIds", scope: String? = nil, _ l: Language) -> ([Int], [Problem]) {
        var ids: [Int] = []
        var problems: [Problem] = []
        for part in line[key].split(whereSeparator: { ",，、 ".contains($0) }) {
            if let n = Int(part) {
                ids.append(n)
            } else {
                let issue = ValidationIssue(field: key, code: .invalidNumber)
                problems.append(line.problem(key, scope.map { L10n.issue(issue, l, scope: $0) } ?? L10n.issue(issue, l)))
            }
        }
        return (ids, problems)
    }
}
