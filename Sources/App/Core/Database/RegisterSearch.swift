import SQLKit

/// Words in a register (`q=`): a row whose searched columns hold the phrase. Three characters or more on SQLite go through
/// the register's FTS5 trigram table (`<table>_fts`, migration 0038), which finds the same rows as the LIKE; on PostgreSQL
/// the LIKE itself is served by the pg_trgm index of the same migration; a shorter phrase has no trigram and is a LIKE.
enum RegisterSearch {
    static let authorizationColumns = ["content", "legal_basis", "granting_body"]
    static let powerColumns = ["name", "granting_department", "receiving_department", "legal_basis"]

    /// The ids of the rows that hold the phrase, as a subquery on the trigram index, when it finds them (SQLite, three
    /// characters or more): an id compared with it needs no read of the table's rows.
    static func ids(_ q: String, table: String, on sql: any SQLDatabase) -> SQLQueryString? {
        guard !sql.isPostgres, q.count >= 3 else { return nil }
        let fts = table + "_fts"
        // An FTS5 phrase: every run of three characters must match, in order, within one column.
        let phrase = "\"" + q.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return "SELECT rowid FROM \(unsafeRaw: fts) WHERE \(unsafeRaw: fts) MATCH \(bind: phrase)"
    }

    static func condition(_ q: String, table: String, alias: String, columns: [String], on sql: any SQLDatabase) -> SQLQueryString {
        if let ids = ids(q, table: table, on: sql) { return "\(unsafeRaw: alias).id IN (" + ids + ")" }
        let pattern = "%" + LikePattern.escape(q) + "%"
        var c: SQLQueryString = "("
        for (n, column) in columns.enumerated() {
            c = c + (n == 0 ? "" : " OR ") + "\(unsafeRaw: alias).\(unsafeRaw: column) LIKE \(bind: pattern) ESCAPE '\\'"
        }
        return c + ")"
    }
}
