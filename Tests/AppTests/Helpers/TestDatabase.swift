import Foundation
import Logging
import SQLKit
import Testing

@testable import App

/// Where the suites run: a fresh in-memory SQLite per test, or, when `TEST_DATABASE_URL` names a PostgreSQL
/// database, a schema per test in it (emptied for the next test, or dropped: `SchemaPool`), so the same suites cover
/// both databases.
enum TestDatabase {
    static let postgresURL: String? = {
        guard let url = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"], !url.isEmpty else { return nil }
        return url
    }()

    static var isPostgres: Bool { postgresURL != nil }

    static let logger: Logger = {
        var logger = Logger(label: "reform-tests")
        logger.logLevel = .critical
        return logger
    }()

    /// Builds migrated services on a database nobody else sees, runs `body`, then drops the database and shuts down.
    static func withServices<T: Sendable>(_ body: (AppServices) async throws -> T) async throws -> T {
        await gate.acquire()
        do {
            let result = try await run(body)
            await gate.release()
            return result
        } catch {
            await gate.release()
            throw error
        }
    }

    private static func run<T: Sendable>(_ body: (AppServices) async throws -> T) async throws -> T {
        let started = ContinuousClock.now
        var bodyStarted = started
        var bodyEnded = started
        defer { TestTimings.record(started: started, bodyStarted: bodyStarted, bodyEnded: bodyEnded) }
        let pooled = postgresURL == nil ? nil : await SchemaPool.shared.take()
        let schema = pooled ?? SchemaPool.prefix + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let services: AppServices
        // Evidence files go to a directory of this test's own, removed with it.
        let files = FileManager.default.temporaryDirectory.appendingPathComponent("reform-files-" + schema + "-" + UUID().uuidString.prefix(8)).path
        defer { try? FileManager.default.removeItem(atPath: files) }
        if let url = postgresURL {
            try await PostgresSetup.once(url: url)
            services = try await buildServices(
                AppConfig(database: .postgres(url: url), loadDemoIfEmpty: false, bcryptCost: 4, filesDirectory: files),
                logger: logger, searchPath: [schema, "public"], clock: TestClock.make())
        } else {
            services = try await buildServices(
                AppConfig(database: .sqliteMemory, loadDemoIfEmpty: false, bcryptCost: 4, filesDirectory: files),
                logger: logger, clock: TestClock.make())
        }
        do {
            if postgresURL != nil, pooled == nil {
                try await services.database.sql.raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
                try await services.database.migrate()
                try await SchemaPool.shared.migratedNew(schema, on: services.database.sql)
            } else if postgresURL == nil {
                try await services.database.migrate()
            }
            services.readiness.markReady()
            bodyStarted = .now
            let result = try await body(services)
            bodyEnded = .now
            await tearDown(services, schema: schema)
            return result
        } catch {
            await tearDown(services, schema: schema)
            throw error
        }
    }

    /// On PostgreSQL the schema is emptied for the next test when it can be (`SchemaPool`), else dropped.
    private static func tearDown(_ services: AppServices, schema: String) async {
        if postgresURL != nil, !(await SchemaPool.shared.giveBack(schema, on: services.database.sql)) {
            try? await services.database.sql.raw("DROP SCHEMA IF EXISTS \(unsafeRaw: schema) CASCADE").run()
        }
        await services.database.shutdown()
    }

    /// Each test holds a database (and on PostgreSQL a connection pool): a few at a time keep a 2-core machine
    /// and the server's connection limit comfortable.
    private static let gate = AsyncGate(width: 4)
}

/// pg_trgm lives in `public`, created once before any test schema exists: created from a test's search path it
/// would land in that test's schema and vanish with it.
private enum PostgresSetup {
    private static let done = AsyncOnce()

    static func once(url: String) async throws {
        try await done.run {
            let admin = try DatabaseService(location: .postgres(url: url), logger: TestDatabase.logger, searchPath: ["public"])
            do {
                try await admin.sql.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public").run()
                try await SchemaPool.dropLeftovers(on: admin.sql)
            } catch {
                await admin.shutdown()
                throw error
            }
            await admin.shutdown()
        }
    }
}

/// A counting semaphore for async code.
actor AsyncGate {
    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(width: Int) { available = width }

    func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            available += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}

/// Runs an async set-up step once per process; later callers wait for the first and share its outcome.
actor AsyncOnce {
    private var task: Task<Void, any Error>?

    func run(_ work: @escaping @Sendable () async throws -> Void) async throws {
        if task == nil { task = Task { try await work() } }
        try await task!.value
    }
}

/// `TEST_TIMINGS=FILE` appends a line per database a test takes: the test, then the seconds of set-up, of the test's
/// own work and of tear-down, measured inside the gate (so waiting for a turn is left out). To find what makes a run slow.
enum TestTimings {
    private static let path = ProcessInfo.processInfo.environment["TEST_TIMINGS"].flatMap { $0.isEmpty ? nil : $0 }
    private static let lock = NSLock()

    static func record(started: ContinuousClock.Instant, bodyStarted: ContinuousClock.Instant, bodyEnded: ContinuousClock.Instant) {
        guard let path else { return }
        let ended = ContinuousClock.now
        func seconds(_ d: Duration) -> String {
            let c = d.components
            return String(format: "%.3f", Double(c.seconds) + Double(c.attoseconds) / 1e18)
        }
        let name = Test.current.map { $0.id.description } ?? "?"
        let body = bodyEnded > bodyStarted ? bodyEnded - bodyStarted : .zero
        let line = "\(name)\t\(seconds(bodyStarted - started))\t\(seconds(body))\t\(seconds(ended - max(bodyEnded, bodyStarted)))\n"
        lock.lock()
        defer { lock.unlock() }
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        } else {
            FileManager.default.createFile(atPath: path, contents: Data(line.utf8))
        }
    }
}
