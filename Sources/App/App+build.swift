import Foundation
import Hummingbird
import Logging
import Metrics
import NIOConcurrencyHelpers
import Prometheus
import ServiceLifecycle

/// Everything a request handler needs, built once.
public struct AppServices: Sendable {
    public private(set) var database: DatabaseService
    let renderer: PageRenderer
    let metrics: PrometheusCollectorRegistry
    let config: AppConfig
    /// Every "now" and "today" (tests fix it).
    public let clock: AppClock
    /// A bcrypt hash of nothing anyone knows, made once at start (see `AccountService.dummyHash`).
    let dummyPasswordHash: String
    /// Set once the database is migrated and filled (see `prepareDatabase`).
    package let readiness = Readiness()
    /// Large uploads being read into drafts: bounded per instance (README: Memory).
    package var heavyWork = HeavyWorkGate(slots: 2, maxWaiting: 8)

    package var jurisdictions: JurisdictionService { JurisdictionService(database: database, clock: clock) }
    package var units: UnitService { UnitService(database: database, clock: clock) }
    package var plans: PlanService { PlanService(database: database, clock: clock) }
    package var items: ItemService { ItemService(database: database, clock: clock) }
    package var imports: ImportService { ImportService(database: database, clock: clock, limits: config.uploadLimits) }
    package var files: FileStore { FileStore(database: database) }
    var evidence: EvidenceStore { EvidenceStore(files: files, maxBytes: config.maxEvidenceBytes) }
    package var assignments: AssignmentService { AssignmentService(database: database, clock: clock) }
    package var reports: ReportService { ReportService(database: database, clock: clock, evidence: evidence) }
    package var planReporting: PlanReportingService { PlanReportingService(database: database, clock: clock) }
    package var indicators: IndicatorService { IndicatorService(database: database, clock: clock) }
    package var hasher: PasswordHasher { PasswordHasher(cost: UInt8(config.bcryptCost)) }
    package var accounts: AccountService {
        AccountService(database: database, clock: clock, hasher: hasher, sessionIdleMinutes: config.sessionIdleMinutes, dummyHash: dummyPasswordHash)
    }
    package var users: UserService { UserService(database: database, clock: clock, hasher: hasher) }
    package var jobs: JobQueue { JobQueue(database: database, clock: clock) }
}

extension AppServices {
    /// Runs `body` with services whose every write goes into one transaction: all of it is committed, or none.
    package func inOneTransaction<T: Sendable>(_ body: @escaping @Sendable (AppServices) async throws -> T) async throws -> T {
        try await database.db.transaction { tx in
            var pinned = self
            pinned.database = database.pinned(to: tx)
            return try await body(pinned)
        }
    }
}

/// Metrics can be bootstrapped once per process; tests build many applications.
enum MetricsBootstrap {
    private static let shared = NIOLockedValueBox<PrometheusCollectorRegistry?>(nil)

    static func registry() -> PrometheusCollectorRegistry {
        shared.withLockedValue { value in
            if let value { return value }
            let registry = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
            value = registry
            return registry
        }
    }
}

/// `clock` is the real clock in the configured time zone unless a test passes its own.
public func buildServices(
    _ config: AppConfig, logger: Logger, searchPath: [String]? = nil,
    clock: AppClock? = nil
) async throws -> AppServices {
    try config.validate()
    let clock = clock ?? .system(timeZone: config.timeZone)
    try L10n.validate()
    try OpenAPIDocument.validate()
    var dbLogger = logger
    dbLogger[metadataKey: "component"] = "database"
    let database = try DatabaseService(location: config.database, logger: dbLogger, searchPath: searchPath)
    try await database.configureConnection()
    return AppServices(
        database: database, renderer: try await PageRenderer.load(clock: clock), metrics: MetricsBootstrap.registry(), config: config, clock: clock,
        dummyPasswordHash: PasswordHasher(cost: UInt8(config.bcryptCost)).dummyHash(),
        heavyWork: HeavyWorkGate(slots: config.heavyWorkSlots, maxWaiting: config.heavyWorkSlots * 4))
}

/// Fills a database that holds no jurisdiction yet. App holds no data of its own: the `reform` executable passes
/// the demo's loader (ReformDemo), so `reform serve` starts on the demo; tests and `--no-demo` pass none.
public typealias EmptyDatabaseLoader = @Sendable (AppServices, Logger) async throws -> Void

/// Migrates, moves evidence of the old files folder into the database (`EvidenceFolderImport`) and, on an empty
/// database, runs `emptyDatabaseLoader` (unless the configuration turns it off).
/// Instances started together on one PostgreSQL take turns under an advisory lock, so only the first migrates and
/// fills an empty database; the others find it done. The instance is marked ready (/health) at the end.
public func prepareDatabase(_ services: AppServices, logger: Logger, emptyDatabaseLoader: EmptyDatabaseLoader? = nil) async throws {
    try await services.database.withStartupLock {
        if services.config.migrateOnStart { try await services.database.migrate(locked: false) }
        _ = try await EvidenceFolderImport(
            database: services.database, directory: URL(fileURLWithPath: services.config.filesDirectory), clock: services.clock
        ).run(logger: logger)
        if services.config.loadDemoIfEmpty, let emptyDatabaseLoader {
            _ = try await fillIfEmpty(services, logger: logger, migrate: false, locked: false, with: emptyDatabaseLoader)
        }
        // The daily reminder scan (at once on a database never scanned); the job queues each next day's run itself.
        try await ReminderJobs.ensureQueued(services)
        // The nightly sweep of stored files nothing names any more.
        try await FileSweepJob.ensureQueued(services)
    }
    if emptyDatabaseLoader == nil || !services.config.loadDemoIfEmpty {
        try await services.setup.announce(logger: logger, baseURL: "http://\(services.config.hostname):\(services.config.port)")
    }
    services.readiness.markReady()
}

/// Runs `loader` when no jurisdiction exists yet; says whether it did. The check and the whole load are one
/// transaction under the start-up lock (`locked: false` when the caller holds it already): of instances started
/// together on an empty PostgreSQL database exactly one loads, and a load that fails leaves the database empty.
public func fillIfEmpty(
    _ services: AppServices, logger: Logger, migrate: Bool = true, locked: Bool = true, with loader: @escaping EmptyDatabaseLoader
) async throws -> Bool {
    try await services.database.withStartupLock(enabled: locked) {
        if migrate { try await services.database.migrate(locked: false) }
        return try await services.inOneTransaction { services in
            guard try await JurisdictionQueries.count(on: services.database.sql) == 0 else { return false }
            try await loader(services, logger)
            return true
        }
    }
}

/// `emptyDatabaseLoader` fills an empty database before the server starts (see `EmptyDatabaseLoader`).
public func buildApplication(_ config: AppConfig, emptyDatabaseLoader: EmptyDatabaseLoader? = nil) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "reform")
    logger.logLevel = config.logLevel
    let services = try await buildServices(config, logger: logger)
    return try await buildApplication(services: services, logger: logger, emptyDatabaseLoader: emptyDatabaseLoader)
}

public func buildApplication(services: AppServices, logger: Logger, emptyDatabaseLoader: EmptyDatabaseLoader? = nil) async throws
    -> some ApplicationProtocol
{
    let router = buildRouter(services)
    var background: [any Service] = [services.database]
    if services.config.jobWorkers > 0 {
        background.append(
            JobWorker(services: services, handlers: AppFeatures.jobHandlers, concurrency: services.config.jobWorkers, logger: logger))
    }
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(services.config.hostname, port: services.config.port), serverName: "ReformLedger"),
        services: background,
        logger: logger
    )
    app.beforeServerStarts {
        try await prepareDatabase(services, logger: logger, emptyDatabaseLoader: emptyDatabaseLoader)
    }
    return app
}
