import ReformCore
import Testing

struct OutlineNumberTests {
    @Test(arguments: [
        (0, 1, "一、"), (0, 12, "十二、"), (1, 3, "（三）"), (2, 4, "4."), (3, 5, "（5）"),
        (4, 1, "①"), (4, 20, "⑳"), (4, 21, "(21)"), (7, 2, "②")
    ])
    func labels(depth: Int, index: Int, label: String) {
        // when
        let result = OutlineNumber.label(depth: depth, index: index)
        // then
        #expect(result == label)
    }

    @Test(arguments: OutlineStyle.allCases)
    func labelThenParseRoundTripsFromOneToTwoHundred(style: OutlineStyle) throws {
        for index in 1...200 {
            // given
            let line = OutlineNumber.label(depth: style.rawValue, index: index) + "加快推进改革"
            // when
            let parsed = try #require(OutlineNumber.parse(line), "\(line)")
            // then
            let expectedStyle = style == .circled && index > 20 ? .parenNumbered : style
            #expect(parsed.style == expectedStyle, "\(line)")
            #expect(parsed.index == index, "\(line)")
            #expect(parsed.rest == "加快推进改革")
        }
    }

    @Test(arguments: [
        ("一、总体要求", OutlineStyle.chapter, 1, "总体要求"),
        ("  十一、 保障措施", .chapter, 11, "保障措施"),
        ("(二)主要任务", .section, 2, "主要任务"),
        ("（二十）其他", .section, 20, "其他"),
        ("1．优化流程", .numbered, 1, "优化流程"),
        ("2、 压缩时间", .numbered, 2, "压缩时间"),
        ("３.全角数字", .numbered, 3, "全角数字"),
        ("(1)建立机制", .parenNumbered, 1, "建立机制"),
        ("（12）完善制度", .parenNumbered, 12, "完善制度"),
        ("⑤ 开展试点", .circled, 5, "开展试点"),
        ("\u{3000}\u{3000}三、缩进标题", .chapter, 3, "缩进标题"),
        ("4.", .numbered, 4, "")
    ])
    func parsesMarkers(line: String, style: OutlineStyle, index: Int, rest: String) throws {
        // when
        let parsed = try #require(OutlineNumber.parse(line))
        // then
        #expect(parsed.style == style)
        #expect(parsed.index == index)
        #expect(parsed.rest == Substring(rest))
    }

    @Test(arguments: [
        "", "加快推进改革", "1.5亿元资金", "2024、2025年", "十分重要、紧迫", "（此项待定）说明",
        "0.开头", "（0）零", "零、零", "一.点", "1、2、3项", "（一", "一是加强领导"
    ])
    func ignoresLinesWithoutMarker(line: String) {
        // when
        let parsed = OutlineNumber.parse(line)
        // then
        #expect(parsed == nil)
    }

    @Test(arguments: [("1", [1]), ("1.2", [1, 2]), ("1.2.3", [1, 2, 3]), (" 10.20 ", [10, 20])])
    func decimalNumbering(text: String, parts: [Int]) {
        // when
        let parsed = OutlineNumber.decimal(text)
        // then
        #expect(parsed == parts)
    }

    @Test(arguments: ["", "1.", ".1", "1..2", "1.2a", "1.2 节", "a", "0", "1.0", "+1", "-1.2", "1。2"])
    func decimalRejectsJunk(text: String) {
        // when
        let parsed = OutlineNumber.decimal(text)
        // then
        #expect(parsed == nil)
    }
}
