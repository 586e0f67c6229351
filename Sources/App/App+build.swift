import Foundation
import Hummingbird
import Logging
import Metrics
import NIOConcurrencyHelpers
import Prometheus
import ServiceLifecycle

/// Everything a request handler needs, built once.
public struct AppServices: Sendable {
    public let database: DatabaseService
    let renderer: PageRenderer
    let metrics: PrometheusCollectorRegistry
    let config: AppConfig
    /// Every "now" and "today" (tests fix it).
    public let clock: AppClock
    /// A bcrypt hash of nothing anyone knows, made once at start (see `AccountService.dummyHash`).
    let dummyPasswordHash: String

    var jurisdictions: JurisdictionService { JurisdictionService(database: database, clock: clock) }
    var units: UnitService { UnitService(database: database, clock: clock) }
    var plans: PlanService { PlanService(database: database, clock: clock) }
    var items: ItemService { ItemService(database: database, clock: clock) }
    var imports: ImportService { ImportService(database: database, clock: clock) }
    var evidence: EvidenceStore { EvidenceStore(directory: URL(fileURLWithPath: config.filesDirectory), maxBytes: config.maxEvidenceBytes) }
    var assignments: AssignmentService { AssignmentService(database: database, clock: clock) }
    var reports: ReportService { ReportService(database: database, clock: clock, evidence: evidence) }
    var planReporting: PlanReportingService { PlanReportingService(database: database, clock: clock) }
    var indicators: IndicatorService { IndicatorService(database: database, clock: clock) }
    var hasher: PasswordHasher { PasswordHasher(cost: UInt8(config.bcryptCost)) }
    var accounts: AccountService {
        AccountService(database: database, clock: clock, hasher: hasher, sessionIdleMinutes: config.sessionIdleMinutes, dummyHash: dummyPasswordHash)
    }
    var users: UserService { UserService(database: database, clock: clock, hasher: hasher) }
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
public func buildServices(_ config: AppConfig, logger: Logger, searchPath: [String]? = nil,
                          clock: AppClock? = nil) async throws -> AppServices {
    try config.validate()
    let clock = clock ?? .system(timeZone: config.timeZone)
    try L10n.validate()
    try OpenAPIDocument.validate()
    var dbLogger = logger
    dbLogger[metadataKey: "component"] = "database"
    let database = try DatabaseService(location: config.database, logger: dbLogger, searchPath: searchPath)
    try await database.configureConnection()
    return AppServices(database: database, renderer: try await PageRenderer.load(clock: clock), metrics: MetricsBootstrap.registry(), config: config, clock: clock,
                       dummyPasswordHash: PasswordHasher(cost: UInt8(config.bcryptCost)).dummyHash())
}

/// Migrates and, on an empty database, loads the demo dataset.
public func prepareDatabase(_ services: AppServices, logger: Logger) async throws {
    if services.config.migrateOnStart { try await services.database.migrate() }
    if services.config.loadDemoIfEmpty { _ = try await loadDemoIfEmpty(services, logger: logger, migrate: false) }
}

/// Loads the demo dataset when no jurisdiction exists yet; says whether it did.
public func loadDemoIfEmpty(_ services: AppServices, logger: Logger, migrate: Bool = true) async throws -> Bool {
    if migrate { try await services.database.migrate() }
    guard try await JurisdictionQueries.count(on: services.database.sql) == 0 else { return false }
    logger.info("empty database: loading the demo dataset", metadata: ["component": "demo"])
    try await DemoLoader(services: services).load()
    return true
}

public func buildApplication(_ config: AppConfig) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "reform")
    logger.logLevel = config.logLevel
    let services = try await buildServices(config, logger: logger)
    return try await buildApplication(services: services, logger: logger)
}

public func buildApplication(services: AppServices, logger: Logger) async throws -> some ApplicationProtocol {
    let router = buildRouter(services)
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(services.config.hostname, port: services.config.port), serverName: "ReformLedger"),
        services: [services.database],
        logger: logger
    )
    app.beforeServerStarts {
        try await prepareDatabase(services, logger: logger)
    }
    return app
}
