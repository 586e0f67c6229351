import ReformCore

/// A receipt with what its pages and API show of its send: who sent what, with which instruction, by when.
package struct CascadeReceiptRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var sendId: Int
    package var senderJurisdictionId: Int
    package var senderName: String
    package var senderPath: String
    package var originPlanId: Int
    package var originPlanTitle: String
    /// The top item sent; nil for a whole plan.
    package var originItemId: Int?
    package var originTitle: String?
    package var targetJurisdictionId: Int
    package var targetName: String
    package var targetPath: String
    package var state: String
    package var weight: Double
    package var deadline: String?
    /// The later deadline the sender granted on request (an accepted `CascadeExtension`), nil without one.
    package var grantedDeadline: String?
    package var instruction: String
    package var leadUnitType: String
    package var sentBy: String
    package var sentAt: String
    package var signedBy: String
    package var signedAt: String?
    package var placedBy: String
    package var placedAt: String?
    package var placedPlanId: Int?
    package var cancelledReason: String
    package var version: Int

    package var cascadeState: CascadeState { CascadeState(rawValue: state) ?? .sent }
}

/// One copy of an origin item at one receiving jurisdiction, as the origin sees it: the receipt's state and, once
/// placed, the copy's status, percent and deadlines (never its reports).
struct CascadeCopyRecord: Codable, Sendable, Equatable {
    var receiptId: Int
    var originItemId: Int
    var targetJurisdictionId: Int
    var targetName: String
    var state: String
    var weight: Double
    var receiptDeadline: String?
    var sentAt: String
    var copyItemId: Int?
    var copyStatus: String?
    var copyPercent: Double?
    var copyOriginalDeadline: String?
    var copyCurrentDeadline: String?
    var copyWarnDays: Int?

    var cascadeState: CascadeState { CascadeState(rawValue: state) ?? .sent }

    /// The copy's schedule light as its own plan computes it; none until placed.
    func light(today: LocalDate) -> ScheduleLight {
        guard let status = copyStatus.flatMap(LifecycleStatus.init(rawValue:)) else { return .none }
        return Schedule.light(
            status: status, originalDeadline: copyOriginalDeadline.flatMap(LocalDate.init(iso:)), today: today,
            warnDays: copyWarnDays ?? Schedule.defaultWarnDays)
    }
}

/// A cell of the sender's matrix: just what the cell shows, so a province's 21 × 120 cells decode quickly.
struct CascadeMatrixCell: Codable, Sendable, Equatable {
    var receiptId: Int
    var originItemId: Int
    var targetJurisdictionId: Int
    var state: String
    var copyItemId: Int?
    var copyStatus: String?
    var copyPercent: Double?
    var copyOriginalDeadline: String?
    var copyWarnDays: Int?

    var cascadeState: CascadeState { CascadeState(rawValue: state) ?? .sent }

    func light(today: LocalDate) -> ScheduleLight {
        guard let status = copyStatus.flatMap(LifecycleStatus.init(rawValue:)) else { return .none }
        return Schedule.light(
            status: status, originalDeadline: copyOriginalDeadline.flatMap(LocalDate.init(iso:)), today: today,
            warnDays: copyWarnDays ?? Schedule.defaultWarnDays)
    }
}

/// A placed copy's link back to its origin, for the copy's item page.
struct CascadeOriginLink: Codable, Sendable, Equatable {
    var receiptId: Int
    var state: String
    var originItemId: Int
    var originTitle: String
    var originNumber: String
    var senderName: String
    var receiptDeadline: String?
    var grantedDeadline: String?
    /// What was sent, against what the origin says now: they differ once the origin was amended.
    var sentTitle: String
    var sentDeadline: String?
    var originCurrentDeadline: String?

    var originChanged: Bool { sentTitle != originTitle || sentDeadline != originCurrentDeadline }
}
