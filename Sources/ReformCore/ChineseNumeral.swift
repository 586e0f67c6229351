/// Chinese numerals as written in plan documents (一、二十一、一百零一).
public enum ChineseNumeral {
    private static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    public static func format(_ n: Int) -> String {
        n < 0 ? "负" + spell(n.magnitude, leading: true) : spell(n.magnitude, leading: true)
    }

    /// The inverse of `format`; also accepts 两 for 二, 〇 for 零 and a leading 一十 (一十二).
    /// Anything else that `format` would not write gives nil, so stray text is not taken for a number.
    public static func parse(_ s: String) -> Int? {
        // In plain text (ScalarText) any other character makes the numeral nil below; say so without the work.
        if ScalarText.isPlain(s), !s.unicodeScalars.allSatisfy(numeralScalars.contains) { return nil }
        if s.hasPrefix("负") { return parse(String(s.dropFirst())).flatMap { $0 > 0 ? -$0 : nil } }
        var text = s.replacingOccurrences(of: "两", with: "二").replacingOccurrences(of: "〇", with: "零")
        if text.hasPrefix("一十") { text.removeFirst() }
        guard let value = value(of: text), format(value) == text else { return nil }
        return value
    }

    /// Every character `parse` reads: digits, units, 两, 〇 and the sign.
    private static let numeralScalars: Set<Unicode.Scalar> = Set("零一二三四五六七八九十百千万亿两〇负".unicodeScalars)

    /// `leading` is false inside a larger number, where 10…19 keep their 一 (一百一十, not 一百十).
    private static func spell(_ n: UInt, leading: Bool) -> String {
        if n == 0 { return "零" }
        if n < 10_000 {
            let text = section(Int(n))
            return leading && (10...19).contains(n) ? String(text.dropFirst()) : text
        }
        let unit: UInt = n >= 100_000_000 ? 100_000_000 : 10_000
        let high = n / unit, low = n % unit
        var text = spell(high, leading: leading) + (unit == 10_000 ? "万" : "亿")
        if low > 0 {
            // A gap before the lower part is read out as 零: 一万零五, 一亿零一十万.
            text += (low < unit / 10 ? "零" : "") + spell(low, leading: false)
        }
        return text
    }

    /// 1…9999 with every 一 written out; inner runs of zeros become one 零.
    private static func section(_ n: Int) -> String {
        var text = ""
        var zeroPending = false
        for (place, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let digit = n / place % 10
            if digit == 0 {
                zeroPending = !text.isEmpty
                continue
            }
            if zeroPending { text += "零" }
            zeroPending = false
            text.append(digits[digit])
            text += unit
        }
        return text
    }

    /// Reads the value of well-formed numerals; `parse` then rejects ill-formed ones by formatting back.
    /// Sums in Double and stops at 10^15, so long nonsense like 九亿亿亿 cannot overflow.
    private static func value(of text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0.0, section = 0.0, digit: Double?
        for character in text {
            if let d = digits.firstIndex(of: character) {
                digit = Double(d)
                continue
            }
            switch character {
            case "十": section += (digit ?? 1) * 10
            case "百": section += (digit ?? 1) * 100
            case "千": section += (digit ?? 1) * 1000
            case "万":
                total += (section + (digit ?? 0)) * 10_000
                section = 0
            case "亿":
                total = (total + section + (digit ?? 0)) * 100_000_000
                section = 0
            default: return nil
            }
            digit = nil
            guard total < 1e15 else { return nil }
        }
        return Int(total + section + (digit ?? 0))
    }
}
