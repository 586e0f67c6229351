import ReformCore
import SQLKit

/// The register's reads, as Sendable records.
enum PowerQueries {
    static let decisionColumns: SQLQueryString = """
        d.id, d.jurisdiction_id, d.jurisdiction_path, j.name AS jurisdiction_name, d.doc_number, d.title, d.decided_on, d.announced_on,
        d.is_demo, d.version
        """
    static let powerColumns: SQLQueryString = """
        p.id, p.decision_id, d.title AS decision_title, d.doc_number AS decision_doc_number, d.jurisdiction_path AS decision_path,
        d.decided_on, p.jurisdiction_id, p.jurisdiction_path, j.name AS jurisdiction_name, p.number, p.name, p.power_type, p.method,
        p.granting_department, p.receiving_department, p.legal_basis, p.handover_deadline, p.handed_over_on, p.term_start, p.term_end,
        p.renewals, p.withdrawn_on, p.remarks, p.is_demo, p.version, p.created_at, p.updated_at
        """
    static let powerFrom: SQLQueryString = """
        FROM delegated_powers p JOIN power_decisions d ON d.id = p.decision_id JOIN jurisdictions j ON j.id = p.jurisdiction_id
        """

    static func decision(_ id: Int, on sql: any SQLDatabase) async throws -> PowerDecisionRecord? {
        try await sql.first(
            PowerDecisionRecord.self,
            "SELECT \(decisionColumns) FROM power_decisions d JOIN jurisdictions j ON j.id = d.jurisdiction_id WHERE d.id = \(bind: id)")
    }

    /// The decisions that concern a reader: those kept within their subtree and those kept above it; all for an administrator.
    static func decisions(scope: String?, on sql: any SQLDatabase) async throws -> [PowerDecisionRecord] {
        var condition: SQLQueryString = "1 = 1"
        if let scope {
            let ancestors = PathRange.ids(in: scope)
            condition = PathRange.condition(column: "d.jurisdiction_path", prefix: scope)
            if !ancestors.isEmpty {
                condition = "(" + condition + " OR d.jurisdiction_id IN (\(binds: ancestors)))"
            }
        }
        return try await sql.all(
            PowerDecisionRecord.self,
            """
            SELECT \(decisionColumns) FROM power_decisions d JOIN jurisdictions j ON j.id = d.jurisdiction_id WHERE \(condition)
            ORDER BY d.decided_on DESC, d.id DESC
            """)
    }

    static func power(_ id: Int, on sql: any SQLDatabase) async throws -> DelegatedPowerRecord? {
        try await sql.first(DelegatedPowerRecord.self, "SELECT \(powerColumns) \(powerFrom) WHERE p.id = \(bind: id)")
    }

    static let order: SQLQueryString = "ORDER BY p.decision_id, p.number, p.jurisdiction_path, p.id"

    /// One page of the register (and whether there is a next page).
    static func page(
        _ f: PowerFilter, scope: String?, jurisdictionPath: String?, today: LocalDate, on sql: any SQLDatabase
    ) async throws -> (rows: [DelegatedPowerRecord], hasNext: Bool) {
        let size = PowerFilter.pageSize
        let rows = try await sql.all(
            DelegatedPowerRecord.self,
            """
            SELECT \(powerColumns) \(powerFrom) WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath, today: today, on: sql))
            \(order) LIMIT \(bind: size + 1) OFFSET \(bind: (f.page - 1) * size)
            """)
        return (Array(rows.prefix(size)), rows.count > size)
    }

    /// Every row of the filter, for an export.
    static func all(_ f: PowerFilter, scope: String?, jurisdictionPath: String?, today: LocalDate, on sql: any SQLDatabase) async throws
        -> [DelegatedPowerRecord]
    {
        try await sql.all(
            DelegatedPowerRecord.self,
            "SELECT \(powerColumns) \(powerFrom) WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath, today: today, on: sql)) \(order)"
        )
    }

    static func count(_ f: PowerFilter, scope: String?, jurisdictionPath: String?, today: LocalDate, on sql: any SQLDatabase) async throws -> Int {
        try await sql.scalar(
            Int.self, column: "n",
            "SELECT COUNT(*) AS n FROM delegated_powers p WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath, today: today, on: sql))"
        ) ?? 0
    }

    static func evaluations(of powerId: Int, on sql: any SQLDatabase) async throws -> [PowerEvaluationRecord] {
        try await sql.all(
            PowerEvaluationRecord.self,
            """
            SELECT id, power_id, evaluated_on, conclusion, summary, actor, recorded_at FROM power_evaluations
            WHERE power_id = \(bind: powerId) ORDER BY evaluated_on, id
            """)
    }

    static func terms(of powerId: Int, on sql: any SQLDatabase) async throws -> [PowerTermRecord] {
        try await sql.all(
            PowerTermRecord.self,
            """
            SELECT id, power_id, term_start, term_end, evaluation_id, actor, recorded_at FROM power_terms
            WHERE power_id = \(bind: powerId) ORDER BY term_start, id
            """)
    }

    static func events(of powerId: Int, on sql: any SQLDatabase) async throws -> [PowerEventRecord] {
        try await sql.all(
            PowerEventRecord.self,
            """
            SELECT id, power_id, action, effective_on, note, actor, recorded_at FROM power_events
            WHERE power_id = \(bind: powerId) ORDER BY effective_on, id
            """)
    }

    static let fileColumns: SQLQueryString = """
        id, power_id AS owner_id, kind, evaluation_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at
        """

    static func files(of powerId: Int, on sql: any SQLDatabase) async throws -> [PowerFileRecord] {
        try await sql.all(PowerFileRecord.self, "SELECT \(fileColumns) FROM power_files WHERE power_id = \(bind: powerId) ORDER BY id")
    }

    static func file(_ id: Int, on sql: any SQLDatabase) async throws -> PowerFileRecord? {
        try await sql.first(PowerFileRecord.self, "SELECT \(fileColumns) FROM power_files WHERE id = \(bind: id)")
    }
}
