import ReformCore

/// Puts a source's facts into a notice template: {subject}, {units}, {deadline}, {result}. The template is the office's
/// own, one from above, or the app's (`notice.template.<kind>.title/body` in the strings): `NoticeTemplateStore`.
/// The office edits the text before issuing it.
enum NoticeTemplate {
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
