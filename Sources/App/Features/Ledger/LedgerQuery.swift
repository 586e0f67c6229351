import ReformCore
import SQLKit

/// One row of the ledger (台账) with the 一览表 columns.
public struct LedgerRow: Codable, Sendable, Equatable {
    public var id: Int
    public var planId: Int
    public var parentId: Int?
    public var depth: Int
    public var number: String
    public var fieldTitle: String?
    public var taskTitle: String?
    public var title: String
    public var leadUnitId: Int?
    public var leadUnitName: String?
    public var leadUnitShortNames: String?
    public var leadUnitDisplay: String? { leadUnitName.map { UnitNames.display(name: $0, shortNames: leadUnitShortNames) } }
    public var responsibleLeader: String
    public var responsiblePerson: String
    public var handler: String
    public var startDate: String?
    public var originalDeadline: String?
    public var currentDeadline: String?
    public var warnFrom: String?
    public var expectedResults: String
    public var resultForm: String
    public var policyDocuments: String
    public var remarks: String
    public var status: String
    public var ownPercent: Double
    public var derivedPercent: Double?
    public var rollupPercent: Double
    public var delayCount: Int
    public var childCount: Int
    public var isDemo: Bool
    public var version: Int
    public var updatedAt: String
    /// When the report an item's unit owes is due (null: none owed).
    public var reportDue: String?
    /// The office's current judgement (研判, a `JudgementRating` raw value; null: not judged).
    public var judgement: String?

    public func isOutdated(today: LocalDate) -> Bool { ReportingDue.isOutdated(nextDue: reportDue.flatMap(LocalDate.init(iso:)), today: today) }
}

extension LedgerRow {
    /// Reads a row column by column. Through `Codable` (SQLKit's keyed container, its key strategy, a lookup per key)
    /// decoding the page's rows was a fifth of the ledger page's server CPU in a perf profile (release build, wrk).
    init(row r: any SQLRow) throws {
        self.init(
            id: try r.decode(column: "id", as: Int.self), planId: try r.decode(column: "plan_id", as: Int.self),
            parentId: try r.decode(column: "parent_id", as: Int?.self), depth: try r.decode(column: "depth", as: Int.self),
            number: try r.decode(column: "number", as: String.self), fieldTitle: try r.decode(column: "field_title", as: String?.self),
            taskTitle: try r.decode(column: "task_title", as: String?.self), title: try r.decode(column: "title", as: String.self),
            leadUnitId: try r.decode(column: "lead_unit_id", as: Int?.self),
            leadUnitName: try r.decode(column: "lead_unit_name", as: String?.self),
            leadUnitShortNames: try r.decode(column: "lead_unit_short_names", as: String?.self),
            responsibleLeader: try r.decode(column: "responsible_leader", as: String.self),
            responsiblePerson: try r.decode(column: "responsible_person", as: String.self),
            handler: try r.decode(column: "handler", as: String.self), startDate: try r.decode(column: "start_date", as: String?.self),
            originalDeadline: try r.decode(column: "original_deadline", as: String?.self),
            currentDeadline: try r.decode(column: "current_deadline", as: String?.self),
            warnFrom: try r.decode(column: "warn_from", as: String?.self),
            expectedResults: try r.decode(column: "expected_results", as: String.self),
            resultForm: try r.decode(column: "result_form", as: String.self),
            policyDocuments: try r.decode(column: "policy_documents", as: String.self), remarks: try r.decode(column: "remarks", as: String.self),
            status: try r.decode(column: "status", as: String.self), ownPercent: try r.decode(column: "own_percent", as: Double.self),
            derivedPercent: try r.decode(column: "derived_percent", as: Double?.self),
            rollupPercent: try r.decode(column: "rollup_percent", as: Double.self), delayCount: try r.decode(column: "delay_count", as: Int.self),
            childCount: try r.decode(column: "child_count", as: Int.self), isDemo: try r.decode(column: "is_demo", as: Bool.self),
            version: try r.decode(column: "version", as: Int.self), updatedAt: try r.decode(column: "updated_at", as: String.self),
            reportDue: try r.decode(column: "report_due", as: String?.self), judgement: try r.decode(column: "judgement", as: String?.self))
    }
}

public struct LedgerPage: Sendable {
    public var rows: [LedgerRow]
    public var participants: [Int: [ParticipantName]]
    /// Exact up to `LedgerFilter.countCap`; `totalCapped` says when there are more.
    public var total: Int
    public var totalCapped: Bool
    public var filter: LedgerFilter
    public var today: LocalDate
}

package enum LedgerQuery {
    package static func run(_ filter: LedgerFilter, today: LocalDate, on db: any SQLDatabase) async throws -> LedgerPage {
        let phrase = ftsPhrase(filter, on: db)
        let walk = try await walksPastMatches(filter, on: db)
        let whereClause = try await conditions(filter, today: today, on: db)
        let walkingWhere = walk.page || walk.count ? try await conditions(filter, today: today, on: db, matches: .tested) : whereClause
        let pageWhere = walk.page ? walkingWhere : whereClause
        let order: SQLQueryString
        // The columns the order reads, besides the id (PostgreSQL's one-pass page keeps only these).
        let sortColumns: SQLQueryString
        switch filter.sort {
        case .outline: (order, sortColumns) = ("i.plan_id, i.sort_key", "i.plan_id, i.sort_key")
        case .deadline: (order, sortColumns) = ("i.current_deadline IS NULL, i.current_deadline, i.id", "i.current_deadline")
        case .deadlineDesc: (order, sortColumns) = ("i.current_deadline IS NULL, i.current_deadline DESC, i.id", "i.current_deadline")
        case .status: (order, sortColumns) = ("i.status, i.plan_id, i.sort_key", "i.status, i.plan_id, i.sort_key")
        case .percent: (order, sortColumns) = ("i.rollup_percent, i.id", "i.rollup_percent")
        case .percentDesc: (order, sortColumns) = ("i.rollup_percent DESC, i.id", "i.rollup_percent")
        case .updated: (order, sortColumns) = ("i.updated_at DESC, i.id", "i.updated_at")
        case .unit: (order, sortColumns) = ("i.lead_unit_id, i.plan_id, i.sort_key", "i.lead_unit_id, i.plan_id, i.sort_key")
        }
        let offset = (filter.page - 1) * filter.perPage
        var overCap = false
        if db.isPostgres {
            switch try await postgresWithinCap(
                filter, whereClause: whereClause, order: order, sortColumns: sortColumns, offset: offset, today: today, on: db)
            {
            case .page(let page): return page
            case .overCap: overCap = true
            case .unknown: break
            }
        }
        // SQLite text search whose page query reads every match anyway (starting from the matches, or
        // walking a chosen subtree): count them in the same statement. Matching the phrase again for the
        // count cost as much as the page (10 ms for a phrase in 63,000 of a million items).
        let countInPage = phrase != nil && (!walk.page || walk.count)
        let matches: SQLQueryString = countInPage ? ", COUNT(*) OVER () AS matches" : ""
        let pageMatches: SQLQueryString = countInPage ? ", page.matches" : ""
        // Filter, sort and cut the page on plan_items alone, then join the names for those rows only.
        let pageRows = try await db.raw(
            """
            SELECT \(rowColumns)\(pageMatches)
            FROM (SELECT i.id\(matches) FROM plan_items i WHERE \(pageWhere) ORDER BY \(order)
                  LIMIT \(bind: filter.perPage) OFFSET \(bind: offset)) page
            JOIN plan_items i ON i.id = page.id
            LEFT JOIN plan_items f ON f.id = i.field_id
            LEFT JOIN plan_items t ON t.id = i.task_id
            LEFT JOIN units u ON u.id = i.lead_unit_id
            ORDER BY \(order)
            """
        ).all()
        let rows = try pageRows.map { try LedgerRow(row: $0) }
        let total: Int
        if countInPage, let matches = try pageRows.first?.decode(column: "matches", as: Int.self) {
            total = matches
        } else if overCap {
            total = LedgerFilter.countCap + 1
        } else {
            // Counted separately (also when a page past the end has no row to carry the count). A text
            // search that does not walk streams the FTS5 matches into the count, which stops after
            // `countCap`; an `IN` list would collect every match first (15 ms instead of 5 for 63,000).
            let from: SQLQueryString
            let countWhere: SQLQueryString
            if phrase != nil && !walk.count {
                from = "plan_items_fts m CROSS JOIN plan_items i ON i.id = m.rowid"
                countWhere = try await conditions(filter, today: today, on: db, matches: .joined)
            } else {
                from = "plan_items i"
                countWhere = walk.count ? walkingWhere : whereClause
            }
            total =
                try await db.scalar(
                    Int.self, column: "n",
                    """
                    SELECT COUNT(*) AS n FROM (SELECT 1 FROM \(from) WHERE \(countWhere) LIMIT \(bind: LedgerFilter.countCap + 1)) c
                    """) ?? 0
        }
        let participants = Dictionary(grouping: try await ItemQueries.participants(of: rows.map(\.id), on: db), by: \.itemId)
        return LedgerPage(
            rows: rows, participants: participants, total: min(total, LedgerFilter.countCap),
            totalCapped: total > LedgerFilter.countCap, filter: filter, today: today)
    }

    /// The columns of a page's rows (`i` the item; `f`, `t`, `u` its field, task and lead unit).
    static var rowColumns: SQLQueryString {
        """
        i.id, i.plan_id, i.parent_id, i.depth, i.number, f.title AS field_title, t.title AS task_title, i.title,
          i.lead_unit_id, u.name AS lead_unit_name, u.short_names AS lead_unit_short_names, i.responsible_leader, i.responsible_person, i.handler, i.start_date,
          i.original_deadline, i.current_deadline, i.warn_from, i.expected_results, i.result_form, i.policy_documents,
          i.remarks, i.status, i.own_percent, i.derived_percent, i.rollup_percent, i.delay_count, i.child_count, i.is_demo,
          i.version, i.updated_at, i.report_due, i.judgement
        """
    }

    enum CappedPass {
        case page(LedgerPage)
        /// More matches than `countCap`: the page needs its own query, the count is known.
        case overCap
        /// A page past the end: no row carried the count.
        case unknown
    }

    /// PostgreSQL: the page and its count from one pass over the matches, when they are no more than `countCap`.
    ///
    /// The count reads up to `countCap + 1` matches anyway; whenever those are all of them (a province's items in
    /// progress, a rare phrase) the page is cut from the same rows instead of being looked up again by a second
    /// statement (EXPLAIN ANALYZE at 1,000,000 items: two scans of the same 7,800 index entries for a province, or
    /// two rechecks of the same 10,000–15,000 trigram candidates for a phrase). The pass keeps the id and the columns
    /// the order reads only, so a covering index still serves it without reading the rows. Past the cap the caller runs the page
    /// query, which can stop early, and knows the count; a page past the end has no row to carry the count.
    static func postgresWithinCap(
        _ filter: LedgerFilter, whereClause: SQLQueryString, order: SQLQueryString, sortColumns: SQLQueryString, offset: Int,
        today: LocalDate, on db: any SQLDatabase
    ) async throws -> CappedPass {
        let rows = try await db.raw(
            """
            WITH m AS MATERIALIZED (
              SELECT i.id, \(sortColumns) FROM plan_items i WHERE \(whereClause) LIMIT \(bind: LedgerFilter.countCap + 1))
            SELECT \(rowColumns), page.matches
            FROM (SELECT i.id, (SELECT COUNT(*) FROM m) AS matches FROM m i ORDER BY \(order) LIMIT \(bind: filter.perPage) OFFSET \(bind: offset)) page
            JOIN plan_items i ON i.id = page.id
            LEFT JOIN plan_items f ON f.id = i.field_id
            LEFT JOIN plan_items t ON t.id = i.task_id
            LEFT JOIN units u ON u.id = i.lead_unit_id
            ORDER BY \(order)
            """
        ).all()
        guard let first = rows.first, let matches = try first.decode(column: "matches", as: Int?.self) else {
            return offset == 0 ? .page(LedgerPage(rows: [], participants: [:], total: 0, totalCapped: false, filter: filter, today: today)) : .unknown
        }
        guard matches <= LedgerFilter.countCap else { return .overCap }
        let page = try rows.map { try LedgerRow(row: $0) }
        let participants = Dictionary(grouping: try await ItemQueries.participants(of: page.map(\.id), on: db), by: \.itemId)
        return .page(LedgerPage(rows: page, participants: participants, total: matches, totalCapped: false, filter: filter, today: today))
    }

    /// SQLite text search: past this many FTS5 matches a phrase counts as common (see `walksPastMatches`).
    static let commonPhraseMatches = 20_000

    /// The FTS5 phrase for the query, when SQLite's trigram index serves it (3 characters or more).
    static func ftsPhrase(_ f: LedgerFilter, on db: any SQLDatabase) -> String? {
        let q = TextNormalizer.normalizeForSearch(f.query)
        guard !db.isPostgres, q.count >= 3 else { return nil }
        // Trigram phrase: every run of three characters must match, in order.
        return "\"" + q.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether the page and count queries should walk another index and test each item against the
    /// phrase's matches, instead of starting from the matches (same rows, same order; only SQLite's plan
    /// differs).
    ///
    /// Starting from the matches reads all of them (and the page sorts them): right for a rare phrase,
    /// but 40 ms for one in 6 % of a million items (`reform bench`, BENCHMARKS.md). A common phrase is
    /// cheaper to meet on the way through the items of a chosen jurisdiction below the root, plan, field
    /// or lead unit (page and count), or along the outline order, where the page stops once it is full
    /// (the page only: the capped count then streams the matches and stops after `countCap`).
    static func walksPastMatches(_ f: LedgerFilter, on db: any SQLDatabase) async throws -> (page: Bool, count: Bool) {
        guard let phrase = ftsPhrase(f, on: db) else { return (false, false) }
        var bounded = f.planId != nil || f.fieldId != nil || (f.unitId != nil && f.unitRole == .lead)
        if !bounded, let jid = f.jurisdictionId, let j = try await JurisdictionQueries.find(jid, on: db) {
            bounded = j.parentId != nil
        }
        guard bounded || f.sort == .outline else { return (false, false) }
        let matches =
            try await db.scalar(
                Int.self, column: "n",
                """
                SELECT COUNT(*) AS n FROM (SELECT 1 FROM plan_items_fts WHERE plan_items_fts MATCH \(bind: phrase)
                  LIMIT \(bind: commonPhraseMatches + 1)) m
                """) ?? 0
        guard matches > commonPhraseMatches else { return (false, false) }
        return (true, bounded)
    }

    /// How the conditions use a SQLite text search's FTS5 matches (the same rows every way).
    enum MatchUse {
        /// `i.id IN (matches)`: SQLite starts from the matches and looks each item up.
        case lookedUp
        /// `+i.id IN (matches)`: SQLite walks another index and tests each item against the matches.
        case tested
        /// `m.plan_items_fts MATCH …`: the FTS5 table is joined as `m` and streams its matches.
        case joined
    }

    static func conditions(
        _ f: LedgerFilter, today: LocalDate, on db: any SQLDatabase,
        matches: MatchUse = .lookedUp
    ) async throws -> SQLQueryString {
        var parts: [SQLQueryString] = []
        if let jid = f.jurisdictionId {
            let j = try await JurisdictionQueries.require(jid, on: db)
            parts.append(PathRange.condition(column: "i.jurisdiction_path", prefix: j.path))
        }
        if let planId = f.planId { parts.append("i.plan_id = \(bind: planId)") }
        if let fieldId = f.fieldId { parts.append("i.field_id = \(bind: fieldId)") }
        if let unitId = f.unitId {
            let lead: SQLQueryString = "i.lead_unit_id = \(bind: unitId)"
            let participant: SQLQueryString = "i.id IN (SELECT item_id FROM plan_item_participants WHERE unit_id = \(bind: unitId))"
            switch f.unitRole {
            case .lead: parts.append(lead)
            case .participant: parts.append(participant)
            case .any: parts.append("(" + lead + " OR " + participant + ")")
            }
        }
        if !f.statuses.isEmpty { parts.append("i.status IN (\(binds: f.statuses.map(\.rawValue)))") }
        if !f.lights.isEmpty {
            parts.append("(" + f.lights.map { lightCondition($0, today: today) }.joined(separator: " OR ") + ")")
        }
        // judgement is kept on the item by JudgementService (AddItemJudgement); judged items are on a partial index.
        if !f.judgements.isEmpty || f.unjudged {
            var any: [SQLQueryString] = []
            if !f.judgements.isEmpty { any.append("i.judgement IN (\(binds: f.judgements.map(\.rawValue)))") }
            if f.unjudged { any.append("i.judgement IS NULL") }
            parts.append("(" + any.joined(separator: " OR ") + ")")
        }
        // report_due is kept by the reporting loop (AddItemReportDue): outdated is a range on its partial index.
        if f.outdated { parts.append("i.report_due < \(bind: today.iso)") }
        if let from = f.dueFrom { parts.append("i.current_deadline >= \(bind: from.iso)") }
        if let to = f.dueTo { parts.append("i.current_deadline <= \(bind: to.iso)") }
        let q = TextNormalizer.normalizeForSearch(f.query)
        if !q.isEmpty {
            if db.isPostgres {
                // search_text is stored as `normalizeForSearch` leaves it (lowercased, half-width), and so is `q`: LIKE
                // finds what ILIKE found, at a third of the CPU per trigram candidate it rechecks (EXPLAIN ANALYZE, 1,000,000 items).
                parts.append("i.search_text LIKE \(bind: "%" + LikePattern.escape(q) + "%") ESCAPE '\\'")
            } else if let phrase = ftsPhrase(f, on: db) {
                switch matches {
                case .lookedUp: parts.append("i.id IN (SELECT rowid FROM plan_items_fts WHERE plan_items_fts MATCH \(bind: phrase))")
                // A unary + keeps SQLite from looking items up by the matches' ids: it tests them instead.
                case .tested: parts.append("+i.id IN (SELECT rowid FROM plan_items_fts WHERE plan_items_fts MATCH \(bind: phrase))")
                case .joined: parts.append("m.plan_items_fts MATCH \(bind: phrase)")
                }
            } else {
                parts.append("i.search_text LIKE \(bind: "%" + LikePattern.escape(q) + "%") ESCAPE '\\'")
            }
        }
        switch f.scope {
        case .items: parts.append("(i.depth >= 1 OR i.child_count = 0)")
        case .leaves: parts.append("i.child_count = 0")
        case .all: break
        }
        return parts.isEmpty ? "1 = 1" : parts.joined(separator: " AND ")
    }

    /// The schedule light as SQL, the same rules as `Schedule.light` (a test keeps the two in step).
    static func lightCondition(_ light: ScheduleLight, today: LocalDate) -> SQLQueryString {
        let t = today.iso
        switch light {
        case .red: return "(i.status NOT IN ('done', 'suspended') AND i.original_deadline < \(bind: t))"
        case .yellow: return "(i.status NOT IN ('done', 'suspended') AND i.warn_from <= \(bind: t) AND i.original_deadline >= \(bind: t))"
        case .green:
            return "((i.status = 'done' AND i.original_deadline IS NOT NULL) OR (i.status NOT IN ('done', 'suspended') AND i.warn_from > \(bind: t)))"
        case .none: return "(i.status = 'suspended' OR i.original_deadline IS NULL)"
        }
    }
}
