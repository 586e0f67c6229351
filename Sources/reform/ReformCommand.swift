import App
import ArgumentParser
import Foundation
import Hummingbird
import Logging

@main
struct ReformCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reform",
        abstract: "ReformLedger (改革台账): reform plans, ledgers and wall charts for reform offices.",
        subcommands: [Serve.self, Migrate.self, Demo.self, ImportBench.self],
        defaultSubcommand: Serve.self
    )
}

struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"),
            help: "postgres://user:pass@host/db, or sqlite:PATH. Default: $REFORM_DATABASE_URL, else ./data/reform.sqlite")
    var databaseURL: String?

    func location() throws -> AppConfig.DatabaseLocation {
        try AppConfig.databaseLocation(url: databaseURL)
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the web server (migrates, and loads the demo into an empty database).")

    @Option(name: .long, help: "Address to listen on") var hostname = "127.0.0.1"
    @Option(name: .shortAndLong, help: "Port to listen on") var port = 8080
    @OptionGroup var database: DatabaseOptions
    @Flag(name: .customLong("no-demo"), help: "Do not load the demo dataset into an empty database") var noDemo = false
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error, critical") var logLevel = "info"

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else { throw ValidationError("unknown log level \(logLevel)") }
        let config = AppConfig(hostname: hostname, port: port, database: try database.location(), loadDemoIfEmpty: !noDemo, logLevel: level)
        let app = try await buildApplication(config)
        try await app.runService()
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or update the database schema, then exit.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let logger = Logger(label: "reform")
        let services = try await buildServices(AppConfig(database: try database.location(), loadDemoIfEmpty: false), logger: logger)
        try await services.database.migrate()
        await services.database.shutdown()
        print("migrations applied")
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Migrate and load the demo dataset built from the seed documents (into an empty database).")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let logger = Logger(label: "reform")
        let services = try await buildServices(AppConfig(database: try database.location(), loadDemoIfEmpty: true), logger: logger)
        let loaded: Bool
        do {
            loaded = try await loadDemoIfEmpty(services, logger: logger)
        } catch {
            await services.database.shutdown()
            throw error
        }
        await services.database.shutdown()
        print(loaded ? "demo dataset loaded" : "the database already holds data: demo not loaded")
    }
}
