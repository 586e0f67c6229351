/// Rules over an item's deadline amendments.
public enum Amendments {
    public static let reasonMaxLength = 500

    /// How many times the deadline was pushed later (延期次数). Setting a first deadline is not a delay.
    public static func delayCount(_ amendments: [DeadlineAmendment]) -> Int {
        amendments.count(where: { amendment in
            guard let old = amendment.oldDeadline else { return false }
            return amendment.newDeadline > old
        })
    }

    /// The deadline now in force: that of the latest amendment (the later one in the list on a tie), else the original.
    public static func currentDeadline(original: LocalDate?, amendments: [DeadlineAmendment]) -> LocalDate? {
        let latest = amendments.reduce(nil as DeadlineAmendment?) { latest, amendment in
            guard let latest, latest.changedAt > amendment.changedAt else { return amendment }
            return latest
        }
        return latest?.newDeadline ?? original
    }

    /// Checks a requested change; issues are reported on "newDeadline" and "reason".
    public static func validate(old: LocalDate?, new: LocalDate?, reason: String) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let new {
            if new == old { issues.append(ValidationIssue(field: "newDeadline", code: .unchanged)) }
        } else {
            issues.append(ValidationIssue(field: "newDeadline", code: .required))
        }
        if let issue = Check.text(reason, field: "reason", max: reasonMaxLength, required: true) {
            issues.append(issue)
        }
        return issues
    }
}
