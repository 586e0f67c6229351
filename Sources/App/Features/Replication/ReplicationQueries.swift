import ReformCore
import SQLKit

/// The library's reads, as Sendable records.
enum ReplicationQueries {
    static let columns: SQLQueryString = """
        e.id, e.batch, e.number, e.title, e.summary, e.jurisdiction_id, e.jurisdiction_path, j.name AS jurisdiction_name, e.publisher,
        e.published_on, e.is_demo, e.version, (SELECT COUNT(*) FROM experience_adoptions a WHERE a.experience_id = e.id) AS adoptions
        """
    static let from: SQLQueryString = "FROM experiences e JOIN jurisdictions j ON j.id = e.jurisdiction_id"

    static func experience(_ id: Int, on sql: any SQLDatabase) async throws -> ExperienceRecord? {
        try await sql.first(ExperienceRecord.self, "SELECT \(columns) \(from) WHERE e.id = \(bind: id)")
    }

    static func page(_ f: ReplicationFilter, originPath: String?, adoptedPath: String?, on sql: any SQLDatabase) async throws -> (
        rows: [ExperienceRecord], hasNext: Bool
    ) {
        let size = ReplicationFilter.pageSize
        let rows = try await sql.all(
            ExperienceRecord.self,
            """
            SELECT \(columns) \(from) WHERE \(f.conditions(originPath: originPath, adoptedPath: adoptedPath))
            ORDER BY e.batch, e.number LIMIT \(bind: size + 1) OFFSET \(bind: (f.page - 1) * size)
            """)
        return (Array(rows.prefix(size)), rows.count > size)
    }

    static func all(_ f: ReplicationFilter, originPath: String?, adoptedPath: String?, on sql: any SQLDatabase) async throws -> [ExperienceRecord] {
        try await sql.all(
            ExperienceRecord.self,
            "SELECT \(columns) \(from) WHERE \(f.conditions(originPath: originPath, adoptedPath: adoptedPath)) ORDER BY e.batch, e.number")
    }

    static func count(_ f: ReplicationFilter, originPath: String?, adoptedPath: String?, on sql: any SQLDatabase) async throws -> Int {
        try await sql.scalar(
            Int.self, column: "n", "SELECT COUNT(*) AS n FROM experiences e WHERE \(f.conditions(originPath: originPath, adoptedPath: adoptedPath))")
            ?? 0
    }

    /// The batches in the library with how many experiences each has.
    static func batches(on sql: any SQLDatabase) async throws -> [BatchRow] {
        try await sql.all(
            BatchRow.self, "SELECT batch, COUNT(*) AS n FROM experiences GROUP BY batch ORDER BY batch")
    }

    struct BatchRow: Decodable, Sendable {
        var batch: Int
        var n: Int
    }

    static func adoptions(of id: Int, on sql: any SQLDatabase) async throws -> [AdoptionRecord] {
        try await sql.all(
            AdoptionRecord.self,
            """
            SELECT a.id, a.experience_id, a.jurisdiction_id, a.jurisdiction_path, j.name AS jurisdiction_name, a.adopted_on, a.method, a.result,
              a.actor, a.recorded_at
            FROM experience_adoptions a JOIN jurisdictions j ON j.id = a.jurisdiction_id WHERE a.experience_id = \(bind: id)
            ORDER BY a.adopted_on, a.id
            """)
    }

    static func sources(of ids: [Int], on sql: any SQLDatabase) async throws -> [ExperienceSourceRecord] {
        if ids.isEmpty { return [] }
        let items = try await sql.all(
            ExperienceSourceRecord.self,
            """
            SELECT s.experience_id, s.kind, s.ref_id, p.title, NULL AS round_id FROM experience_sources s JOIN plan_items p ON p.id = s.ref_id
            WHERE s.kind = 'plan_item' AND s.experience_id IN (\(binds: ids))
            """)
        let results = try await sql.all(
            ExperienceSourceRecord.self,
            """
            SELECT s.experience_id, s.kind, s.ref_id, v.title, v.round_id FROM experience_sources s JOIN evaluation_subjects v ON v.id = s.ref_id
            WHERE s.kind = 'evaluation_subject' AND s.experience_id IN (\(binds: ids))
            """)
        return (items + results).sorted { ($0.experienceId, $0.kind, $0.refId) < ($1.experienceId, $1.kind, $1.refId) }
    }
}
