/// Who may take each step of the reporting loop. Until the accounts branch brings the app-wide policy,
/// these are the rules stated once: the office (or an admin) of the item's jurisdiction assigns,
/// sets schedules and reviews; a unit's liaison or head signs, names the handler and files; only the
/// unit's head approves its reports.
enum ReportingPolicy {
    static func requireOffice(_ p: Principal, jurisdictionPath: String) throws {
        guard (p.role == .office || p.role == .admin), p.sees(jurisdictionPath: jurisdictionPath) else {
            throw AppError.forbidden("only the reform office of this jurisdiction may do this")
        }
    }

    static func requireUnitMember(_ p: Principal, unitId: Int) throws {
        guard p.role == .admin || (p.role.isUnitRole && p.unitId == unitId) else {
            throw AppError.forbidden("only a liaison or the head of the unit may do this")
        }
    }

    static func requireUnitHead(_ p: Principal, unitId: Int) throws {
        guard p.role == .admin || (p.role == .unitHead && p.unitId == unitId) else {
            throw AppError.forbidden("only the head of the unit may do this")
        }
    }

    /// A report may be read by its unit and by anyone whose jurisdiction covers the item.
    static func canRead(_ p: Principal, unitId: Int, jurisdictionPath: String) -> Bool {
        p.unitId == unitId || (!p.role.isUnitRole && p.sees(jurisdictionPath: jurisdictionPath))
    }
}
