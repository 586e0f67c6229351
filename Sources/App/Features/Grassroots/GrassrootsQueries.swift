import ReformCore
import SQLKit

enum GrassrootsQueries {
    static let callColumns: SQLQueryString = """
        c.id, c.jurisdiction_id, c.jurisdiction_path, j.name AS jurisdiction_name, c.year, c.title, c.quota_per_district, c.declare_by,
        c.plan_id, c.is_demo, c.version
        """
    static let projectColumns: SQLQueryString = """
        g.id, g.call_id, c.title AS call_title, c.jurisdiction_path AS call_path, c.quota_per_district, c.plan_id, g.jurisdiction_id,
        g.jurisdiction_path, j.name AS jurisdiction_name, g.title, g.summary, g.lead_unit, g.expected_result, g.contact, g.state,
        g.review_note, g.reviewed_on, g.plan_item_id, g.is_demo, g.version, g.created_at, g.updated_at
        """
    static let projectFrom: SQLQueryString = """
        FROM grassroots_projects g JOIN grassroots_calls c ON c.id = g.call_id JOIN jurisdictions j ON j.id = g.jurisdiction_id
        """

    static func call(_ id: Int, on sql: any SQLDatabase) async throws -> GrassrootsCallRecord? {
        try await sql.first(
            GrassrootsCallRecord.self,
            "SELECT \(callColumns) FROM grassroots_calls c JOIN jurisdictions j ON j.id = c.jurisdiction_id WHERE c.id = \(bind: id)")
    }

    /// The calls that concern a reader: those issued within their subtree and those issued above it (which they declare to).
    static func calls(scope: String?, on sql: any SQLDatabase) async throws -> [GrassrootsCallRecord] {
        var condition: SQLQueryString = "1 = 1"
        if let scope {
            let ancestors = PathRange.ids(in: scope)
            condition = PathRange.condition(column: "c.jurisdiction_path", prefix: scope)
            if !ancestors.isEmpty { condition = "(" + condition + " OR c.jurisdiction_id IN (\(binds: ancestors)))" }
        }
        return try await sql.all(
            GrassrootsCallRecord.self,
            """
            SELECT \(callColumns) FROM grassroots_calls c JOIN jurisdictions j ON j.id = c.jurisdiction_id WHERE \(condition)
            ORDER BY c.year DESC, c.id DESC
            """)
    }

    static func project(_ id: Int, on sql: any SQLDatabase) async throws -> GrassrootsProjectRecord? {
        try await sql.first(GrassrootsProjectRecord.self, "SELECT \(projectColumns) \(projectFrom) WHERE g.id = \(bind: id)")
    }

    static let order: SQLQueryString = "ORDER BY g.call_id DESC, g.jurisdiction_path, g.id"

    static func page(_ f: GrassrootsFilter, scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase) async throws
        -> (rows: [GrassrootsProjectRecord], hasNext: Bool)
    {
        let size = GrassrootsFilter.pageSize
        let rows = try await sql.all(
            GrassrootsProjectRecord.self,
            """
            SELECT \(projectColumns) \(projectFrom) WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath))
            \(order) LIMIT \(bind: size + 1) OFFSET \(bind: (f.page - 1) * size)
            """)
        return (Array(rows.prefix(size)), rows.count > size)
    }

    static func all(_ f: GrassrootsFilter, scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase) async throws
        -> [GrassrootsProjectRecord]
    {
        try await sql.all(
            GrassrootsProjectRecord.self,
            "SELECT \(projectColumns) \(projectFrom) WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath)) \(order)")
    }

    static func count(_ f: GrassrootsFilter, scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase) async throws -> Int {
        try await sql.scalar(
            Int.self, column: "n",
            "SELECT COUNT(*) AS n FROM grassroots_projects g WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath))") ?? 0
    }

    struct DistrictCount: Decodable, Sendable {
        var jurisdictionId: Int
        var jurisdictionName: String
        var state: String
        var n: Int
    }

    /// Per district and state, over the filter (state aside).
    static func byDistrict(_ f: GrassrootsFilter, scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase) async throws
        -> [DistrictCount]
    {
        var all = f
        all.state = nil
        return try await sql.all(
            DistrictCount.self,
            """
            SELECT g.jurisdiction_id, j.name AS jurisdiction_name, g.state, COUNT(*) AS n FROM grassroots_projects g
            JOIN jurisdictions j ON j.id = g.jurisdiction_id WHERE \(all.conditions(scope: scope, jurisdictionPath: jurisdictionPath))
            GROUP BY g.jurisdiction_id, j.name, j.path, g.state ORDER BY j.path, g.state
            """)
    }

    /// A project as the evaluation rounds show it (kind "grassroots_project"): nil when there is none.
    package static func subject(_ id: Int, on sql: any SQLDatabase) async throws -> GrassrootsSubject? {
        guard let p = try await project(id, on: sql) else { return nil }
        return GrassrootsSubject(
            id: p.id, title: p.title, jurisdictionId: p.jurisdictionId, jurisdictionPath: p.jurisdictionPath, jurisdictionName: p.jurisdictionName,
            state: p.state, link: "/grassroots/projects/\(p.id)")
    }
}
