import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import ServiceLifecycle

/// The FluentKit glue (no hummingbird-fluent here): owns `Databases`, runs migrations,
/// and shuts the pools down when the service group stops.
public final class DatabaseService: Service, @unchecked Sendable {
    public enum Dialect: Sendable { case sqlite, postgres }

    public let databases: Databases
    public let dialect: Dialect
    public let logger: Logger
    private let ownedGroup: MultiThreadedEventLoopGroup?
    /// The file behind an "in-memory" SQLite database, removed at shutdown. sqlite-kit's own `.memory` is a file in the
    /// temporary folder that nothing removes (SQLiteNIO is built without shared cache), so every test left one behind:
    /// 1,400 files and 2.2 GB a run of the suites, which filled a CI machine's disk.
    package let scratchFile: String?
    /// Set on a copy made by `pinned(to:)`: every query of that copy goes to this database (one transaction).
    private let pinnedDatabase: (any Database)?
    /// The registers' counts kept under their stamps (`RegisterCache`); nil on a pinned copy, as nothing read inside a
    /// transaction may be kept.
    package let registerCache: RegisterCache?

    public init(location: AppConfig.DatabaseLocation, logger: Logger, searchPath: [String]? = nil) throws {
        self.logger = logger
        pinnedDatabase = nil
        registerCache = RegisterCache()
        switch location {
        case .postgres(let url):
            dialect = .postgres
            ownedGroup = nil
            scratchFile = nil
            databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
            var configuration = try SQLPostgresConfiguration(url: url)
            if let searchPath { configuration.searchPath = searchPath }
            databases.use(
                .postgres(
                    configuration: configuration, maxConnectionsPerEventLoop: 4,
                    connectionPoolTimeout: .seconds(30), sqlLogLevel: .trace), as: .psql)
        case .sqliteFile, .sqliteMemory:
            dialect = .sqlite
            // One event loop means one SQLite connection: writes never race each other for the file lock,
            // and an in-memory database is the same database for every query.
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            ownedGroup = group
            databases = Databases(threadPool: .singleton, on: group)
            let path: String
            if case .sqliteFile(let given) = location {
                path = given
                let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                scratchFile = nil
            } else {
                path =
                    FileManager.default.temporaryDirectory
                    .appendingPathComponent("reform-scratch-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).sqlite").path
                scratchFile = path
            }
            let storage = SQLiteConfiguration.Storage.file(path: path)
            databases.use(
                .sqlite(
                    SQLiteConfiguration(storage: storage, enableForeignKeys: true),
                    connectionPoolTimeout: .seconds(30), sqlLogLevel: .trace), as: .sqlite)
        }
    }

    private init(pinning database: any Database, of service: DatabaseService) {
        databases = service.databases
        dialect = service.dialect
        logger = service.logger
        ownedGroup = nil
        scratchFile = nil
        pinnedDatabase = database
        registerCache = nil
    }

    /// This service with every query sent to `database` (a transaction): services built on it write in that one
    /// transaction, and their own `transaction` calls join it. Only for the duration of the transaction; never run or
    /// shut down.
    package func pinned(to database: any Database) -> DatabaseService {
        DatabaseService(pinning: database, of: self)
    }

    /// A database handle; every query in the app goes through SQLKit on it.
    public var db: any Database {
        pinnedDatabase ?? databases.database(logger: logger, on: databases.eventLoopGroup.any())!
    }

    public var sql: any SQLDatabase { db as! any SQLDatabase }

    /// `locked: false` when the caller already holds the start-up lock (`prepareDatabase`).
    public func migrate(locked: Bool = true) async throws {
        let migrations = Migrations()
        migrations.add(AppMigrations.all)
        if dialect == .sqlite {
            // WAL lets readers go on while a write commits; it is a property of the file, set once.
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            let migrator = Migrator(
                databases: databases, migrations: migrations, logger: logger,
                on: databases.eventLoopGroup.any())
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            // New indexes have no statistics yet.
            try await optimize()
            return
        }
        try await withStartupLock(enabled: locked) {
            let migrator = Migrator(databases: self.databases, migrations: migrations, logger: self.logger, on: self.databases.eventLoopGroup.any())
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
        }
    }

    /// Runs `body` while holding PostgreSQL's start-up advisory lock, so instances started together on one database
    /// migrate and fill it one after the other (the lock belongs to a session: one connection holds it while `body`
    /// uses the pool). SQLite has one process per file, so there is nothing to lock.
    package func withStartupLock<T: Sendable>(enabled: Bool = true, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        guard enabled, dialect == .postgres else { return try await body() }
        return try await db.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await sql.raw("SELECT pg_advisory_lock(737373)").run()
            let result: T
            do {
                result = try await body()
            } catch {
                try? await sql.raw("SELECT pg_advisory_unlock(737373)").run()
                throw error
            }
            try await sql.raw("SELECT pg_advisory_unlock(737373)").run()
            return result
        }
    }

    public func run() async throws {
        if dialect == .sqlite {
            // Planner statistics follow the data as it grows (PostgreSQL's autovacuum does this by itself).
            await cancelWhenGracefulShutdown {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(3600))
                    if Task.isCancelled { break }
                    try? await self.optimize()
                }
            }
        } else {
            try? await gracefulShutdown()
        }
        await shutdown()
    }

    /// SQLite settings of the connection, run once when the services are built. The SQLite pool holds a
    /// single connection (one event loop, see `init`) that lives as long as the process, so this sets up
    /// the connection every query uses. Measured with `reform bench` (BENCHMARKS.md):
    /// - a 64 MiB page cache instead of 2 MiB keeps the interior pages of the big indexes in memory;
    /// - temporary b-trees (sorts, GROUP BY, IN lists) stay in memory;
    /// - `synchronous = NORMAL`, SQLite's recommended setting in WAL mode: a commit no longer waits for an
    ///   fsync of the WAL (the WAL is synced at checkpoints). The database stays consistent after any
    ///   crash, but the last commits before a power loss or OS crash (not an app crash) can be lost. It
    ///   halves an edit's median and cut its p99 from 50 ms to under 20 ms on the bench machine. Remove the
    ///   line to get FULL (every commit durable) back;
    /// - `PRAGMA optimize` gathers planner statistics for tables that have none. Without statistics SQLite
    ///   takes any equality for selective, and filters a province's ledger by status through
    ///   `plan_items_status_deadline`, reading every in-progress item in the country (250,000) instead of
    ///   the province's 8,000. The analysis is complete (1.4 s on a million items, only when statistics
    ///   are missing or a table grew or shrank tenfold): a sampled one (`analysis_limit`) reads only the
    ///   first entries of each index and misjudges exactly the low-cardinality columns that matter here.
    public func configureConnection() async throws {
        guard dialect == .sqlite else { return }
        for pragma: SQLQueryString in [
            "PRAGMA cache_size = -65536",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA synchronous = NORMAL"
        ] {
            try await sql.raw(pragma).run()
        }
        try await optimize()
    }

    /// Refreshes SQLite's planner statistics where they are missing or the table grew or shrank tenfold;
    /// nothing to do on PostgreSQL.
    public func optimize() async throws {
        guard dialect == .sqlite else { return }
        try await sql.raw("PRAGMA optimize = 0x10002").run()
    }

    public func shutdown() async {
        await databases.shutdownAsync()
        try? await ownedGroup?.shutdownGracefully()
        if let scratchFile {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratchFile + suffix) }
        }
    }
}
