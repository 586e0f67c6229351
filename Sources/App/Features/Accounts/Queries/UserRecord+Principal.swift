extension UserRecord {
    /// The user as a request would see them (for the CLI and tests acting as a user).
    public var principal: Principal? {
        guard let role = Role(rawValue: role) else { return nil }
        return Principal(
            userId: id, username: username, displayName: displayName, role: role,
            jurisdictionId: scopeJurisdictionId ?? 0, jurisdictionPath: jurisdictionPath ?? Principal.nationwidePath,
            unitId: unitId, jurisdictionName: jurisdictionName ?? "", unitName: unitName)
    }
}
