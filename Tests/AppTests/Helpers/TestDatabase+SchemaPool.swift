import Foundation
import SQLKit

@testable import App

/// On PostgreSQL every test gets a schema of its own. Migrating a new one costs about 0.6 s (a hundred migrations,
/// each its own round trips and DDL), which over a thousand tests was the largest part of the PostgreSQL suite. So a
/// test's schema is emptied when the test ends and handed to the next test instead of being dropped: the tables the
/// test wrote to are truncated, every sequence is set back to where the migrations left it, and the schema goes back
/// to the pool only when its tables, columns, indexes, recorded migrations and the rows the migrations themselves
/// insert (the holiday calendar, settings, the registers' stamps) are exactly as a fresh migration leaves them: those
/// rows are kept from the first schema migrated and written back when a test changed them. Anything else (a test that
/// reverts a migration or adds a table) drops the schema as before.
///
/// One test process per test database at a time: schemas left in the pool when a process ends are named `tpool_…`
/// and dropped by the next process's set-up.
actor SchemaPool {
    static let shared = SchemaPool()

    static let prefix = "tpool_"

    /// `TEST_SCHEMA_POOL=0` turns the pool off (every test migrates a new schema and drops it), to compare or to rule it out.
    static let enabled = ProcessInfo.processInfo.environment["TEST_SCHEMA_POOL"] != "0"

    /// How a freshly migrated schema looks, taken from the first one migrated in this process.
    struct Pristine: Sendable {
        var signature: String
        /// Tables the migrations write rows into (other than Fluent's own), with a digest of those rows.
        var seeded: [String: String]
        /// Those rows as JSON, to write back into a table a test changed.
        var seededRows: [String: String]
        /// Every sequence and where the migrations left it.
        var sequences: [String: SequenceState]
        var tables: [String]
    }

    struct SequenceState: Sendable, Equatable {
        /// nil: never used since it was created.
        var lastValue: Int64?
        var startValue: Int64
    }

    private var free: [String] = []
    private var pristine: Pristine?
    private(set) var reused = 0
    private(set) var migrated = 0

    func take() -> String? {
        guard Self.enabled, let schema = free.popLast() else { return nil }
        reused += 1
        return schema
    }

    /// Called after a new schema has been migrated (and before the test writes to it).
    func migratedNew(_ schema: String, on sql: any SQLDatabase) async throws {
        migrated += 1
        if pristine == nil { pristine = try await Self.describe(schema, on: sql) }
    }

    /// Empties the schema for the next test, or returns false when it cannot be (then the caller drops it).
    func giveBack(_ schema: String, on sql: any SQLDatabase) async -> Bool {
        guard Self.enabled, let pristine else { return false }
        do {
            guard try await Self.reset(schema, to: pristine, on: sql) else { return false }
            free.append(schema)
            return true
        } catch {
            return false
        }
    }

    private static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    private static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// Relations, their kinds, every column and type, and the migrations recorded: one text to compare.
    private static func signature(_ schema: String, on sql: any SQLDatabase) async throws -> String {
        let s = literal(schema)
        let relations =
            try await sql.scalar(
                String.self, column: "v",
                """
                SELECT count(*)::text || '/' || coalesce(sum(hashtext(c.relname::text || ':' || c.relkind::text))::text, '0') AS v
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = \(unsafeRaw: s)
                """) ?? ""
        let columns =
            try await sql.scalar(
                String.self, column: "v",
                """
                SELECT count(*)::text || '/' || coalesce(sum(hashtext(c.relname::text || ':' || a.attname::text || ':' || a.atttypid::text
                    || ':' || a.attnotnull::text))::text, '0') AS v
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = \(unsafeRaw: s) AND a.attnum > 0 AND NOT a.attisdropped
                """) ?? ""
        let migrations =
            try await sql.scalar(
                String.self, column: "v",
                "SELECT count(*)::text || '/' || coalesce(md5(string_agg(name, ',' ORDER BY name)), '') AS v FROM \(unsafeRaw: quoted(schema))._fluent_migrations"
            ) ?? ""
        return relations + "|" + columns + "|" + migrations
    }

    private static func tables(_ schema: String, on sql: any SQLDatabase) async throws -> [String] {
        struct Row: Decodable { var tablename: String }
        return try await sql.all(
            Row.self, "SELECT tablename FROM pg_tables WHERE schemaname = \(unsafeRaw: literal(schema)) ORDER BY tablename"
        ).map(\.tablename).filter { $0 != "_fluent_migrations" }
    }

    private static func digest(_ table: String, in schema: String, on sql: any SQLDatabase) async throws -> String {
        try await sql.scalar(
            String.self, column: "v",
            "SELECT count(*)::text || '/' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS v FROM \(unsafeRaw: quoted(schema)).\(unsafeRaw: quoted(table)) t"
        ) ?? ""
    }

    /// The tables of `candidates` that hold at least one row, in one query.
    private static func nonEmpty(_ candidates: [String], in schema: String, on sql: any SQLDatabase) async throws -> [String] {
        guard !candidates.isEmpty else { return [] }
        struct Row: Decodable { var name: String }
        let union = candidates.map {
            "SELECT \(literal($0)) AS name WHERE EXISTS (SELECT 1 FROM \(quoted(schema)).\(quoted($0)))"
        }.joined(separator: " UNION ALL ")
        return try await sql.all(Row.self, "\(unsafeRaw: union)").map(\.name)
    }

    private static func sequences(_ schema: String, on sql: any SQLDatabase) async throws -> [String: SequenceState] {
        struct Row: Decodable {
            var sequencename: String
            var lastValue: Int64?
            var startValue: Int64
        }
        let rows = try await sql.all(
            Row.self,
            "SELECT sequencename, last_value, start_value FROM pg_sequences WHERE schemaname = \(unsafeRaw: literal(schema))")
        return Dictionary(
            uniqueKeysWithValues: rows.map { ($0.sequencename, SequenceState(lastValue: $0.lastValue, startValue: $0.startValue)) })
    }

    private static func describe(_ schema: String, on sql: any SQLDatabase) async throws -> Pristine {
        let tables = try await tables(schema, on: sql)
        var seeded: [String: String] = [:]
        var seededRows: [String: String] = [:]
        for table in try await nonEmpty(tables, in: schema, on: sql) {
            seeded[table] = try await digest(table, in: schema, on: sql)
            seededRows[table] =
                try await sql.scalar(
                    String.self, column: "v", "SELECT json_agg(t)::text AS v FROM \(unsafeRaw: quoted(schema)).\(unsafeRaw: quoted(table)) t")
                ?? "[]"
        }
        return Pristine(
            signature: try await signature(schema, on: sql), seeded: seeded, seededRows: seededRows,
            sequences: try await sequences(schema, on: sql), tables: tables)
    }

    private static func reset(_ schema: String, to pristine: Pristine, on sql: any SQLDatabase) async throws -> Bool {
        guard try await signature(schema, on: sql) == pristine.signature else { return false }
        let written = try await nonEmpty(pristine.tables.filter { pristine.seeded[$0] == nil }, in: schema, on: sql)
        if !written.isEmpty {
            let list = written.map { quoted(schema) + "." + quoted($0) }.joined(separator: ", ")
            try await sql.raw("TRUNCATE \(unsafeRaw: list) CASCADE").run()
        }
        // A seeded table a test changed (a calendar day, a register's stamp moved by its triggers), or one CASCADE
        // reached through a foreign key, gets the migrations' rows back; if they still differ the schema is dropped.
        for (table, digest) in pristine.seeded where try await Self.digest(table, in: schema, on: sql) != digest {
            let target = quoted(schema) + "." + quoted(table)
            try await sql.raw("DELETE FROM \(unsafeRaw: target)").run()
            try await sql.raw(
                "INSERT INTO \(unsafeRaw: target) SELECT * FROM json_populate_recordset(NULL::\(unsafeRaw: target), \(unsafeRaw: literal(pristine.seededRows[table] ?? "[]"))::json)"
            ).run()
            guard try await Self.digest(table, in: schema, on: sql) == digest else { return false }
        }
        let now = try await sequences(schema, on: sql)
        guard Set(now.keys) == Set(pristine.sequences.keys) else { return false }
        let calls = pristine.sequences.keys.sorted().map { name -> String in
            let qualified = literal(quoted(schema) + "." + quoted(name))
            let state = pristine.sequences[name]!
            if let value = state.lastValue { return "setval(\(qualified), \(value), true)" }
            return "setval(\(qualified), \(state.startValue), false)"
        }
        if !calls.isEmpty { try await sql.raw("SELECT \(unsafeRaw: calls.joined(separator: ", "))").run() }
        return true
    }

    /// Drops the pooled schemas an earlier process left behind.
    static func dropLeftovers(on sql: any SQLDatabase) async throws {
        struct Row: Decodable { var nspname: String }
        let rows = try await sql.all(
            Row.self, "SELECT nspname FROM pg_namespace WHERE nspname LIKE \(unsafeRaw: literal(prefix + "%"))")
        for row in rows { try await sql.raw("DROP SCHEMA IF EXISTS \(unsafeRaw: quoted(row.nspname)) CASCADE").run() }
    }
}
