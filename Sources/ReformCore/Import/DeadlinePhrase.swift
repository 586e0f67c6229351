import Foundation

/// Reads the deadlines (完成时限) plans are written with — "2022年10月底前", "年内", "三季度末",
/// "长期坚持", a spreadsheet's "44865" — into dates, keeping the words the plan used.
public enum DeadlinePhrase {
    /// Reads a 完成时限 cell. `planYear` stands in for the year when the cell does not say it
    /// ("年底前", "10月底"); relative words (明年) are counted from it.
    ///
    /// - Several deadlines in one cell ("6月底前出台方案，年底前落地见效"): the last one, the date
    ///   by which everything is done; a range ("2022年6月—12月") likewise gives its end.
    /// - Trailing words ("2023年3月底前完成") are ignored; `original` is the whole trimmed cell.
    /// - Any date-shaped part that is wrong ("2022年13月") makes the whole cell invalid, because
    ///   silently taking another date from the cell would hide the mistake.
    public static func parse(_ text: String, planYear: Int?) -> Result {
        let cell = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cell.isEmpty else { return .invalid(reason: "完成时限为空") }
        if let numeric = numericCell(cell) { return numeric }
        let found = DeadlineScanner(cell, cellMode: true).scan(planYear: planYear)
        if let reason = found.lazy.compactMap(\.result.invalidReason).first {
            return .invalid(reason: reason)
        }
        if let date = found.last?.result.date {
            return .date(date, original: cell)
        }
        if ongoingKeywords.contains(where: cell.contains) {
            return .ongoing(original: cell)
        }
        return .invalid(reason: "“\(cell)”中没有可识别的完成时限")
    }

    /// Every deadline inside a sentence of plan text, in order, with the range of its words —
    /// e.g. "2022年10月底前，完成…；年底前…" gives two. A year missing for "年底前" is taken from
    /// an earlier date in the sentence, else `planYear`. Only dates marked as deadlines count
    /// (底/末/前/内/为止, half-years, quarters, ranges, "到2025年", or a verb such as 完成 right
    /// after): "2021年6月，市政府印发…" is history. A phrase such as 长期坚持 counts as `.ongoing`
    /// only when it stands as a clause of its own, since 持续推进 is also an everyday verb.
    public static func findAll(in sentence: String, planYear: Int?) -> [(range: Range<String.Index>, result: Result)] {
        let scanner = DeadlineScanner(sentence, cellMode: false)
        var all: [(range: Range<String.Index>, result: Result)] = scanner.scan(planYear: planYear).map { found in
            (scanner.text.originalRange(found.start, found.end), found.result)
        }
        let ongoing = ongoingClauses(in: sentence)
        if !ongoing.isEmpty {
            all += ongoing.map { ($0, Result.ongoing(original: String(sentence[$0]))) }
            all.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return all
    }

    // MARK: - Whole numeric cells

    /// A cell holding only a number: an Excel serial date (possibly with a time fraction),
    /// a compact 20221031, or a bare year. Nil when the cell is not just a number.
    private static func numericCell(_ cell: String) -> Result? {
        let folded = String(cell.map(FoldedText.fold))
        let parts = folded.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy(FormValue.isDigits) else { return nil }
        let whole = parts[0]
        // "2022.6" is a year and a month, not serial 2022 (a day in 1905).
        if parts.count == 2, whole.count == 4, parts[1].count <= 2 { return nil }
        guard whole.count <= 8, let value = Int(whole) else {
            return .invalid(reason: "“\(cell)”不是有效的日期序号（Excel 日期序号应在 1 到 2958465 之间）")
        }
        if parts.count == 1, whole.count == 8 {
            guard let date = LocalDate(year: value / 10_000, month: value / 100 % 100, day: value % 100) else {
                return .invalid(reason: "“\(cell)”不是有效的日期")
            }
            return .date(date, original: cell)
        }
        // A deadline in 1905 is nonsense while a cell saying "2022" is common, so four-digit
        // numbers that look like years are read as the end of that year, not as serials.
        if parts.count == 1, whole.count == 4, (1900...2100).contains(value) {
            return .date(LocalDate(year: value, month: 12, day: 31)!, original: cell)
        }
        switch ExcelSerialDate.date(serial: value) {
        case .date(let date): return .date(date, original: cell)
        case .fictitiousLeapDay:
            return .invalid(reason: "“\(cell)”是 Excel 虚构的 1900年2月29日（该日期并不存在）")
        case .outOfRange:
            return .invalid(reason: "“\(cell)”不是有效的日期序号（Excel 日期序号应在 1 到 2958465 之间）")
        }
    }

    // MARK: - Ongoing work

    /// Words that mean "no end date" anywhere in a deadline cell.
    static let ongoingKeywords = ["长期", "持续", "常态化", "每年", "每半年", "每季度", "每月", "逐年", "分年度", "定期", "动态"]

    /// Clauses that mean "no end date" when they stand alone in a sentence.
    static let ongoingPhrases: Set<String> = [
        "长期坚持", "长期", "长期推进", "长期执行", "长期实施", "持续推进", "持续开展", "持续实施", "持续",
        "常态化推进", "常态化开展", "常态化", "逐年推进", "分年度推进", "分阶段推进", "每年开展", "按年度推进"
    ]

    private static let clauseBreaks: Set<Character> = [
        "，", ",", "。", "；", ";", "：", ":", "（", "）", "(", ")", "\n", "\r", "\r\n", "、"
    ]

    private static let ongoingFirstScalars = Set(ongoingPhrases.compactMap { $0.unicodeScalars.first?.value })

    private static func ongoingClauses(in sentence: String) -> [Range<String.Index>] {
        // Most sentences hold none of the phrases' first characters: skip them cheaply.
        guard sentence.unicodeScalars.contains(where: { ongoingFirstScalars.contains($0.value) }) else { return [] }
        var ranges: [Range<String.Index>] = []
        var clauseStart = sentence.startIndex
        var index = sentence.startIndex
        func close(at end: String.Index) {
            let clause = sentence[clauseStart..<end]
            guard let first = clause.firstIndex(where: { !$0.isWhitespace }),
                let last = clause.lastIndex(where: { !$0.isWhitespace })
            else { return }
            let trimmed = first..<clause.index(after: last)
            if ongoingPhrases.contains(String(sentence[trimmed])) { ranges.append(trimmed) }
        }
        while index < sentence.endIndex {
            if clauseBreaks.contains(sentence[index]) {
                close(at: index)
                clauseStart = sentence.index(after: index)
            }
            index = sentence.index(after: index)
        }
        close(at: sentence.endIndex)
        return ranges
    }
}
