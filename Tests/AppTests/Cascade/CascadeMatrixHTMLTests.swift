import Mustache
import Testing

@testable import App

/// The matrix's rows are built in Swift (`CascadeMatrixView.rowsHTML`) instead of by the template's `{{#rows}}`
/// section, for speed: the markup must stay what the section wrote, escaping included.
struct CascadeMatrixHTMLTests {
    /// The section as it stood in `cascade/matrix.mustache` before the rows moved to Swift.
    static let section =
        """
        {{#rows}}<tr><td class="nowrap">{{number}}</td><td><a href="/items/{{itemId}}">{{title}}</a></td>
            {{#cells}}<td class="cell nowrap">{{^empty}}<a href="{{link}}" title="{{state}} {{lightName}}">{{#placed}}<span class="dot {{light}}"></span>{{percent}}{{/placed}}{{^placed}}<span class="badge cascade-{{stateKey}}">{{state}}</span>{{/placed}}</a>{{/empty}}</td>{{/cells}}
            <td class="nowrap"><span class="meter" style="--p:{{percentValue}}"></span> {{percent}}</td></tr>{{/rows}}
        """

    @Test func theRowsAreTheMarkupTheTemplateWrote() throws {
        // given: empty, placed and waiting cells, text that must be escaped
        let texts = ["", "<script>alert(\"x\")</script>", "a & b", "it's", "龙华区 > 福田区"]
        let rows = texts.enumerated().map { n, text in
            CascadeMatrixView.Row(
                itemId: 10 + n, number: "（\(n)）" + text, title: "任务 " + text, percent: "\(n * 10)%", percentValue: Double(n) * 10.5,
                cells: [
                    .init(empty: true, link: "", percent: "", light: "none", lightName: "", state: "", stateKey: "", placed: false),
                    .init(
                        empty: false, link: "/items/\(n)?a=1&b=\"2\"", percent: "\(n)%", light: "green", lightName: "正常 " + text,
                        state: "已落实", stateKey: "placed", placed: true),
                    .init(
                        empty: false, link: "/cascade/receipts/\(n)", percent: "0%", light: "red", lightName: "逾期",
                        state: "待签收 " + text, stateKey: "sent", placed: false)
                ])
        }
        let expected = try MustacheTemplate(string: Self.section).render(["rows": rows])
        // when
        let html = CascadeMatrixView.rowsHTML(rows)
        // then
        #expect(html == expected)
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
    }
}
