/// The deadline rule of the cascade: a level may not give itself (or the level below) more time than it was given,
/// unless the level above granted more on request (an accepted `CascadeExtension`).
public enum CascadeDeadline {
    /// The latest deadline a copy may have: the earlier of what the receipt allows and the origin's current deadline
    /// (an origin amended to an earlier date tightens its copies' limit), or the date the sender granted on request when
    /// that is later; nil when neither the receipt nor the origin sets one.
    public static func limit(receipt: LocalDate?, origin: LocalDate?, granted: LocalDate? = nil) -> LocalDate? {
        let base: LocalDate? =
            switch (receipt, origin) {
            case (let r?, let o?): min(r, o)
            case (let r?, nil): r
            case (nil, let o?): o
            case (nil, nil): nil
            }
        guard let base else { return nil }
        return granted.map { max(base, $0) } ?? base
    }

    /// The issue with `proposed` under `limit`: later than the limit (`afterLimit`, naming the limit), or missing when a
    /// limit exists (`required`); nil when it keeps within.
    public static func issue(proposed: LocalDate?, limit: LocalDate?, field: String) -> ValidationIssue? {
        guard let limit else { return nil }
        guard let proposed else { return ValidationIssue(field: field, code: .required) }
        return proposed > limit ? ValidationIssue(field: field, code: .afterLimit, value: limit.iso) : nil
    }

    /// The issue with a request for more time: it must ask for a date after the limit in force (`notAfterLimit`, naming
    /// it); a copy without a limit needs no request.
    public static func requestIssue(requested: LocalDate, limit: LocalDate?, field: String) -> ValidationIssue? {
        guard let limit else { return ValidationIssue(field: field, code: .notAfterLimit) }
        return requested > limit ? nil : ValidationIssue(field: field, code: .notAfterLimit, value: limit.iso)
    }
}
