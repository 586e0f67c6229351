import ReformCore

/// The per-kind wording a new notice starts from (`notice.template.<kind>.title/body` in the strings), with the
/// source's facts put in: {subject}, {units}, {deadline}, {result}. The office edits the text before issuing it.
enum NoticeTemplate {
    static func title(_ kind: NoticeKind, facts: NoticeSource.Facts, units: [String], _ l: Language) -> String {
        fill(L10n.t("notice.template.\(kind.rawValue).title", l), facts: facts, units: units, l)
    }

    static func body(_ kind: NoticeKind, facts: NoticeSource.Facts, units: [String], _ l: Language) -> String {
        fill(L10n.t("notice.template.\(kind.rawValue).body", l), facts: facts, units: units, l)
    }

    static func fill(_ template: String, facts: NoticeSource.Facts, units: [String], _ l: Language) -> String {
        let deadline = facts.deadline.map { L10n.date($0, l) } ?? ""
        return template.replacingOccurrences(of: "{subject}", with: facts.subject)
            .replacingOccurrences(of: "{units}", with: units.joined(separator: l == .zh ? "、" : ", "))
            .replacingOccurrences(of: "{deadline}", with: deadline.isEmpty ? L10n.t("notice.template.noDeadline", l) : deadline)
            .replacingOccurrences(of: "{result}", with: facts.requiredResult)
    }

    /// The issuing office as printed in red: the jurisdiction's reform office.
    static func issuer(jurisdictionName: String, _ l: Language) -> String {
        L10n.fill("notice.template.issuer", l, jurisdictionName)
    }
}
