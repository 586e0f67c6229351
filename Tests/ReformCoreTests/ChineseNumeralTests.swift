import ReformCore
import Testing

struct ChineseNumeralTests {
    @Test(arguments: [
        (0, "零"), (1, "一"), (2, "二"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"),
        (100, "一百"), (101, "一百零一"), (110, "一百一十"), (999, "九百九十九"), (1000, "一千"),
        (1001, "一千零一"), (1010, "一千零一十"), (10_000, "一万"), (10_005, "一万零五"), (100_000, "十万"),
        (120_000, "十二万"), (100_100_000, "一亿零一十万"), (-3, "负三")
    ])
    func formats(number: Int, text: String) {
        // when
        let formatted = ChineseNumeral.format(number)
        // then
        #expect(formatted == text)
    }

    @Test func parseInvertsFormatFromZeroToTwoThousand() {
        for n in 0...2000 {
            // given
            let text = ChineseNumeral.format(n)
            // when
            let parsed = ChineseNumeral.parse(text)
            // then
            #expect(parsed == n, "\(text)")
        }
    }

    @Test(arguments: [("两", 2), ("两百", 200), ("〇", 0), ("一百〇五", 105), ("一十二", 12), ("一十", 10), ("负十", -10)])
    func parseAcceptsCommonVariants(text: String, number: Int) {
        // when
        let parsed = ChineseNumeral.parse(text)
        // then
        #expect(parsed == number)
    }

    @Test(arguments: ["", "一一", "十十", "百", "零一", "二百五", "一百十", "十分", "abc", "九亿亿亿亿", "负零"])
    func parseRejectsWhatFormatWouldNotWrite(text: String) {
        // when
        let parsed = ChineseNumeral.parse(text)
        // then
        #expect(parsed == nil)
    }
}
