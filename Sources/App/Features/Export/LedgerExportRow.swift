import FluentSQLiteDriver

/// One ledger row as an export writes it: the 一览表 columns with full unit names (what an import matches
/// back), plus the sort columns the next batch starts after.
struct LedgerExportRow: Decodable, Sendable, Equatable {
    /// The SELECT list over `plan_items i`, its field `f`, task `t` and lead unit `u`: the properties below in
    /// their order (`init(positional:)` reads them by position, `Decodable` by name).
    static let selectList = """
        i.id, i.plan_id, i.sort_key, i.depth, i.number, i.field_id, f.title AS field_title, t.title AS task_title, i.title,
        i.lead_unit_id, u.name AS lead_unit_name, i.responsible_leader, i.responsible_person, i.handler,
        i.current_deadline, i.deadline_text, i.expected_results, i.policy_documents, i.remarks, i.status,
        i.own_percent, i.derived_percent, i.rollup_percent, i.updated_at
        """

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

extension LedgerExportRow {
    /// A row of `selectList` as SQLite's values, by position.
    init(positional c: [SQLiteData]) {
        func int(_ i: Int) -> Int? { c[i].integer.map { Int($0) } }
        func text(_ i: Int) -> String? { c[i].isNull ? nil : c[i].string }
        self.init(
            id: int(0) ?? 0, planId: int(1) ?? 0, sortKey: text(2) ?? "", depth: int(3) ?? 0, number: text(4) ?? "",
            fieldId: int(5), fieldTitle: text(6), taskTitle: text(7), title: text(8) ?? "", leadUnitId: int(9),
            leadUnitName: text(10), responsibleLeader: text(11) ?? "", responsiblePerson: text(12) ?? "",
            handler: text(13) ?? "", currentDeadline: text(14), deadlineText: text(15), expectedResults: text(16) ?? "",
            policyDocuments: text(17) ?? "", remarks: text(18) ?? "", status: text(19) ?? "",
            ownPercent: c[20].double ?? 0, derivedPercent: c[21].isNull ? nil : c[21].double,
            rollupPercent: c[22].double ?? 0, updatedAt: text(23) ?? "")
    }
}
