/// Finds deadline expressions in folded text, left to right, and resolves them to dates.
///
/// Two modes, because the same words mean different things in different places:
/// - cell mode (a 完成时限 cell): every date-like expression counts, even a bare "2022年6月";
/// - sentence mode (plan text): "2022年6月，市政府印发…" is history, not a deadline, so a date counts
///   only with a deadline marker: 底/末/前/内/为止, a half-year or quarter, a range, "到…", or a
///   completion verb right after it ("2022年6月出台…").
struct DeadlineScanner {
    enum YearRef {
        case absolute(Int)
        /// 今年 0, 明年 +1, 去年 -1: relative to the plan year.
        case relative(Int, word: String)
        /// No year written: the year of the sentence so far, else the plan year.
        case implicit
    }

    enum Period {
        case year
        case half(Int)
        case quarter(Int)
        /// `day` nil means the last day of the month.
        case month(Int, day: Int?)
    }

    /// One expression as written, before its year is known.
    struct Raw {
        var start: Int
        var end: Int
        var year: YearRef
        var period: Period
        var marked: Bool
    }

    /// One expression with its meaning, in folded-character positions.
    struct Found {
        var start: Int
        var end: Int
        var result: DeadlinePhrase.Result
        var marked: Bool
    }

    let text: FoldedText
    let original: String
    let cellMode: Bool

    init(_ original: String, cellMode: Bool) {
        self.original = original
        self.text = FoldedText(original)
        self.cellMode = cellMode
    }

    // MARK: - Driving

    func scan(planYear: Int?) -> [Found] {
        var raws: [Raw] = []
        var i = 0
        while i < text.count {
            if let raw = match(at: i) {
                raws.append(raw)
                i = raw.end
            } else {
                i += 1
            }
        }
        var context: Int?
        var found: [Found] = []
        for raw in raws {
            let (result, year) = resolve(raw, context: context, planYear: planYear)
            if let year { context = year }
            found.append(Found(start: raw.start, end: raw.end, result: result, marked: raw.marked))
        }
        found = combiningRanges(found)
        return cellMode ? found : found.filter(\.marked)
    }

    /// "2022年6月—2022年12月", "6月至12月": a period whose end is the deadline.
    private func combiningRanges(_ found: [Found]) -> [Found] {
        var combined: [Found] = []
        for item in found {
            if var last = combined.last, last.end < item.start, item.start - last.end <= 2,
                (last.end..<item.start).allSatisfy({ Self.isConnector(text.chars[$0]) }),
                last.result.invalidReason == nil
            {
                last.end = item.end
                // The range's words are the whole range ("2022年6月—12月"), its date the end's.
                if case .date(let date, _) = item.result {
                    last.result = .date(date, original: String(original[text.originalRange(last.start, last.end)]))
                } else {
                    last.result = item.result
                }
                last.marked = true
                combined[combined.count - 1] = last
            } else {
                combined.append(item)
            }
        }
        return combined
    }

    static let connectors: Set<Character> = ["-", "~", "至", "到"]

    /// `connectors.contains(c)`, by scalar when `c` is one plain scalar (ScalarText).
    static func isConnector(_ c: Character) -> Bool {
        guard let scalar = FoldedText.plainScalar(c) else { return connectors.contains(c) }
        return scalar == "-" || scalar == "~" || scalar == "至" || scalar == "到"
    }

    /// `yearDigits[c]`, by scalar when `c` is one plain scalar.
    static func yearDigit(_ c: Character) -> Int? {
        guard let scalar = FoldedText.plainScalar(c) else { return yearDigits[c] }
        switch scalar {
        case "〇", "零": return 0
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    // MARK: - Resolving

    private func words(_ raw: Raw) -> String { String(original[text.originalRange(raw.start, raw.end)]) }

    static let plausibleYears = 1900...2200

    private func resolve(_ raw: Raw, context: Int?, planYear: Int?) -> (DeadlinePhrase.Result, Int?) {
        let phrase = words(raw)
        let year: Int
        switch raw.year {
        case .absolute(let y):
            guard Self.plausibleYears.contains(y) else {
                return (.invalid(reason: "“\(phrase)”：年份 \(y) 不合理"), nil)
            }
            year = y
        case .relative(let offset, let word):
            guard let base = planYear ?? context else {
                return (.invalid(reason: "“\(phrase)”中的“\(word)”是相对时间，需要指定计划年度"), nil)
            }
            year = base + offset
        case .implicit:
            guard let base = context ?? planYear else {
                return (.invalid(reason: "“\(phrase)”没有写明年份，需要指定计划年度"), nil)
            }
            year = base
        }
        let explicitYear: Int? = if case .implicit = raw.year { nil } else { year }
        switch raw.period {
        case .year:
            return (.date(LocalDate(year: year, month: 12, day: 31)!, original: phrase), explicitYear)
        case .half(let half):
            return (.date(LocalDate(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31)!, original: phrase), explicitYear)
        case .quarter(let quarter):
            guard (1...4).contains(quarter) else {
                return (.invalid(reason: "“\(phrase)”：季度应为第一至第四季度"), nil)
            }
            let month = quarter * 3
            return (.date(LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!, original: phrase), explicitYear)
        case .month(let month, let day):
            guard (1...12).contains(month) else {
                return (.invalid(reason: "“\(phrase)”：月份应在 1 到 12 之间，不能是 \(month)"), nil)
            }
            let last = LocalDate.daysIn(month: month, year: year)
            guard let day else {
                return (.date(LocalDate(year: year, month: month, day: last)!, original: phrase), explicitYear)
            }
            guard let date = LocalDate(year: year, month: month, day: day) else {
                return (.invalid(reason: "“\(phrase)”：\(year)年\(month)月只有 \(last) 天，没有 \(day) 日"), nil)
            }
            return (.date(date, original: phrase), explicitYear)
        }
    }

    // MARK: - Matching one expression

    /// Characters an expression can start with; everything else is skipped at once.
    private static let startScalars: Set<UInt32> = Set("0123456789年上下第今本当明次来去〇零一二三四五六七八九十两".unicodeScalars.map(\.value))

    private func match(at i: Int) -> Raw? {
        guard Self.startScalars.contains(text.scalars[i]) else { return nil }
        if let raw = numericDate(at: i) { return raw }
        return chineseDate(at: i)
    }

    /// 2022.10.31, 2022/10/31, 2022-10-31, 2022.10
    private func numericDate(at i: Int) -> Raw? {
        guard startsNumber(at: i), let (year, afterYear) = number(at: i, maxDigits: 4), afterYear == i + 4,
            let separator = text[afterYear], [".", "/", "-"].contains(separator),
            let (month, afterMonth) = number(at: afterYear + 1, maxDigits: 2),
            Self.plausibleYears.contains(year)
        else { return nil }
        if text[afterMonth] == separator, let (day, afterDay) = number(at: afterMonth + 1, maxDigits: 2) {
            return finish(Raw(start: i, end: afterDay, year: .absolute(year), period: .month(month, day: day), marked: false))
        }
        // "2022.13" is more likely a figure than a bad month: only a real month makes a date.
        guard (1...12).contains(month), text[afterMonth] != "年", text[afterMonth] != "月" else { return nil }
        return finish(Raw(start: i, end: afterMonth, year: .absolute(year), period: .month(month, day: nil), marked: false))
    }

    private func chineseDate(at i: Int) -> Raw? {
        if let (year, afterYear) = yearPrefix(at: i) {
            return finish(rest(at: afterYear, start: i, year: year, yearOnlyAllowed: true))
        }
        guard startsWord(at: i) else { return nil }
        return finish(rest(at: i, start: i, year: .implicit, yearOnlyAllowed: false))
    }

    /// What follows a year (or stands alone): 年底, 上半年, 第三季度, 10月底, 6月30日.
    private func rest(at j: Int, start: Int, year: YearRef, yearOnlyAllowed: Bool) -> Raw? {
        var j = j
        if yearOnlyAllowed, text[j] == "度" { j += 1 }
        // 2022年年底 / 年底 / 2022年底 / 年末 / 年内 / 年度内
        if text[j] == "年", let c = text[j + 1], ["底", "末", "内"].contains(c) || text.has("度内", at: j + 1) || text.has("度末", at: j + 1) {
            guard yearOnlyAllowed || yearWordAllowed(before: j) else { return nil }
            let end = c == "度" ? j + 2 : (c == "内" ? j + 1 : j + 2)
            return Raw(start: start, end: end, year: year, period: .year, marked: true)
        }
        if yearOnlyAllowed, let c = text[j], c == "底" || c == "末" {
            return Raw(start: start, end: j + 1, year: year, period: .year, marked: true)
        }
        if let (half, end) = half(at: j) {
            return Raw(start: start, end: end, year: year, period: .half(half), marked: true)
        }
        if let (quarter, end) = quarter(at: j) {
            return Raw(start: start, end: end, year: year, period: .quarter(quarter), marked: true)
        }
        if let (month, day, end, marked) = monthAndDay(at: j) {
            return Raw(start: start, end: end, year: year, period: .month(month, day: day), marked: marked)
        }
        guard yearOnlyAllowed else { return nil }
        return Raw(start: start, end: j, year: year, period: .year, marked: false)
    }

    /// "2022年", "2022-2023年" (the end year), "二〇二二年", 今年/明年/去年 …
    private func yearPrefix(at i: Int) -> (YearRef, Int)? {
        if startsNumber(at: i), let (year, end) = number(at: i, maxDigits: 4), end == i + 4 {
            if text[end] == "年" { return (.absolute(year), end + 1) }
            if let c = text[end], Self.isConnector(c),
                let (second, secondEnd) = number(at: end + 1, maxDigits: 4), secondEnd == end + 5, text[secondEnd] == "年"
            {
                return (.absolute(second), secondEnd + 1)
            }
            return nil
        }
        if !FoldedText.isChineseDigit(text[i - 1]) {
            var digits = 0, value = 0, j = i
            while digits < 4, let c = text[j], let d = Self.yearDigit(c) {
                value = value * 10 + d
                digits += 1
                j += 1
            }
            if digits == 4, text[j] == "年" { return (.absolute(value), j + 1) }
        }
        for (word, offset) in Self.relativeYears where text.has(word, at: i) {
            return (.relative(offset, word: word), i + word.count)
        }
        return nil
    }

    private static let yearDigits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9
    ]

    private static let relativeYears: [(String, Int)] = [
        ("今年", 0), ("本年", 0), ("当年", 0), ("明年", 1), ("次年", 1), ("来年", 1), ("去年", -1), ("上年", -1)
    ]

    /// 年底 written without a year, but not 两年内 / 3年内 / 半年内 / 多年 (durations).
    private func yearWordAllowed(before j: Int) -> Bool {
        guard let previous = text[j - 1] else { return true }
        return !FoldedText.isDigit(previous) && !FoldedText.isChineseDigit(previous) && !"个几多每近半周数".contains(previous)
    }

    /// 上半年 / 下半年 (also …年度, …年底)
    private func half(at j: Int) -> (Int, Int)? {
        let half: Int
        if text.has("上半年", at: j) { half = 1 } else if text.has("下半年", at: j) { half = 2 } else { return nil }
        guard text[j - 1] != "每" else { return nil }
        var end = j + 3
        if text[end] == "度" { end += 1 }
        if let c = text[end], c == "末" || c == "底" { end += 1 }
        return (half, end)
    }

    /// 第一季度, 一季度, 第3季度, 三季度末
    private func quarter(at j: Int) -> (Int, Int)? {
        var k = j
        if text[k] == "第" {
            k += 1
        } else if let p = text[k - 1], p == "每" || p == "个" || p == "第" || FoldedText.isChineseDigit(p) || FoldedText.isDigit(p) {
            return nil
        }
        let quarter: Int
        if let c = text[k], FoldedText.isDigit(c), !FoldedText.isDigit(text[k + 1]) {
            quarter = c.wholeNumberValue!
        } else if let c = text[k], let value = ChineseNumeral.parse(String(c)) {
            quarter = value
        } else {
            return nil
        }
        guard text.has("季度", at: k + 1) else { return nil }
        var end = k + 3
        if let c = text[end], c == "末" || c == "底" { end += 1 }
        return (quarter, end)
    }

    /// 10月, 10月份, 6-12月 (the end), 十月, then 底 / 末 / 上旬 / 中旬 / 下旬 / 30日 / 1-15日.
    private func monthAndDay(at j: Int) -> (month: Int, day: Int?, end: Int, marked: Bool)? {
        guard var (month, k) = smallNumber(at: j) else { return nil }
        if let c = text[k], Self.isConnector(c), let (second, after) = smallNumber(at: k + 1), text[after] == "月" {
            month = second
            k = after
        }
        guard text[k] == "月" else { return nil }
        k += 1
        if text[k] == "份" { k += 1 }
        if let c = text[k], c == "底" || c == "末" { return (month, nil, k + 1, true) }
        if text.has("下旬", at: k) { return (month, nil, k + 2, true) }
        if text.has("上旬", at: k) { return (month, 10, k + 2, true) }
        if text.has("中旬", at: k) { return (month, 20, k + 2, true) }
        if text[k] == "初" { return (month, 10, k + 1, true) }
        if text[k] == "中", text[k + 1] != "央", text[k + 1] != "国" { return (month, 15, k + 1, true) }
        if let (firstDay, after) = smallNumber(at: k), let unit = text[after], unit == "日" || unit == "号" {
            var day = firstDay, end = after + 1
            if let c = text[end], Self.isConnector(c), let (second, secondAfter) = smallNumber(at: end + 1),
                let u = text[secondAfter], u == "日" || u == "号"
            {
                day = second
                end = secondAfter + 1
            }
            return (month, day, end, false)
        }
        return (month, nil, k, false)
    }

    /// One or two ASCII digits, or a Chinese numeral of up to three characters (十二, 三十一).
    private func smallNumber(at j: Int) -> (Int, Int)? {
        if FoldedText.isDigit(text[j]) {
            return number(at: j, maxDigits: 2)
        }
        var k = j
        while k - j < 3, FoldedText.isChineseDigit(text[k]) { k += 1 }
        guard k > j, !FoldedText.isChineseDigit(text[k]) else { return nil }
        guard let value = ChineseNumeral.parse(String(text.chars[j..<k])) else { return nil }
        return (value, k)
    }

    /// A run of at most `maxDigits` ASCII digits that is not part of a longer run.
    private func number(at j: Int, maxDigits: Int) -> (Int, Int)? {
        var k = j, value = 0
        while k - j < maxDigits, let c = text[k], FoldedText.isDigit(c) {
            value = value * 10 + c.wholeNumberValue!
            k += 1
        }
        guard k > j, !FoldedText.isDigit(text[k]) else { return nil }
        return (value, k)
    }

    /// A number starts here and does not continue one ("12022年", "1.2022").
    private func startsNumber(at i: Int) -> Bool {
        guard FoldedText.isDigit(text[i]) else { return false }
        guard let previous = text[i - 1] else { return true }
        return !FoldedText.isDigit(previous) && previous != "."
    }

    /// A yearless expression may start here: not inside a number or after 第/每/个.
    private func startsWord(at i: Int) -> Bool {
        guard let previous = text[i - 1] else { return true }
        if FoldedText.isDigit(text[i]) { return !FoldedText.isDigit(previous) && previous != "." }
        if FoldedText.isChineseDigit(text[i]) { return !FoldedText.isChineseDigit(previous) && !"第每个".contains(previous) }
        return true
    }

    // MARK: - Deadline markers

    /// Takes a trailing 前 / 之前 / 以前 / 以内 / 内 / 为止 / (前) into the match, and notes whether
    /// anything around it says "deadline".
    private func finish(_ raw: Raw?) -> Raw? {
        guard var raw else { return nil }
        for suffix in Self.suffixes where text.has(suffix, at: raw.end) {
            raw.end += suffix.count
            raw.marked = true
            break
        }
        if !raw.marked {
            raw.marked =
                Self.completionVerbs.contains { text.has($0, at: raw.end) }
                || hasTargetPrefix(before: raw.start)
        }
        // "截至2021年底，已完成…" and "2022年起" state a fact or a start, not a deadline.
        if isStateOrStart(raw) { raw.marked = false }
        return raw
    }

    private static let suffixes = ["(前)", "之前", "以前", "以内", "为止", "前", "内", "止"]
    private static let completionVerbs = ["完成", "出台", "建成", "实现", "印发", "制定", "落地", "上线", "推出", "形成", "启动", "投入使用", "全面完成", "基本完成"]

    private func isStateOrStart(_ raw: Raw) -> Bool {
        let before = max(0, raw.start - 2)
        let prefix = String(text.chars[before..<raw.start])
        return prefix.hasSuffix("截至") || prefix.hasSuffix("截止") || prefix.hasSuffix("自")
            || prefix.hasSuffix("从") || text.has("以来", at: raw.end) || text.has("起", at: raw.end)
    }

    /// "到2025年" sets a target; "截至2022年6月" reports a state, so 截至/截止 do not count.
    private func hasTargetPrefix(before start: Int) -> Bool {
        guard let previous = text[start - 1], previous == "到" || previous == "至" else { return false }
        return text[start - 2] != "截"
    }
}
