/// A meeting's number as written: the sixth meeting is 第六次会议 in Chinese and "6th meeting" in English; stored as 6.
public enum MeetingNumber {
    public static func chinese(_ ordinal: Int) -> String { "第" + ChineseNumeral.format(ordinal) + "次会议" }

    public static func english(_ ordinal: Int) -> String { ordinalWord(ordinal) + " meeting" }

    /// 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 101st, 111th.
    public static func ordinalWord(_ n: Int) -> String {
        let lastTwo = abs(n) % 100, last = abs(n) % 10
        let suffix = (11...13).contains(lastTwo) ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th"
        return String(n) + suffix
    }
}
