import SQLKit

/// Keyset paging over the ledger's sort orders: each batch starts after the last row of the previous one
/// (`WHERE key > last ORDER BY key LIMIT n`), so reading a million rows costs the same per batch from the
/// first to the last, where OFFSET would re-read every row before the page.
///
/// Every order ends with the item id, which makes the key unique. Nullable columns sort last on both
/// databases (`x IS NULL, x`), so SQLite (nulls first) and PostgreSQL (nulls last) give the same order.
struct LedgerKeyset: Sendable {
    struct Part: Sendable {
        var column: String
        var descending = false
        var nullable = false
    }

    /// One column's value in the last row read.
    enum Value: Sendable, Equatable {
        case integer(Int)
        case text(String)
        case real(Double)
        case null
    }

    let parts: [Part]

    init(_ sort: LedgerFilter.Sort) {
        let outline = [Part(column: "plan_id"), Part(column: "sort_key")]
        let id = Part(column: "id")
        switch sort {
        case .outline: parts = outline + [id]
        case .deadline: parts = [Part(column: "current_deadline", nullable: true), id]
        case .deadlineDesc: parts = [Part(column: "current_deadline", descending: true, nullable: true), id]
        case .status: parts = [Part(column: "status")] + outline + [id]
        case .percent: parts = [Part(column: "rollup_percent"), id]
        case .percentDesc: parts = [Part(column: "rollup_percent", descending: true), id]
        case .updated: parts = [Part(column: "updated_at", descending: true), id]
        case .unit: parts = [Part(column: "lead_unit_id", nullable: true)] + outline + [id]
        }
    }

    /// The ORDER BY list over `plan_items i`.
    var order: SQLQueryString {
        parts.map { part -> SQLQueryString in
            let column: SQLQueryString = "i.\(unsafeRaw: part.column)"
            let direction: SQLQueryString = part.descending ? " DESC" : ""
            return part.nullable ? column + " IS NULL, " + column + direction : column + direction
        }.joined(separator: ", ")
    }

    /// The rows strictly after `last` in this order.
    ///
    /// An ascending key of non-null columns is one row-value comparison, which both SQLite and PostgreSQL
    /// turn into an index range; other keys expand lexicographically (equal on the first k columns, after
    /// on column k+1).
    func after(_ last: [Value]) -> SQLQueryString {
        precondition(last.count == parts.count, "one value per key column")
        if parts.allSatisfy({ !$0.descending && !$0.nullable }) {
            let columns = parts.map { "i." + $0.column }.joined(separator: ", ")
            let values = last.map(Self.bind).joined(separator: ", ")
            return "(\(unsafeRaw: columns)) > (" + values + ")"
        }
        var disjuncts: [SQLQueryString] = []
        for k in parts.indices {
            guard let later = Self.later(parts[k], last[k]) else { continue }
            let equal = (0..<k).map { Self.equal(parts[$0], last[$0]) }
            disjuncts.append("(" + (equal + [later]).joined(separator: " AND ") + ")")
        }
        return disjuncts.isEmpty ? "1 = 0" : "(" + disjuncts.joined(separator: " OR ") + ")"
    }

    private static func bind(_ value: Value) -> SQLQueryString {
        switch value {
        case .integer(let v): "\(bind: v)"
        case .text(let v): "\(bind: v)"
        case .real(let v): "\(bind: v)"
        case .null: "NULL"
        }
    }

    private static func equal(_ part: Part, _ value: Value) -> SQLQueryString {
        value == .null ? "i.\(unsafeRaw: part.column) IS NULL" : "i.\(unsafeRaw: part.column) = " + bind(value)
    }

    /// Rows whose column sorts after `value`; nil when none can (a null is last).
    private static func later(_ part: Part, _ value: Value) -> SQLQueryString? {
        if value == .null { return nil }
        let comparison: SQLQueryString = "i.\(unsafeRaw: part.column) \(unsafeRaw: part.descending ? "<" : ">") " + bind(value)
        return part.nullable ? "(i.\(unsafeRaw: part.column) IS NULL OR " + comparison + ")" : comparison
    }
}
