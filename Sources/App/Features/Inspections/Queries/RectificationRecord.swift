import ReformCore

/// A rectification (整改) with what the ledger shows beside it: its finding, inspection and unit.
public struct RectificationRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var findingId: Int
    public var inspectionId: Int
    public var jurisdictionPath: String
    public var leadUnitId: Int
    public var leadUnitName: String
    public var originalDeadline: String
    public var deadline: String
    public var warnFrom: String
    public var measures: String
    public var evidenceRequired: String
    public var state: String
    public var returnCount: Int
    public var closedOn: String?
    public var createdBy: String
    public var createdAt: String
    public var updatedAt: String
    public var version: Int
    /// Joined from the finding and the inspection.
    public var findingUnitId: Int
    public var category: String?
    public var severity: String?
    public var description: String
    public var inspectionTitle: String

    public var rectificationState: RectificationState { RectificationState(rawValue: state) ?? .assigned }

    /// The light against the deadline in force (`SupervisionLight`).
    public func light(today: LocalDate) -> ScheduleLight {
        guard let due = LocalDate(iso: deadline) else { return .none }
        return SupervisionLight.light(
            rectificationState.isOpen ? .open : .finished, deadline: due, today: today, warnDays: RectificationRecord.warnDays)
    }

    /// Yellow this many days before the deadline: a rectification's time limit is weeks, not a plan's years.
    public static let warnDays = 7
}
