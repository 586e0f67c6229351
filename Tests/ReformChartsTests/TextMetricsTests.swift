import Testing

@testable import ReformCharts

struct TextMetricsTests {
    @Test func cjkIsOneEmAndAsciiIsAboutHalf() {
        // when
        let cjk = TextMetrics.width("改革办", fontSize: 10)
        let ascii = TextMetrics.width("abcd", fontSize: 10)
        let mixed = TextMetrics.width("第3季度", fontSize: 10)
        // then
        #expect(cjk == 30)
        #expect(abs(ascii - 22) < 1e-9)
        #expect(abs(mixed - 35.5) < 1e-9)
    }

    @Test func shortTextIsKept() {
        // when
        let result = TextMetrics.truncate("优化营商环境", maxWidth: 120, fontSize: 12)
        // then
        #expect(result.text == "优化营商环境")
        #expect(!result.truncated)
    }

    @Test func longTextIsCutOnCharactersAndEndsWithAnEllipsisThatFits() {
        // given
        let long = "深化“放管服”改革优化营商环境👨‍👩‍👧推进政务服务一网通办"
        // when
        let result = TextMetrics.truncate(long, maxWidth: 120, fontSize: 12)
        // then
        #expect(result.truncated)
        #expect(result.text.hasSuffix("…"))
        #expect(TextMetrics.width(result.text, fontSize: 12) <= 120)
        #expect(long.hasPrefix(String(result.text.dropLast())))
        #expect(result.text.count == 10)
    }

    @Test func noRoomLeavesOnlyTheEllipsis() {
        // when
        let result = TextMetrics.truncate("改革", maxWidth: 5, fontSize: 12)
        // then
        #expect(result.text == "…")
    }
}
