import Foundation
import ReformCore
import ReformSpreadsheet

/// A round's result as a spreadsheet (export) and a sheet of scores (import): an import's header is 对象编号 (the
/// subject's number in the round), 来源 (自评 or 改革办), one column per criterion named as the criterion is, and an
/// optional 评语; in Chinese or English.
enum EvaluationSheet {
    static let resultColumns: [(zh: String, en: String, width: Double)] = [
        ("排名", "Rank", 6), ("档次", "Tier", 10), ("对象编号", "Subject no.", 10), ("类型", "Kind", 10), ("评估对象", "Subject", 48),
        ("地区", "Jurisdiction", 12), ("自评", "Self-assessment", 10), ("改革办", "Office", 10), ("评审专家", "Reviewers", 10),
        ("综合得分", "Total", 10), ("缺项", "Missing scores", 8)
    ]

    static func cells(_ row: EvaluationResultRow, _ l: Language) -> [String] {
        func n(_ v: Double?) -> String { v.map(EvaluationService.format) ?? "" }
        return [
            row.result.rank.map(String.init) ?? "", L10n.t("evaluationTier." + row.tier.rawValue, l), String(row.subject.id),
            L10n.t("evaluationKind." + row.subject.kind, l), row.subject.title, row.subject.jurisdictionName, n(row.result.bySource[.selfAssessment]),
            n(row.result.bySource[.office]), n(row.result.bySource[.reviewer]), n(row.result.total), String(row.result.missing)
        ]
    }

    static func export(_ rows: [EvaluationResultRow], title: String, format: String, _ l: Language) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("evaluation-\(UUID().uuidString).\(format)")
        defer { try? FileManager.default.removeItem(at: url) }
        if format == "csv" {
            let writer = try CSVWriter(url: url, neutralizesFormulas: true)
            try writer.writeRow(resultColumns.map { l == .zh ? $0.zh : $0.en })
            for r in rows { try writer.writeRow(cells(r, l)) }
            try writer.finish()
        } else {
            let writer = try XLSXWriter(destination: url, title: title)
            _ = try writer.addSheet(
                name: L10n.t("evaluation.results", l),
                columns: resultColumns.map { ColumnSpec(title: l == .zh ? $0.zh : $0.en, width: $0.width, wrapsText: $0.width > 40) })
            for r in rows {
                try writer.appendRow(
                    cells(r, l).enumerated().map { i, t in
                        if t.isEmpty { return .empty }
                        if [0, 2, 10].contains(i), let n = Int(t) { return .integer(n) }
                        if (6...9).contains(i), let d = Double(t) { return .number(d) }
                        return i == 4 ? .wrappedText(t) : .text(t)
                    })
            }
            try writer.finish()
        }
        return try Data(contentsOf: url)
    }

    // MARK: Import

    struct Row: Sendable {
        var number: Int
        var subjectId: String
        var source: String
        /// Criterion id → the cell's text (blank cells left out).
        var scores: [Int: String]
        var comment: String
        /// Criterion id (or "subject", "source", "comment") → column letter.
        var columns: [String: String]
    }

    typealias Problem = RegisterSheet.Problem

    static func read(_ data: Data, filename: String, criteria: [EvaluationCriterionRecord], _ l: Language) -> (rows: [Row], problems: [Problem]) {
        let table: Table
        switch RegisterSheet.table(data, filename: filename, l) {
        case .success(let t): table = t
        case .failure(let p): return ([], [p.problem])
        }
        guard let header = table.rows.first else { return ([], [RegisterSheet.fileProblem(L10n.t("authorization.import.empty", l))]) }
        var index: [String: Int] = [:]
        var problems: [Problem] = []
        for (i, cell) in header.cells.enumerated() {
            let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            switch text.lowercased() {
            case "对象编号", "subject no.", "subject": index["subject"] = i
            case "来源", "source": index["source"] = i
            case "评语", "comment", "意见": index["comment"] = i
            default:
                if let c = criteria.first(where: { $0.name == text }) {
                    index[String(c.id)] = i
                } else {
                    problems.append(
                        Problem(
                            row: header.number, column: ColumnName.letters(forIndex: i), field: "header",
                            message: L10n.fill("evaluation.import.unknownColumn", l, text)))
                }
            }
        }
        let missing = [("subject", "对象编号", "Subject no."), ("source", "来源", "Source")].filter { index[$0.0] == nil }
        if !missing.isEmpty || !criteria.contains(where: { index[String($0.id)] != nil }) {
            var names = missing.map { l == .zh ? $0.1 : $0.2 }
            if !criteria.contains(where: { index[String($0.id)] != nil }) { names.append(L10n.t("evaluation.import.criterionColumns", l)) }
            problems.append(RegisterSheet.missingColumns(names, row: header.number, l))
        }
        if !problems.isEmpty { return ([], problems) }
        let (lines, lineProblems) = RegisterSheet.lines(table, index: index, l)
        let rows = lines.map { line in
            var scores: [Int: String] = [:]
            for c in criteria {
                let t = line[String(c.id)]
                if !t.isEmpty { scores[c.id] = t }
            }
            return Row(
                number: line.number, subjectId: line["subject"], source: line["source"], scores: scores, comment: line["comment"],
                columns: line.letters)
        }
        return (rows, lineProblems)
    }
}
