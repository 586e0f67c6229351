import ReformCore
import SQLKit

/// Commendation and accountability records, and their per-unit counts.
package enum UnitRecordQueries {
    static let columns: SQLQueryString = """
        r.id, r.unit_id, u.name AS unit_name, r.jurisdiction_path, r.kind, r.person, r.grounds, r.source_type, r.source_id, r.recorded_on,
        r.recorded_by, r.created_at, r.version, r.is_demo
        """

    static func records(ofUnit unitId: Int, on db: any SQLDatabase) async throws -> [UnitRecordEntry] {
        try await db.all(
            UnitRecordEntry.self,
            """
            SELECT \(columns) FROM unit_records r JOIN units u ON u.id = r.unit_id WHERE r.unit_id = \(bind: unitId)
            ORDER BY r.recorded_on DESC, r.id DESC
            """)
    }

    static func require(_ id: Int, on db: any SQLDatabase) async throws -> UnitRecordEntry {
        guard
            let r = try await db.first(
                UnitRecordEntry.self, "SELECT \(columns) FROM unit_records r JOIN units u ON u.id = r.unit_id WHERE r.id = \(bind: id)")
        else { throw AppError.notFound(entity: "unit_record", id: String(id)) }
        return r
    }

    /// Per-unit counts of the records in a jurisdiction's subtree (every tree for nil), recorded on or before `asOf` when
    /// given: what the unit ranking will weigh beside report timeliness. Units without records are left out.
    package static func counts(within scope: String?, asOf: LocalDate? = nil, on db: any SQLDatabase) async throws -> [UnitRecordCounts] {
        let condition: SQLQueryString = scope.map { PathRange.condition(column: "jurisdiction_path", prefix: $0) } ?? "1 = 1"
        let dated: SQLQueryString = asOf.map { " AND recorded_on <= \(bind: $0.iso)" } ?? ""
        return try await db.all(
            UnitRecordCounts.self,
            """
            SELECT unit_id,
              SUM(CASE WHEN kind = 'commendation' THEN 1 ELSE 0 END) AS commendations,
              SUM(CASE WHEN kind = 'accountability' THEN 1 ELSE 0 END) AS accountability,
              SUM(CASE WHEN kind = 'fault_tolerance' THEN 1 ELSE 0 END) AS fault_tolerance
            FROM unit_records WHERE \(condition)\(dated) GROUP BY unit_id ORDER BY unit_id
            """)
    }
}
