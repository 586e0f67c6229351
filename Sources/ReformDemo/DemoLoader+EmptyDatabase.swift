import App
import Logging

extension DemoLoader {
    /// What `reform serve` hands to `buildApplication`: an empty database starts on the demo dataset.
    public static let emptyDatabaseLoader: EmptyDatabaseLoader = { services, logger in
        logger.info("empty database: loading the demo dataset", metadata: ["component": "demo"])
        try await DemoLoader(services: services).load()
    }
}

/// Loads the demo dataset when no jurisdiction exists yet; says whether it did.
public func loadDemoIfEmpty(_ services: AppServices, logger: Logger, migrate: Bool = true) async throws -> Bool {
    try await fillIfEmpty(services, logger: logger, migrate: migrate, with: DemoLoader.emptyDatabaseLoader)
}
