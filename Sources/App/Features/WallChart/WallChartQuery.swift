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

    /// The part of a plan a chart shows: the whole plan, or one item and everything below it (an expanded roll-up bar).
    struct Scope: Sendable {
        var planId: Int
        /// The expanded item's id and outline key; nil for the whole plan.
        var root: (id: Int, sortKey: String)?

        /// The items in scope; the outline key puts an item's descendants between `key + "."` and `key + "/"`.
        var condition: SQLQueryString {
            guard let root else { return "i.plan_id = \(bind: planId)" }
            return
                "i.plan_id = \(bind: planId) AND (i.id = \(bind: root.id) OR (i.sort_key > \(bind: root.sortKey + ".") AND i.sort_key < \(bind: root.sortKey + "/")))"
        }
    }

    private struct DepthCount: Decodable {
        var depth: Int
        var n: Int
    }

    /// Items in scope at each depth (on the plan's outline index), to choose the levels a large chart draws.
    static func itemsByDepth(_ scope: Scope, on db: any SQLDatabase) async throws -> [Int: Int] {
        let rows = try await db.all(
            DepthCount.self, "SELECT i.depth, COUNT(*) AS n FROM plan_items i WHERE \(scope.condition) GROUP BY i.depth")
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.depth, $0.n) })
    }

    /// The chart's rows: items that are not a field with sub-items (fields are the group bands), down to `maxDepth`
    /// when given, where a field drawn as the deepest level is a row of its own.
    static func rows(_ scope: Scope, grouping: Grouping, maxDepth: Int? = nil, on db: any SQLDatabase) async throws -> [Row] {
        let order: SQLQueryString = grouping == .field ? "i.sort_key" : "u.name IS NULL, u.name, i.sort_key"
        let shown: SQLQueryString =
            if let maxDepth {
                "i.depth <= \(bind: maxDepth) AND (i.depth >= 1 OR i.child_count = 0 OR i.depth = \(bind: maxDepth))"
            } else {
                "(i.depth >= 1 OR i.child_count = 0)"
            }
        return try await db.all(
            Row.self,
            """
            SELECT i.id, i.number, i.title, i.depth, i.child_count, f.title AS field_title, u.name AS lead_unit_name, u.short_names AS lead_unit_short_names,
              i.start_date, i.original_deadline, i.current_deadline, i.status, i.rollup_percent
            FROM plan_items i
            LEFT JOIN plan_items f ON f.id = i.field_id
            LEFT JOIN units u ON u.id = i.lead_unit_id
            WHERE \(scope.condition) AND \(shown)
            ORDER BY \(order)
            """)
    }
}
