import ReformCore
import SQLKit

/// The SQL of the year-end check in one place.
package enum YearEndQueries {
    static let checkColumns: SQLQueryString = """
        c.id, c.plan_id, p.title AS plan_title, c.jurisdiction_id, j.name AS jurisdiction_name, c.jurisdiction_path, c.year, c.state,
        c.opened_by, c.opened_at, c.locked_by, c.locked_at, c.target_plan_id, tp.title AS target_plan_title, c.is_demo, c.version
        """
    static let checkFrom: SQLQueryString = """
        yearend_checks c JOIN plans p ON p.id = c.plan_id JOIN jurisdictions j ON j.id = c.jurisdiction_id
        LEFT JOIN plans tp ON tp.id = c.target_plan_id
        """

    static func check(_ id: Int, on sql: any SQLDatabase) async throws -> YearEndCheckRecord? {
        try await sql.first(YearEndCheckRecord.self, "SELECT \(checkColumns) FROM \(checkFrom) WHERE c.id = \(bind: id)")
    }

    static func requireCheck(_ id: Int, on sql: any SQLDatabase) async throws -> YearEndCheckRecord {
        guard let c = try await check(id, on: sql) else { throw AppError.notFound(entity: "yearend_check", id: String(id)) }
        return c
    }

    /// A plan's checks, latest year first.
    static func checks(ofPlan planId: Int, on sql: any SQLDatabase) async throws -> [YearEndCheckRecord] {
        try await sql.all(
            YearEndCheckRecord.self, "SELECT \(checkColumns) FROM \(checkFrom) WHERE c.plan_id = \(bind: planId) ORDER BY c.year DESC")
    }

    static let rowColumns: SQLQueryString = """
        r.id, r.check_id, r.item_id, r.sort_key, r.number, r.title, r.unit_id, u.name AS unit_name, r.state, r.outcome, r.new_deadline,
        r.reason, r.answered_by, r.answered_at, r.reviewed_by, r.reviewed_at, r.return_reason, r.carried_item_id, r.version,
        i.status AS item_status, i.current_deadline AS item_deadline
        """
    static let rowFrom: SQLQueryString = """
        yearend_rows r LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN plan_items i ON i.id = r.item_id
        """

    /// The rows of a check in outline order; only one unit's when `unitId` is given.
    package static func rows(ofCheck checkId: Int, unitId: Int? = nil, on sql: any SQLDatabase) async throws -> [YearEndRowRecord] {
        let unitFilter: SQLQueryString = unitId.map { "AND r.unit_id = \(bind: $0)" } ?? ""
        return try await sql.all(
            YearEndRowRecord.self,
            "SELECT \(rowColumns) FROM \(rowFrom) WHERE r.check_id = \(bind: checkId) \(unitFilter) ORDER BY r.sort_key, r.id")
    }

    static func rows(ids: [Int], on sql: any SQLDatabase) async throws -> [YearEndRowRecord] {
        guard !ids.isEmpty else { return [] }
        // In the order asked for (PostgreSQL returns an IN list in any order).
        let found = try await sql.all(YearEndRowRecord.self, "SELECT \(rowColumns) FROM \(rowFrom) WHERE r.id IN (\(binds: ids))")
        let byId = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.compactMap { byId[$0] }
    }

    /// Whether a unit has rows in a check (a unit role sees a check only then).
    static func unitHasRows(checkId: Int, unitId: Int, on sql: any SQLDatabase) async throws -> Bool {
        (try await sql.scalar(
            Int.self, column: "n", "SELECT COUNT(*) AS n FROM yearend_rows WHERE check_id = \(bind: checkId) AND unit_id = \(bind: unitId)") ?? 0) > 0
    }

    struct Leaf: Decodable {
        var id: Int
        var sortKey: String
        var number: String
        var title: String
        var leadUnitId: Int?
    }

    /// The measures a new check of `year` lists: the plan's leaves, less those a locked check of an earlier year closed
    /// (confirmed done, cancelled, or carried over into another item).
    static func openLeaves(planId: Int, year: Int, on sql: any SQLDatabase) async throws -> [Leaf] {
        try await sql.all(
            Leaf.self,
            """
            SELECT i.id, i.sort_key, i.number, i.title, i.lead_unit_id FROM plan_items i
            WHERE i.plan_id = \(bind: planId) AND i.child_count = 0
              AND NOT EXISTS (SELECT 1 FROM yearend_rows r JOIN yearend_checks c ON c.id = r.check_id
                WHERE r.item_id = i.id AND c.state = 'locked' AND c.year < \(bind: year) AND r.state = 'confirmed')
            ORDER BY i.sort_key
            """)
    }

    // MARK: Inbox

    /// Rows of open checks waiting for a unit: not yet answered, or returned by the office.
    static func awaitingUnit(_ unitId: Int, limit: Int = 200, on sql: any SQLDatabase) async throws -> [YearEndInboxRow] {
        try await sql.all(
            YearEndInboxRow.self,
            """
            SELECT r.id, r.check_id, c.year, p.title AS plan_title, r.number, r.title, u.name AS unit_name, r.state, r.outcome
            FROM yearend_rows r JOIN yearend_checks c ON c.id = r.check_id JOIN plans p ON p.id = c.plan_id
            LEFT JOIN units u ON u.id = r.unit_id
            WHERE r.unit_id = \(bind: unitId) AND r.state IN ('pending', 'returned') AND c.state = 'open'
            ORDER BY c.year, r.check_id, r.sort_key LIMIT \(bind: limit)
            """)
    }

    static func awaitingUnitCount(_ unitId: Int) -> SQLQueryString {
        """
        SELECT COUNT(*) AS n FROM yearend_rows r JOIN yearend_checks c ON c.id = r.check_id
        WHERE r.unit_id = \(bind: unitId) AND r.state IN ('pending', 'returned') AND c.state = 'open'
        """
    }

    /// Rows answered and waiting for the office's review, in open checks of the office's jurisdiction and below.
    static func awaitingOffice(within path: String, limit: Int = 200, on sql: any SQLDatabase) async throws -> [YearEndInboxRow] {
        try await sql.all(
            YearEndInboxRow.self,
            """
            SELECT r.id, r.check_id, c.year, p.title AS plan_title, r.number, r.title, u.name AS unit_name, r.state, r.outcome
            FROM yearend_checks c JOIN yearend_rows r ON r.check_id = c.id JOIN plans p ON p.id = c.plan_id
            LEFT JOIN units u ON u.id = r.unit_id
            WHERE \(PathRange.condition(column: "c.jurisdiction_path", prefix: path)) AND c.state = 'open' AND r.state = 'answered'
            ORDER BY c.year, r.check_id, r.sort_key LIMIT \(bind: limit)
            """)
    }

    static func awaitingOfficeCount(within path: String) -> SQLQueryString {
        """
        SELECT COUNT(*) AS n FROM yearend_checks c JOIN yearend_rows r ON r.check_id = c.id
        WHERE \(PathRange.condition(column: "c.jurisdiction_path", prefix: path)) AND c.state = 'open' AND r.state = 'answered'
        """
    }

    // MARK: Item page

    static let linkColumns: SQLQueryString = """
        c.id AS check_id, c.year, p.title AS plan_title, r.state, r.outcome, r.reason, r.new_deadline, r.item_id, r.number, r.title,
        r.carried_item_id, ci.number AS carried_number, ci.title AS carried_title, cp.title AS carried_plan_title
        """
    static let linkFrom: SQLQueryString = """
        yearend_rows r JOIN yearend_checks c ON c.id = r.check_id JOIN plans p ON p.id = c.plan_id
        LEFT JOIN plan_items ci ON ci.id = r.carried_item_id LEFT JOIN plans cp ON cp.id = ci.plan_id
        """

    /// The checks that listed an item, and (for an item made by a lock) the row it was carried over from.
    static func links(ofItem itemId: Int, on sql: any SQLDatabase) async throws -> (checked: [YearEndItemLink], carriedFrom: [YearEndItemLink]) {
        let checked = try await sql.all(
            YearEndItemLink.self, "SELECT \(linkColumns) FROM \(linkFrom) WHERE r.item_id = \(bind: itemId) ORDER BY c.year")
        let from = try await sql.all(
            YearEndItemLink.self, "SELECT \(linkColumns) FROM \(linkFrom) WHERE r.carried_item_id = \(bind: itemId) ORDER BY c.year")
        return (checked, from)
    }
}
