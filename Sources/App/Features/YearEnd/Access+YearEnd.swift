import ReformCore

/// Who may do what in a year-end check (年底对账).
extension Access {
    /// Opening, reviewing (confirming or returning answers) and locking: whoever edits the plan (its office, one above it,
    /// an administrator).
    static func canRunYearEnd(checkPath path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }

    /// Reading a check: offices, inspectors and viewers who see its jurisdiction see every row; a liaison or unit head
    /// sees it when their unit leads one of its measures, and then only their unit's rows.
    static func seesYearEnd(checkPath path: String, unitHasRows: Bool, _ p: Principal) -> Bool {
        p.role.isUnitRole ? unitHasRows : p.sees(jurisdictionPath: path)
    }

    /// Answering a row: its lead unit's liaison or unit head, or the office for it (a measure without a lead unit).
    static func canAnswerYearEnd(checkPath path: String, rowUnitId: Int?, _ p: Principal) -> Bool {
        if canRunYearEnd(checkPath: path, p) { return true }
        return p.role.isUnitRole && p.unitId != nil && p.unitId == rowUnitId
    }

    /// The rows a reader sees: a unit role only its unit's; nil for every row.
    static func yearEndUnitFilter(_ p: Principal) -> Int? { p.role.isUnitRole ? (p.unitId ?? -1) : nil }
}
