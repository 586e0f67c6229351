import ReformCore

/// A plan's reporting settings; a plan without a row has no schedule and the default signing days.
public struct PlanReportingRecord: Codable, Sendable, Equatable {
    public static let defaultSignDays = 3

    public var planId: Int
    public var schedule: String?
    public var signDays: Int
    public var version: Int

    public var reportingSchedule: ReportingSchedule? { schedule.flatMap(ReportingSchedule.init(storageText:)) }

    public static func none(planId: Int) -> PlanReportingRecord {
        PlanReportingRecord(planId: planId, schedule: nil, signDays: defaultSignDays, version: 0)
    }
}
