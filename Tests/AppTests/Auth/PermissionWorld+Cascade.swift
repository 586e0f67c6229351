import Foundation
import ReformCore
import SQLKit

@testable import App

/// Fresh cascade records for the matrix: 深圳市's own plan items (the office's level) to send on to 龙华区, and the
/// province's items sent to 深圳市, waiting there to be signed for, placed or withdrawn.
extension PermissionWorld {
    var provinceOffice: Principal {
        Principal(userId: 0, username: "c-setup", displayName: "广东改革办", role: .office, jurisdictionId: province.id, jurisdictionPath: province.path)
    }

    /// A unit of 深圳市, to lead its copies.
    func shenzhenUnit() async throws -> UnitRecord { try await f.unit("深圳市单位\(unique())", in: shenzhen.id) }

    /// A new item of a new plan of 深圳市, due in 60 days.
    func freshShenzhenItem() async throws -> ItemRecord {
        let plan = try await f.plan("深圳市方案\(unique())", in: shenzhen.id)
        return try await f.item("深圳市举措\(unique())", plan: plan.id, lead: try await shenzhenUnit().id, deadline: TestClock.today.adding(days: 60))
    }

    /// A receipt of a new province item at 深圳市, awaiting signature.
    func freshReceipt() async throws -> CascadeReceiptRecord {
        let plan = try await f.plan("广东省方案\(unique())", in: province.id)
        let unit = try await f.unit("广东省单位\(unique())", in: province.id)
        let item = try await f.item("省级举措\(unique())", plan: plan.id, lead: unit.id, deadline: TestClock.today.adding(days: 90))
        return try await services.cascades.send(
            planId: plan.id, itemId: item.id,
            .init(targetJurisdictionIds: [shenzhen.id], instruction: "请结合实际落实", deadline: TestClock.today.adding(days: 80).iso), by: provinceOffice
        )[0]
    }

    /// A pending request of 深圳市 for more time on a fresh receipt (limit day 80, asking for day 85).
    func freshExtension() async throws -> CascadeExtensionRecord {
        let r = try await freshReceipt()
        let office = Principal(
            userId: 0, username: "c-sz", displayName: "深圳改革办", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
        return try await services.cascades.requestExtension(
            r.id, deadline: TestClock.today.adding(days: 85).iso, reason: "需要更多时间", baseVersion: r.version, by: office)
    }
}
