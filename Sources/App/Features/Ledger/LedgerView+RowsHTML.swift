extension LedgerView {
    /// The `<tbody>` rows of the ledger, built in Swift (see `HTMLText`): the same markup the template's `{{#rows}}`
    /// section wrote (LedgerRowsHTMLTests renders both and compares), at a fraction of the cost.
    static func rowsHTML(_ rows: [Row], language l: Language) -> String {
        func label(_ key: String) -> String { HTMLText.escape(L10n.t(key, l)) }
        let seq = label("col.seq"), field = label("col.field"), task = label("col.task"), measure = label("col.measure")
        let lead = label("col.lead"), participants = label("col.participants"), leader = label("col.leader")
        let person = label("col.person"), handler = label("col.handler"), deadline = label("col.deadline")
        let expected = label("col.expected"), policies = label("col.policies"), progress = label("col.progress")
        let status = label("col.status"), remarks = label("col.remarks"), originalDeadline = label("item.originalDeadline")
        let derived = label("item.derived"), outdated = label("report.outdated"), outdatedSince = label("report.outdatedSince")
        let judgement = label("ledger.judgement")

        var h = HTMLText(capacity: rows.count * 2_500)
        for r in rows {
            h.raw("\n  <tr class=\"light-")
            h.append(escaping: r.light)
            h.raw("\">\n    <td class=\"nowrap\" data-label=\"")
            h.append(trusted: seq)
            h.raw("\"><a href=\"/items/")
            h.append(r.id)
            h.raw("\">")
            h.append(escaping: r.number)
            h.raw("</a></td>\n    <td class=\"col-field\" data-label=\"")
            h.append(trusted: field)
            h.raw("\">")
            h.append(escaping: r.field)
            h.raw("</td>\n    <td class=\"col-task\" data-label=\"")
            h.append(trusted: task)
            h.raw("\">")
            if r.isMeasure {
                h.append(escaping: r.task)
            } else {
                h.raw("<a href=\"/items/")
                h.append(r.id)
                h.raw("\">")
                h.append(escaping: r.task)
                h.raw("</a>")
            }
            h.raw("</td>\n    <td class=\"col-measure\" data-label=\"")
            h.append(trusted: measure)
            h.raw("\">")
            if r.isMeasure {
                h.raw("<a href=\"/items/")
                h.append(r.id)
                h.raw("\">")
                h.append(escaping: r.measure)
                h.raw("</a>")
            }
            h.raw("</td>\n    <td data-label=\"")
            h.append(trusted: lead)
            h.raw("\" title=\"")
            h.append(escaping: r.leadFull)
            h.raw("\">")
            h.append(escaping: r.lead)
            h.raw("</td>\n    <td class=\"small\" data-label=\"")
            h.append(trusted: participants)
            h.raw("\">")
            h.append(escaping: r.participants)
            h.raw("</td>\n    <td class=\"col-person\" data-label=\"")
            h.append(trusted: leader)
            h.raw("\">")
            h.append(escaping: r.leader)
            h.raw("</td><td class=\"col-person\" data-label=\"")
            h.append(trusted: person)
            h.raw("\">")
            h.append(escaping: r.person)
            h.raw("</td><td class=\"col-person\" data-label=\"")
            h.append(trusted: handler)
            h.raw("\">")
            h.append(escaping: r.handler)
            h.raw("</td>\n    <td class=\"nowrap\" data-label=\"")
            h.append(trusted: deadline)
            h.raw("\">")
            h.append(escaping: r.deadline)
            if r.deadlineChanged {
                h.raw("<br><small class=\"muted\" title=\"")
                h.append(trusted: originalDeadline)
                h.raw("\">")
                h.append(trusted: originalDeadline)
                h.raw(" ")
                h.append(escaping: r.originalDeadline)
                h.raw("</small>")
            }
            h.raw("</td>\n    <td class=\"small\" data-label=\"")
            h.append(trusted: expected)
            h.raw("\"><div class=\"clamp\">")
            h.append(escaping: r.expected)
            h.raw("</div></td>\n    <td class=\"small\" data-label=\"")
            h.append(trusted: policies)
            h.raw("\"><div class=\"clamp\">")
            h.append(escaping: r.policies)
            h.raw("</div></td>\n    <td class=\"nowrap\" data-label=\"")
            h.append(trusted: progress)
            h.raw("\"><span class=\"meter\" style=\"--p:")
            h.append(r.percentValue)
            h.raw("\"></span> ")
            h.append(escaping: r.own)
            if r.hasDerived {
                h.raw("<br><small class=\"muted\">")
                h.append(trusted: derived)
                h.raw(" ")
                h.append(escaping: r.derived)
                h.raw("</small>")
            }
            h.raw("</td>\n    <td class=\"nowrap\" data-label=\"")
            h.append(trusted: status)
            h.raw("\"><span class=\"dot ")
            h.append(escaping: r.light)
            h.raw("\" title=\"")
            h.append(escaping: r.lightName)
            h.raw("\"></span>")
            h.append(escaping: r.status)
            h.raw("<br><small class=\"muted\">")
            h.append(escaping: r.lightName)
            h.raw("</small>")
            if r.isOutdated {
                h.raw("<br><span class=\"badge outdated\" title=\"")
                h.append(trusted: outdatedSince)
                h.raw(" ")
                h.append(escaping: r.reportDue)
                h.raw("\">")
                h.append(trusted: outdated)
                h.raw("</span>")
            }
            h.raw("</td>\n    <td class=\"nowrap\" data-label=\"")
            h.append(trusted: judgement)
            h.raw("\">")
            if r.hasJudgement {
                h.raw("<span class=\"badge judgement-")
                h.append(escaping: r.judgementKey)
                h.raw("\">")
                h.append(escaping: r.judgement)
                h.raw("</span>")
            }
            h.raw("</td>\n    <td class=\"small\" data-label=\"")
            h.append(trusted: remarks)
            h.raw("\"><div class=\"clamp\">")
            h.append(escaping: r.remarks)
            h.raw("</div></td>\n  </tr>\n  ")
        }
        return h.html
    }
}

extension LedgerView {
    /// A select's `<option>`s after its first ("all …") one, built in Swift like the rows: the plan and unit filters
    /// list up to 300 and 500 choices, and Mustache's per-value lookups on them cost as much as the rows did.
    static func optionsHTML(_ options: [(id: Int, label: String, selected: Bool)]) -> String {
        var h = HTMLText(capacity: options.count * 64)
        for option in options {
            h.raw("<option value=\"")
            h.append(option.id)
            h.raw(option.selected ? "\" selected>" : "\">")
            h.append(escaping: option.label)
            h.raw("</option>")
        }
        return h.html
    }
}
