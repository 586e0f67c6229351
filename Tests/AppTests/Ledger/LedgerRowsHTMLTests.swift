import Mustache
import Testing

@testable import App

/// The ledger's rows are built in Swift (`LedgerView.rowsHTML`) instead of by the template's `{{#rows}}` section, for
/// speed: the markup must stay what the section wrote, escaping included.
struct LedgerRowsHTMLTests {
    /// The section as it stood in `ledger/ledger.mustache` before the rows moved to Swift.
    static let section =
        """

          <tr class="light-{{light}}">
            <td class="nowrap" data-label="{{t.col_seq}}"><a href="/items/{{id}}">{{number}}</a></td>
            <td class="col-field" data-label="{{t.col_field}}">{{field}}</td>
            <td class="col-task" data-label="{{t.col_task}}">{{^isMeasure}}<a href="/items/{{id}}">{{task}}</a>{{/isMeasure}}{{#isMeasure}}{{task}}{{/isMeasure}}</td>
            <td class="col-measure" data-label="{{t.col_measure}}">{{#isMeasure}}<a href="/items/{{id}}">{{measure}}</a>{{/isMeasure}}</td>
            <td data-label="{{t.col_lead}}" title="{{leadFull}}">{{lead}}</td>
            <td class="small" data-label="{{t.col_participants}}">{{participants}}</td>
            <td class="col-person" data-label="{{t.col_leader}}">{{leader}}</td><td class="col-person" data-label="{{t.col_person}}">{{person}}</td><td class="col-person" data-label="{{t.col_handler}}">{{handler}}</td>
            <td class="nowrap" data-label="{{t.col_deadline}}">{{deadline}}{{#deadlineChanged}}<br><small class="muted" title="{{t.item_originalDeadline}}">{{t.item_originalDeadline}} {{originalDeadline}}</small>{{/deadlineChanged}}</td>
            <td class="small" data-label="{{t.col_expected}}"><div class="clamp">{{expected}}</div></td>
            <td class="small" data-label="{{t.col_policies}}"><div class="clamp">{{policies}}</div></td>
            <td class="nowrap" data-label="{{t.col_progress}}"><span class="meter" style="--p:{{percentValue}}"></span> {{own}}{{#hasDerived}}<br><small class="muted">{{t.item_derived}} {{derived}}</small>{{/hasDerived}}</td>
            <td class="nowrap" data-label="{{t.col_status}}"><span class="dot {{light}}" title="{{lightName}}"></span>{{status}}<br><small class="muted">{{lightName}}</small>{{#isOutdated}}<br><span class="badge outdated" title="{{t.report_outdatedSince}} {{reportDue}}">{{t.report_outdated}}</span>{{/isOutdated}}</td>
            <td class="nowrap" data-label="{{t.ledger_judgement}}">{{#hasJudgement}}<span class="badge judgement-{{judgementKey}}">{{judgement}}</span>{{/hasJudgement}}</td>
            <td class="small" data-label="{{t.col_remarks}}"><div class="clamp">{{remarks}}</div></td>
          </tr>
        """ + "\n  "

    static func row(_ n: Int, measure: Bool, flags: Bool, text: String) -> LedgerView.Row {
        LedgerView.Row(
            id: 40 + n, seq: n, number: "（\(n)）", field: "领域 " + text, task: "任务 " + text, measure: measure ? "举措 " + text : "",
            isMeasure: measure, isField: n == 0, lead: "发改委" + text, leadFull: "市发展和改革委员会 \"全称\" " + text,
            participants: "财政局、人社局" + text, leader: "张三", person: "李四 " + text, handler: "王五",
            deadline: "2026年12月31日", deadlineChanged: flags, originalDeadline: "2026年6月30日 " + text, delayCount: flags ? 2 : 0,
            expected: "形成<机制> & 'A' " + text, policies: "《意见》" + text, remarks: text, status: "推进中", statusKey: "in_progress",
            own: "45%", derived: flags ? "50.5%" : "", hasDerived: flags, percentValue: flags ? 50.5 : 45, light: flags ? "red" : "green",
            lightName: flags ? "逾期" : "正常", isDemo: false, isOutdated: flags, reportDue: "2026年11月30日",
            judgement: flags ? "黄红 " + text : "", judgementKey: flags ? "amber_red" : "", hasJudgement: flags)
    }

    @Test(arguments: [Language.zh, .en])
    func theRowsAreTheMarkupTheTemplateWrote(_ language: Language) throws {
        // given: tasks and measures, every optional part on and off, text that must be escaped
        let texts = ["", "<script>alert(\"x\")</script>", "a & b", "it's", "龙华区 > 福田区", "\"quoted\""]
        var rows: [LedgerView.Row] = []
        for (n, text) in texts.enumerated() {
            rows.append(Self.row(2 * n, measure: n % 2 == 0, flags: n % 3 == 0, text: text))
            rows.append(Self.row(2 * n + 1, measure: n % 2 == 1, flags: n % 3 != 0, text: text))
        }
        let template = try MustacheTemplate(string: "{{#rows}}" + Self.section + "{{/rows}}")
        let expected = template.render(PageContext(view: ["rows": rows], frame: ["t": L10n.table(language)]))
        // when
        let html = LedgerView.rowsHTML(rows, language: language)
        // then
        // (whitespace between the rows differs: Mustache drops the standalone section tags' lines; HTML ignores it)
        #expect(Self.lines(html) == Self.lines(expected))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
    }

    /// The markup's lines without blank lines or trailing blanks.
    static func lines(_ html: String) -> [Substring] {
        html.split(separator: "\n").map { line in line.reversed().drop(while: { $0 == " " }).reversed() }.map { Substring(String($0)) }
            .filter { !$0.isEmpty }
    }

    @Test func theFilterOptionsAreTheMarkupTheTemplateWrote() throws {
        // given: options with text to escape, one selected
        struct Titled {
            var id: Int
            var title: String
            var selected: Bool
        }
        let options = [
            Titled(id: 3, title: "深圳市2026年改革要点", selected: false), Titled(id: 12, title: "<b>\"龙华\" & '福田'</b>", selected: true),
            Titled(id: 40, title: "", selected: false)
        ]
        // the section as it stood in `ledger/ledger.mustache`
        let template = try MustacheTemplate(
            string: "{{#plans}}<option value=\"{{id}}\"{{#selected}} selected{{/selected}}>{{title}}</option>{{/plans}}")
        let expected = template.render(["plans": options])
        // when
        let html = HTMLText.options(options.map { ($0.id, $0.title, $0.selected) })
        // then
        #expect(html == expected)
        #expect(html.contains("<option value=\"12\" selected>&lt;b&gt;&quot;龙华&quot; &amp; &#39;福田&#39;&lt;/b&gt;</option>"))
    }

    @Test func noRowsNoMarkup() {
        #expect(LedgerView.rowsHTML([], language: .zh).isEmpty)
    }
}
