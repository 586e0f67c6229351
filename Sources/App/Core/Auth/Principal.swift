import Foundation

/// The six roles of issue 4. Each user holds one, bound to a jurisdiction (office, inspector, viewer, admin)
/// or to a unit (liaison, unit head; their jurisdiction is the unit's).
public enum Role: String, Codable, CaseIterable, Sendable {
    case admin
    case office  // 改革办
    case liaison  // 联络员
    case unitHead = "unit_head"  // 单位负责人
    case inspector  // 督查
    case viewer  // 只读
    /// An outside reviewer (评审专家): a third-party account that sees only what it is assigned to review (see
    /// `ReviewerAccess`), nothing of any jurisdiction.
    case reviewer

    public var isUnitRole: Bool { self == .liaison || self == .unitHead }
}

/// Who is making a request. Set on `AppRequestContext.principal` by the authentication middleware;
/// services take it as their `actor` so the audit log records a person, not a placeholder.
///
/// Scope rule (issue 4): a user sees their jurisdiction and everything below it (materialised path prefix);
/// an office edits the plans of its own jurisdiction's subtree; a liaison edits only items where their unit
/// leads or participates and files reports for them; a unit head approves their unit's reports.
public struct Principal: Sendable, Equatable {
    public var userId: Int
    public var username: String
    public var displayName: String
    public var role: Role
    /// The jurisdiction the user is bound to; for unit roles, the unit's jurisdiction.
    public var jurisdictionId: Int
    /// Materialised path of that jurisdiction ("/1/4/9/"); a path inside the scope starts with it.
    public var jurisdictionPath: String
    /// Set for liaison and unit head.
    public var unitId: Int?
    /// For the page header: the jurisdiction's and the unit's names (empty for a nationwide admin / no unit).
    public var jurisdictionName: String
    public var unitName: String?

    public init(
        userId: Int, username: String, displayName: String, role: Role, jurisdictionId: Int,
        jurisdictionPath: String, unitId: Int? = nil, jurisdictionName: String = "", unitName: String? = nil
    ) {
        self.userId = userId
        self.username = username
        self.displayName = displayName
        self.role = role
        self.jurisdictionId = jurisdictionId
        self.jurisdictionPath = jurisdictionPath
        self.unitId = unitId
        self.jurisdictionName = jurisdictionName
        self.unitName = unitName
    }

    /// An admin bound to no jurisdiction sees every tree; its path "/" is the prefix of every path.
    public static let nationwidePath = "/"

    /// Whether the user sees every tree (an admin, wherever bound): list queries skip the scope condition.
    public var isNationwide: Bool { role == .admin }

    /// What the audit log and the reporting chain record as the actor: "张三（zhangsan）".
    public var actorName: String { "\(displayName)（\(username)）" }

    /// Whether a jurisdiction (by its materialised path) lies in this user's subtree.
    public func sees(jurisdictionPath path: String) -> Bool {
        role == .admin || (role != .reviewer && path.hasPrefix(jurisdictionPath))
    }
}
