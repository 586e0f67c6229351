import Testing

@testable import ReformCharts

struct SVGWriterTests {
    @Test(arguments: [
        (12.0, "12"), (12.34, "12.3"), (12.35, "12.4"), (0.04, "0"), (-0.04, "0"), (-3.26, "-3.3"),
        (1399.96, "1400"), (Double.nan, "0"), (Double.infinity, "0"), (7.05, "7.1")
    ])
    func numbersHaveAtMostOneDecimal(value: Double, expected: String) {
        // when
        let text = SVGWriter.format(value)
        // then
        #expect(text == expected)
    }

    @Test func textIsEscapedAndControlCharactersDropped() {
        // given
        var writer = SVGWriter(capacity: 64)
        // when
        writer.text("a<b>&c\"d'e\u{1}f\ng")
        // then
        #expect(writer.out == "a&lt;b&gt;&amp;c&quot;d&#39;ef\ng")
    }

    @Test func plainTextIsAppendedAsIs() {
        // given
        var writer = SVGWriter(capacity: 64)
        // when
        writer.text("改革“放管服”")
        // then
        #expect(writer.out == "改革“放管服”")
    }

    @Test(
        arguments: [
            ("/ledger?field=1&light=red", "/ledger?field=1&light=red"),
            ("  https://example.gov.cn/x  ", "https://example.gov.cn/x"),
            ("ledger?at=12:00", "ledger?at=12:00"),
            ("javascript:alert(1)", nil),
            ("JavaScript:alert(1)", nil),
            ("data:text/html,x", nil),
            ("   ", nil)
        ] as [(String, String?)])
    func onlySafeLinksAreKept(link: String, expected: String?) {
        // when
        let href = SVGWriter.safeHref(link)
        // then
        #expect(href == expected)
    }
}
