import ReformCore
import SQLKit

/// Keeps derived percents in step with the plan's rule: after an edit, up the chain to the root;
/// after a rule change or a bulk load, for the whole plan.
enum RollupEngine {
    private struct ChildRow: Decodable {
        var status: String
        var rollupPercent: Double
        var weight: Double
    }
    private struct NodeRow: Decodable {
        var ownPercent: Double
        var derivedPercent: Double?
        var rollupPercent: Double
        var childCount: Int
        var parentId: Int?
    }

    /// Recomputes `startID` and its ancestors, stopping early once a value no longer changes.
    static func recomputeUpward(from startID: Int?, planId: Int, rule: RollupRule, on sql: any SQLDatabase, depth: Int = 0) async throws {
        var current = startID
        var changed: [Int] = []
        while let id = current {
            guard
                let node = try await sql.first(
                    NodeRow.self,
                    "SELECT own_percent, derived_percent, rollup_percent, child_count, parent_id FROM plan_items WHERE id = \(bind: id)")
            else { break }
            let children = try await sql.all(
                ChildRow.self,
                "SELECT status, rollup_percent, weight FROM plan_items WHERE parent_id = \(bind: id)")
            // A leaf sent down the cascade rolls up its copies (CascadeRollup).
            let copies = children.isEmpty ? try await CascadeLinks.copies(ofOrigin: id, on: sql) : []
            let derived = Rollup.derivedPercent(of: CascadeRollup.children(own: children.map(rollupChild), copies: copies), rule: rule)
                .map(Rollup.rounded)
            let rollup = Rollup.rounded(Rollup.effectivePercent(own: node.ownPercent, derived: derived))
            // A new or removed child can leave the percents as they were (equal siblings, suspended ones): the count still moves.
            if derived == node.derivedPercent && rollup == node.rollupPercent && children.count == node.childCount {
                try await recomputePlan(planId, rule: rule, on: sql)
                return try await recomputeOrigins(ofCopies: changed, depth: depth, on: sql)
            }
            try await sql.execute(
                """
                UPDATE plan_items SET derived_percent = \(bind: derived), rollup_percent = \(bind: rollup),
                  child_count = \(bind: children.count) WHERE id = \(bind: id)
                """)
            if rollup != node.rollupPercent { changed.append(id) }
            current = node.parentId
        }
        try await recomputePlan(planId, rule: rule, on: sql)
        try await recomputeOrigins(ofCopies: changed, depth: depth, on: sql)
    }

    /// Continues the roll-up at the origins of cascaded copies whose figure changed: a district's edit reaches the city
    /// and the province in the same transaction. `depth` bounds the walk (the tree has five levels; links only point up).
    static func recomputeOrigins(ofCopies ids: [Int], depth: Int = 0, on sql: any SQLDatabase) async throws {
        guard !ids.isEmpty, depth < 8 else { return }
        for origin in try await CascadeLinks.origins(ofCopies: ids, on: sql) {
            try await recomputeUpward(from: origin.id, planId: origin.planId, rule: origin.rule, on: sql, depth: depth + 1)
        }
    }

    /// The plan's own figure: its root items rolled up by the same rule.
    static func recomputePlan(_ planId: Int, rule: RollupRule, on sql: any SQLDatabase) async throws {
        let roots = try await sql.all(
            ChildRow.self,
            "SELECT status, rollup_percent, weight FROM plan_items WHERE plan_id = \(bind: planId) AND parent_id IS NULL")
        let derived = Rollup.derivedPercent(of: roots.map(rollupChild), rule: rule).map(Rollup.rounded)
        try await sql.execute("UPDATE plans SET derived_percent = \(bind: derived) WHERE id = \(bind: planId)")
    }

    private struct FullRow: Decodable {
        var id: Int
        var parentId: Int?
        var depth: Int
        var status: String
        var ownPercent: Double
        var weight: Double
        var derivedPercent: Double?
        var rollupPercent: Double
        var childCount: Int
    }

    /// Recomputes every item of a plan bottom-up in memory and writes only the rows that changed.
    static func recomputeAll(planId: Int, rule: RollupRule, on sql: any SQLDatabase) async throws {
        let rows = try await sql.all(
            FullRow.self,
            """
            SELECT id, parent_id, depth, status, own_percent, weight, derived_percent, rollup_percent, child_count
            FROM plan_items WHERE plan_id = \(bind: planId)
            """)
        var children: [Int: [Int]] = [:]
        var byID: [Int: FullRow] = [:]
        for r in rows {
            byID[r.id] = r
            if let p = r.parentId { children[p, default: []].append(r.id) }
        }
        var rollup: [Int: Double] = [:]
        var derivedOf: [Int: Double?] = [:]
        let copies = try await CascadeLinks.copies(ofOriginsIn: planId, on: sql)
        for r in rows.sorted(by: { $0.depth > $1.depth }) {
            let kids = (children[r.id] ?? []).compactMap { id -> RollupChild? in
                guard let k = byID[id] else { return nil }
                return RollupChild(status: LifecycleStatus(rawValue: k.status) ?? .notStarted, percent: rollup[id] ?? k.ownPercent, weight: k.weight)
            }
            let derived = Rollup.derivedPercent(of: CascadeRollup.children(own: kids, copies: copies[r.id] ?? []), rule: rule)
                .map(Rollup.rounded)
            derivedOf[r.id] = derived
            rollup[r.id] = Rollup.rounded(Rollup.effectivePercent(own: r.ownPercent, derived: derived))
        }
        var changed: [Int] = []
        for r in rows {
            let d = derivedOf[r.id] ?? nil, p = rollup[r.id] ?? r.ownPercent, n = children[r.id]?.count ?? 0
            if d != r.derivedPercent || p != r.rollupPercent || n != r.childCount {
                try await sql.execute(
                    """
                    UPDATE plan_items SET derived_percent = \(bind: d), rollup_percent = \(bind: p), child_count = \(bind: n)
                    WHERE id = \(bind: r.id)
                    """)
                if p != r.rollupPercent { changed.append(r.id) }
            }
        }
        try await recomputePlan(planId, rule: rule, on: sql)
        try await recomputeOrigins(ofCopies: changed, on: sql)
    }

    private static func rollupChild(_ row: ChildRow) -> RollupChild {
        RollupChild(status: LifecycleStatus(rawValue: row.status) ?? .notStarted, percent: row.rollupPercent, weight: row.weight)
    }
}
