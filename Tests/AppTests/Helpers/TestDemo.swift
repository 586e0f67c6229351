import Foundation
import ReformDemo
import SQLKit

@testable import App

/// The demo dataset for tests that use it rather than test its loading. On SQLite it is loaded as `reform serve` loads
/// it (about 4 s in a debug build). On PostgreSQL a debug build spends about 14 s of CPU on the loader's fifteen thousand
/// statements, which across the twenty tests that read the demo was the largest part of the PostgreSQL suite after the
/// schema pool; there the demo is loaded once per process, by the same loader, into a schema of its own, and each test
/// gets a copy: every table copied server-side in one statement (user triggers off, so the counters and stamps the
/// triggers keep are copied as they are rather than counted twice), the sequences set where the load left them, and
/// the evidence files copied. `DemoTests.aCopyOfTheDemoIsTheLoadedDemo` checks the copy against the load.
enum TestDemo {
    static func load(_ services: AppServices) async throws {
        guard let url = TestDatabase.postgresURL, services.database.dialect == .postgres else {
            _ = try await loadDemoIfEmpty(services, logger: TestDatabase.logger, migrate: false)
            return
        }
        let template = try await Template.shared.loaded(url: url)
        try await template.copy(into: services)
    }

    /// The schema the demo was loaded into (PostgreSQL only), for the check that compares a copy with it.
    static func templateSchema() async throws -> String? {
        guard let url = TestDatabase.postgresURL else { return nil }
        return try await Template.shared.loaded(url: url).schema
    }

    struct Loaded: Sendable {
        var schema: String
        /// The demo's tables, each after the tables it refers to.
        var tables: [String]
        var filesDirectory: String

        struct NotEmpty: Error, CustomStringConvertible {
            var description: String { "TestDemo.load replaces whole tables: load the demo before the test writes (TestApp.run(demo: true))" }
        }

        func copy(into services: AppServices) async throws {
            let written = try await services.database.sql.scalar(
                Int.self, column: "n", "SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM jurisdictions) AS n")
            guard written == 0 else { throw NotEmpty() }
            let list = tables.map { "'" + $0 + "'" }.joined(separator: ",")
            try await services.database.transaction { sql in
                try await sql.raw(
                    """
                    DO $copy$
                    DECLARE
                      target text := current_schema();
                      t text;
                      s record;
                    BEGIN
                      EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I.%I', target, tablename), ', ') FROM pg_tables
                               WHERE schemaname = target AND tablename <> '_fluent_migrations');
                      FOREACH t IN ARRAY ARRAY[\(unsafeRaw: list)]::text[] LOOP
                        EXECUTE format('ALTER TABLE %I.%I DISABLE TRIGGER USER', target, t);
                        EXECUTE format('INSERT INTO %I.%I SELECT * FROM %I.%I', target, t, '\(unsafeRaw: schema)', t);
                        EXECUTE format('ALTER TABLE %I.%I ENABLE TRIGGER USER', target, t);
                      END LOOP;
                      FOR s IN SELECT sequencename, last_value FROM pg_sequences
                               WHERE schemaname = '\(unsafeRaw: schema)' AND last_value IS NOT NULL LOOP
                        PERFORM setval(format('%I.%I', target, s.sequencename), s.last_value, true);
                      END LOOP;
                    END
                    $copy$
                    """
                ).run()
            }
            try Self.copyFiles(from: filesDirectory, to: services.config.filesDirectory)
        }

        static func copyFiles(from source: String, to target: String) throws {
            let fm = FileManager.default
            guard let names = try? fm.contentsOfDirectory(atPath: source) else { return }
            try fm.createDirectory(atPath: target, withIntermediateDirectories: true)
            for name in names {
                try fm.copyItem(atPath: source + "/" + name, toPath: target + "/" + name)
            }
        }
    }

    /// Loads the demo once per test process.
    actor Template {
        static let shared = Template()
        private var task: Task<Loaded, any Error>?

        func loaded(url: String) async throws -> Loaded {
            if task == nil { task = Task { try await Self.load(url: url) } }
            return try await task!.value
        }

        private static func load(url: String) async throws -> Loaded {
            // The pool's prefix: a process that ends leaves the schema to the next one's clean-up.
            let schema = SchemaPool.prefix + "demo_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
            let files = FileManager.default.temporaryDirectory.appendingPathComponent("reform-files-" + schema).path
            let services = try await buildServices(
                AppConfig(database: .postgres(url: url), loadDemoIfEmpty: false, bcryptCost: 4, filesDirectory: files),
                logger: TestDatabase.logger, searchPath: [schema, "public"], clock: TestClock.make())
            do {
                let sql = services.database.sql
                try await sql.raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
                try await services.database.migrate()
                services.readiness.markReady()
                _ = try await loadDemoIfEmpty(services, logger: TestDatabase.logger, migrate: false)
                let tables = try await ordered(schema, on: sql)
                await services.database.shutdown()
                return Loaded(schema: schema, tables: tables, filesDirectory: files)
            } catch {
                await services.database.shutdown()
                throw error
            }
        }

        /// The schema's tables, each after those its foreign keys point to (a table pointing to itself is copied in
        /// one statement, which PostgreSQL checks at its end).
        private static func ordered(_ schema: String, on sql: any SQLDatabase) async throws -> [String] {
            struct Table: Decodable { var tablename: String }
            struct Edge: Decodable {
                var child: String
                var parent: String
            }
            let tables = try await sql.all(
                Table.self,
                "SELECT tablename FROM pg_tables WHERE schemaname = \(bind: schema) AND tablename <> '_fluent_migrations' ORDER BY tablename"
            ).map(\.tablename)
            let edges = try await sql.all(
                Edge.self,
                """
                SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint c
                JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
                JOIN pg_namespace n ON n.oid = ch.relnamespace
                WHERE c.contype = 'f' AND n.nspname = \(bind: schema)
                """)
            var parents: [String: Set<String>] = [:]
            for e in edges where e.child != e.parent { parents[e.child, default: []].insert(e.parent) }
            var done: [String] = []
            var placed: Set<String> = []
            func place(_ t: String, _ path: Set<String>) {
                guard !placed.contains(t), !path.contains(t) else { return }
                for p in (parents[t] ?? []).sorted() { place(p, path.union([t])) }
                placed.insert(t)
                done.append(t)
            }
            for t in tables { place(t, []) }
            return done
        }
    }
}
