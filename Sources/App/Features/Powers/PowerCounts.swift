import ReformCore
import SQLKit

/// The counts an office reports — "124 powers: 85 许可, 6 处罚 …; 44 下放, 80 委托" — over the register's filter, by type
/// and by method, as of any day: the powers decided by then, handed over by then, in force on the day (an entrusted one
/// only within a term), waiting for handover and withdrawn.
struct PowerCounts: Sendable {
    struct Count: Sendable, Equatable, Encodable {
        var total = 0
        var handedOver = 0
        var inForce = 0
        var pending = 0
        var withdrawn = 0

        static func + (a: Count, b: Count) -> Count {
            Count(
                total: a.total + b.total, handedOver: a.handedOver + b.handedOver, inForce: a.inForce + b.inForce, pending: a.pending + b.pending,
                withdrawn: a.withdrawn + b.withdrawn)
        }
    }
    struct Group: Sendable {
        var key: String
        var count: Count
    }

    var asOf: LocalDate
    var all: Count
    var byType: [Group]
    var byMethod: [Group]

    struct Row: Decodable {
        var powerType: String
        var method: String
        var total: Int
        var handedOver: Int
        var inForce: Int
        var pending: Int
        var withdrawn: Int
    }

    /// The counts as of `asOf`, kept in `cache` under the register's stamp (`RegisterCache`).
    static func load(
        _ f: PowerFilter, scope: String?, jurisdictionPath: String?, asOf: LocalDate, cache: RegisterCache? = nil, on sql: any SQLDatabase
    ) async throws -> PowerCounts {
        var unfiltered = f
        unfiltered.status = nil
        unfiltered.asOf = nil
        let key = [asOf.iso, unfiltered.query(includeAsOf: false), scope ?? "*", jurisdictionPath ?? "*"].joined(separator: "|")
        return try await cache.value("powers", key: key, on: sql) {
            try await compute(unfiltered, scope: scope, jurisdictionPath: jurisdictionPath, asOf: asOf, on: sql)
        }
    }

    private static func compute(_ f: PowerFilter, scope: String?, jurisdictionPath: String?, asOf: LocalDate, on sql: any SQLDatabase)
        async throws -> PowerCounts
    {
        let d = asOf.iso
        let rows = try await sql.all(
            Row.self,
            """
            SELECT p.power_type, p.method, COUNT(*) AS total,
              SUM(CASE WHEN p.handed_over_on IS NOT NULL AND p.handed_over_on <= \(bind: d) THEN 1 ELSE 0 END) AS handed_over,
              SUM(CASE WHEN p.handed_over_on IS NOT NULL AND p.handed_over_on <= \(bind: d) AND (p.withdrawn_on IS NULL OR p.withdrawn_on > \(bind: d))
                AND (p.method = 'devolve' OR (p.term_run_start <= \(bind: d) AND p.term_end >= \(bind: d))
                  OR (p.term_run_start > \(bind: d) AND EXISTS (SELECT 1 FROM power_terms t WHERE t.power_id = p.id AND t.term_start <= \(bind: d)
                    AND t.term_end >= \(bind: d)))) THEN 1 ELSE 0 END) AS in_force,
              SUM(CASE WHEN (p.handed_over_on IS NULL OR p.handed_over_on > \(bind: d)) AND (p.withdrawn_on IS NULL OR p.withdrawn_on > \(bind: d))
                THEN 1 ELSE 0 END) AS pending,
              SUM(CASE WHEN p.withdrawn_on IS NOT NULL AND p.withdrawn_on <= \(bind: d) THEN 1 ELSE 0 END) AS withdrawn
            FROM delegated_powers p
            WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath, today: asOf, includeStatus: false, on: sql))
              AND p.decision_id IN (SELECT id FROM power_decisions WHERE decided_on <= \(bind: d))
            GROUP BY p.power_type, p.method
            """)
        var all = Count()
        var byType: [String: Count] = [:]
        var byMethod: [String: Count] = [:]
        for r in rows {
            let c = Count(total: r.total, handedOver: r.handedOver, inForce: r.inForce, pending: r.pending, withdrawn: r.withdrawn)
            all = all + c
            byType[r.powerType, default: Count()] = byType[r.powerType, default: Count()] + c
            byMethod[r.method, default: Count()] = byMethod[r.method, default: Count()] + c
        }
        return PowerCounts(
            asOf: asOf, all: all,
            byType: PowerType.allCases.compactMap { t in byType[t.rawValue].map { Group(key: t.rawValue, count: $0) } },
            byMethod: PowerMethod.allCases.compactMap { m in byMethod[m.rawValue].map { Group(key: m.rawValue, count: $0) } })
    }

    /// "124 项：许可 85、处罚 6 …；下放 44、委托 80".
    func sentence(_ l: Language) -> String {
        let sep = l == .zh ? "、" : ", "
        let types = byType.map { L10n.t("powerType." + $0.key, l) + " " + String($0.count.total) }.joined(separator: sep)
        let methods = byMethod.map { L10n.t("powerMethod." + $0.key, l) + " " + String($0.count.total) }.joined(separator: sep)
        return L10n.fill("power.counts.sentence", l, String(all.total), types, methods)
    }
}

extension PowerDashboardView {
    /// The register's line on a jurisdiction's dashboard: the powers its subtree received, as of today.
    static func load(
        jurisdictionId: Int, path: String, today: LocalDate, _ l: Language, cache: RegisterCache? = nil, on sql: any SQLDatabase
    ) async throws -> Self {
        var f = PowerFilter()
        f.jurisdiction = jurisdictionId
        let c = try await PowerCounts.load(f, scope: nil, jurisdictionPath: path, asOf: today, cache: cache, on: sql)
        var overdue = f
        overdue.status = .overdue
        let late = try await PowerQueries.count(overdue, scope: nil, jurisdictionPath: path, today: today, on: sql)
        return PowerDashboardView(
            hasAny: c.all.total > 0, summary: c.sentence(l),
            state: L10n.fill("power.dashboard.state", l, String(c.all.handedOver), String(c.all.inForce), String(late)),
            link: "/powers?jurisdiction=\(jurisdictionId)")
    }
}
