/// One audit log entry as the search lists it.
struct AuditEntry: Codable, Sendable, Equatable {
    var id: Int
    var entityType: String
    var entityId: Int
    var action: String
    var actor: String
    var at: String
    var version: Int
    var changes: String

    var changeMap: [String: [String?]] {
        AuditRecord(
            id: id, entityType: entityType, entityId: entityId, action: action, actor: actor, at: at, version: version,
            changes: changes
        ).changeMap
    }
}
