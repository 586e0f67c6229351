import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import SQLKit

/// The FluentKit glue (no hummingbird-fluent here): owns `Databases`, runs migrations,
/// and shuts the pools down when the service group stops.
public final class DatabaseService: Service, @unchecked Sendable {
    public enum Dialect: Sendable { case sqlite, postgres }

    public let databases: Databases
    public let dialect: Dialect
    public let logger: Logger
    private let ownedGroup: MultiThreadedEventLoopGroup?

    public init(location: AppConfig.DatabaseLocation, logger: Logger, searchPath: [String]? = nil) throws {
        self.logger = logger
        switch location {
        case .postgres(let url):
            dialect = .postgres
            ownedGroup = nil
            databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
            var configuration = try SQLPostgresConfiguration(url: url)
            if let searchPath { configuration.searchPath = searchPath }
            databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 4,
                                    connectionPoolTimeout: .seconds(30), sqlLogLevel: .trace), as: .psql)
        case .sqliteFile, .sqliteMemory:
            dialect = .sqlite
            // One event loop means one SQLite connection: writes never race each other for the file lock,
            // and an in-memory database is the same database for every query.
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            ownedGroup = group
            databases = Databases(threadPool: .singleton, on: group)
            let storage: SQLiteConfiguration.Storage
            if case .sqliteFile(let path) = location {
                let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                storage = .file(path: path)
            } else {
                storage = .memory
            }
            databases.use(.sqlite(SQLiteConfiguration(storage: storage, enableForeignKeys: true),
                                  connectionPoolTimeout: .seconds(30), sqlLogLevel: .trace), as: .sqlite)
        }
    }

    /// A database handle; every query in the app goes through SQLKit on it.
    public var db: any Database {
        databases.database(logger: logger, on: databases.eventLoopGroup.any())!
    }

    public var sql: any SQLDatabase { db as! any SQLDatabase }

    public func migrate() async throws {
        let migrations = Migrations()
        migrations.add(AppMigrations.all)
        if dialect == .sqlite {
            // WAL lets readers go on while a write commits; it is a property of the file, set once.
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger,
                                    on: databases.eventLoopGroup.any())
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            return
        }
        // Several app instances may start together on one PostgreSQL: the advisory lock lets one migrate
        // while the others wait. It is held by a session, so everything runs on one connection.
        try await db.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await sql.raw("SELECT pg_advisory_lock(737373)").run()
            do {
                let migrator = Migrator(databaseFactory: { _ in connection }, migrations: migrations,
                                        on: connection.eventLoop)
                try await migrator.setupIfNeeded().get()
                try await migrator.prepareBatch().get()
            } catch {
                try? await sql.raw("SELECT pg_advisory_unlock(737373)").run()
                throw error
            }
            try await sql.raw("SELECT pg_advisory_unlock(737373)").run()
        }
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await shutdown()
    }

    public func shutdown() async {
        await databases.shutdownAsync()
        try? await ownedGroup?.shutdownGracefully()
    }
}
