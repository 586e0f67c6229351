/// The deadline rule of the cascade: a level may not give itself (or the level below) more time than it was given.
public enum CascadeDeadline {
    /// The latest deadline a copy may have: the earlier of what the receipt allows and the origin's current deadline
    /// (an origin amended to an earlier date tightens its copies' limit); nil when neither sets one.
    public static func limit(receipt: LocalDate?, origin: LocalDate?) -> LocalDate? {
        switch (receipt, origin) {
        case (let r?, let o?): min(r, o)
        case (let r?, nil): r
        case (nil, let o?): o
        case (nil, nil): nil
        }
    }

    /// The issue with `proposed` under `limit`: later than the limit (`afterLimit`, naming the limit), or missing when a
    /// limit exists (`required`); nil when it keeps within.
    public static func issue(proposed: LocalDate?, limit: LocalDate?, field: String) -> ValidationIssue? {
        guard let limit else { return nil }
        guard let proposed else { return ValidationIssue(field: field, code: .required) }
        return proposed > limit ? ValidationIssue(field: field, code: .afterLimit, value: limit.iso) : nil
    }
}
