import App
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import ReformBench
import ReformDemo

@main
struct ReformCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reform",
        abstract: "ReformLedger (改革台账): reform plans, ledgers and wall charts for reform offices.",
        version: AppVersion.current,
        subcommands: [
            Serve.self, Migrate.self, Demo.self, UserCommand.self, BackupCommand.self, RestoreCommand.self, Bench.self, ImportBench.self,
            CascadeBench.self, ImportCommand.self, ParseBench.self, Export.self,
            ExportBench.self
        ],
        defaultSubcommand: Serve.self
    )
}

struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("database-url"),
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
    @Option(
        name: .customLong("log-level"),
        help: "trace, debug, info (one line per request), notice, warning, error, critical. Default: $REFORM_LOG_LEVEL, else info")
    var logLevel: String?
    @Flag(name: .customLong("secure-cookies"), help: "Mark the session cookie Secure (when served over HTTPS)") var secureCookies = false
    @Option(name: .customLong("session-idle-minutes"), help: "End a session after this many idle minutes") var sessionIdleMinutes = 480
    @Option(
        name: .customLong("files-dir"),
        help:
            "Folder where evidence files were kept before they moved into the database; imported at start (default: $REFORM_FILES_DIR or data/files)")
    var filesDir: String?
    @Option(name: .customLong("max-evidence-mb"), help: "Largest evidence file accepted, in MB") var maxEvidenceMB = 20
    @Option(name: .customLong("time-zone"), help: "IANA time zone in which dates and times are shown and today is reckoned")
    var timeZone = AppConfig.defaultTimeZoneIdentifier
    @Option(name: .customLong("job-workers"), help: "Background jobs this instance runs at once (0: none, others work the queue)")
    var jobWorkers = 2
    @Option(
        name: .customLong("import-slots"),
        help: "Large uploads (over 1 MB) read into import drafts at once; more wait, up to four times as many, the rest get 503")
    var importSlots = 2
    @Option(
        name: .customLong("trusted-proxy"),
        help: "Address of a reverse proxy whose X-Forwarded-For is believed (repeat for several; default: $REFORM_TRUSTED_PROXIES, comma-separated)")
    var trustedProxies: [String] = []

    func run() async throws {
        let levelName = logLevel ?? ProcessInfo.processInfo.environment["REFORM_LOG_LEVEL"].flatMap { $0.isEmpty ? nil : $0 } ?? "info"
        guard let level = Logger.Level(rawValue: levelName) else { throw ValidationError("unknown log level \(levelName)") }
        // Every line as logfmt on standard output (README: Request log).
        LoggingSystem.bootstrap { label in LogfmtLogHandler(label: label) }
        var config = AppConfig(
            hostname: hostname, port: port, database: try database.location(), loadDemoIfEmpty: !noDemo, logLevel: level,
            sessionIdleMinutes: sessionIdleMinutes, secureCookies: secureCookies, maxEvidenceBytes: maxEvidenceMB * 1024 * 1024,
            timeZoneIdentifier: timeZone, jobWorkers: jobWorkers,
            trustedProxies: trustedProxies.isEmpty
                ? (ProcessInfo.processInfo.environment["REFORM_TRUSTED_PROXIES"] ?? "").split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty } : trustedProxies)
        if let filesDir { config.filesDirectory = filesDir }
        config.heavyWorkSlots = importSlots
        let app = try await buildApplication(config, emptyDatabaseLoader: DemoLoader.emptyDatabaseLoader)
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
    static let configuration = CommandConfiguration(
        abstract: "Migrate and load the demo dataset built from the seed documents (into an empty database).")
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

struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Generate a national-scale dataset (1,000,000 items, 200,000 matters, 300,000 rectifications) and time the ledger, dashboard, edit, wall chart and supervision ledgers.",
        discussion: """
            The dataset goes into its own database (default ./data/bench.sqlite; $REFORM_DATABASE_URL is ignored) and is \
            reused by later runs. Measure a release build: swift run -c release reform bench
            """)

    @Option(name: .customLong("database-url"), help: "postgres://user:pass@host/db, or sqlite:PATH. Default: sqlite:data/bench.sqlite")
    var databaseURL: String?
    @Flag(help: "Rebuild the dataset even if the database already holds it") var regenerate = false
    @Option(help: "Plan items to generate") var items = 1_000_000
    @Option(help: "Seed of the generator") var seed: UInt64 = 20_240_601
    @Option(help: "Timed runs per page operation (edits run twice as many, the wall chart a quarter)") var runs = 200
    @Option(help: "Untimed warm-up runs per operation") var warmup = 5
    @Option(help: "Comma-separated operation groups to time: \(BenchOptions.groups.joined(separator: ", ")) (default: all)")
    var only: String?
    @Option(name: .customLong("sqlite-pragma"), help: "Try a pragma on top of the connection's settings, e.g. synchronous=NORMAL (repeatable)")
    var sqlitePragmas: [String] = []
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error, critical") var logLevel = "warning"

    var groups: Set<String> { Set((only ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }) }

    func validate() throws {
        let unknown = groups.subtracting(BenchOptions.groups)
        guard unknown.isEmpty else { throw ValidationError("unknown --only group(s): \(unknown.sorted().joined(separator: ", "))") }
        for pragma in sqlitePragmas where !pragma.allSatisfy({ $0.isLetter || $0.isNumber || "_=-".contains($0) }) {
            throw ValidationError("--sqlite-pragma takes name=value, got \(pragma)")
        }
        guard items >= BenchDataset.bigPlanSize + 40 else { throw ValidationError("--items must be at least \(BenchDataset.bigPlanSize + 40)") }
        guard runs >= 1, warmup >= 0 else { throw ValidationError("--runs must be at least 1 and --warmup at least 0") }
    }

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else { throw ValidationError("unknown log level \(logLevel)") }
        var logger = Logger(label: "reform")
        logger.logLevel = level
        let location = try AppConfig.databaseLocation(url: databaseURL, environment: [:], defaultFile: "data/bench.sqlite")
        var options = BenchOptions(
            database: location, regenerate: regenerate, dataset: BenchDataset(seed: seed, itemCount: items),
            runs: runs, warmup: warmup)
        options.only = groups
        options.sqlitePragmas = sqlitePragmas
        // Unbuffered, so progress shows while the dataset is generated even when piped to a file.
        try await BenchRunner(
            options: options, logger: logger,
            print: { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        ).run()
    }
}
