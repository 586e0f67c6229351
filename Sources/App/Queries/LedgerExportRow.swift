/// One ledger row as an export writes it: the 一览表 columns with full unit names (what an import matches
/// back), plus the sort columns the next batch starts after.
struct LedgerExportRow: Decodable, Sendable, Equatable {
    var id: Int
    var planId: Int
    var sortKey: String
    var depth: Int
    var number: String
    var fieldId: Int?
    var fieldTitle: String?
    var taskTitle: String?
    var title: String
    var leadUnitId: Int?
    var leadUnitName: String?
    var responsibleLeader: String
    var responsiblePerson: String
    var handler: String
    var currentDeadline: String?
    var deadlineText: String?
    var expectedResults: String
    var policyDocuments: String
    var remarks: String
    var status: String
    var ownPercent: Double
    var derivedPercent: Double?
    var rollupPercent: Double
    var updatedAt: String

    /// The value of a `LedgerKeyset` column in this row.
    func keyValue(_ column: String) -> LedgerKeyset.Value {
        switch column {
        case "id": .integer(id)
        case "plan_id": .integer(planId)
        case "sort_key": .text(sortKey)
        case "current_deadline": currentDeadline.map { .text($0) } ?? .null
        case "status": .text(status)
        case "rollup_percent": .real(rollupPercent)
        case "updated_at": .text(updatedAt)
        case "lead_unit_id": leadUnitId.map { .integer($0) } ?? .null
        default: preconditionFailure("no key column \(column)")
        }
    }
}
