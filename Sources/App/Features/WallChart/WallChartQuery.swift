import ReformCore
import SQLKit

/// The rows of a plan's wall chart (挂图作战), ordered by field or by lead unit.
package enum WallChartQuery {
    package enum Grouping: String, Sendable, CaseIterable { case field, unit }

    struct Row: Decodable, Sendable {
        var id: Int
        var number: String
        var title: String
        var depth: Int
        var childCount: Int
        var fieldTitle: String?
        var leadUnitName: String?
        var leadUnitShortNames: String?
        var leadUnitDisplay: String? { leadUnitName.map { UnitNames.display(name: $0, shortNames: leadUnitShortNames) } }
        var startDate: String?
        var originalDeadline: String?
        var currentDeadline: String?
        var status: String
        var rollupPercent: Double
    }

    static func rows(planId: Int, grouping: Grouping, on db: any SQLDatabase) async throws -> [Row] {
        let order: SQLQueryString = grouping == .field ? "i.sort_key" : "u.name IS NULL, u.name, i.sort_key"
        return try await db.all(
            Row.self,
            """
            SELECT i.id, i.number, i.title, i.depth, i.child_count, f.title AS field_title, u.name AS lead_unit_name, u.short_names AS lead_unit_short_names,
              i.start_date, i.original_deadline, i.current_deadline, i.status, i.rollup_percent
            FROM plan_items i
            LEFT JOIN plan_items f ON f.id = i.field_id
            LEFT JOIN units u ON u.id = i.lead_unit_id
            WHERE i.plan_id = \(bind: planId) AND (i.depth >= 1 OR i.child_count = 0)
            ORDER BY \(order)
            """)
    }
}
