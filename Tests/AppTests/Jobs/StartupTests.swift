import Foundation
import Hummingbird
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// An instance says it is ready only once it has migrated and filled its database, and a second start on the same
/// database finds the first one's data instead of loading it again.
struct StartupTests {
    @Test func healthAnswers503UntilTheDatabaseIsPreparedAndTheLoaderRunsOnce() async throws {
        // given: services on a fresh database, not yet prepared
        let config = AppConfig(database: .sqliteMemory, loadDemoIfEmpty: true, bcryptCost: 4, filesDirectory: NSTemporaryDirectory())
        let services = try await buildServices(config, logger: TestDatabase.logger, clock: TestClock.make())
        let loads = Counter()
        let loader: EmptyDatabaseLoader = { services, _ in
            _ = loads.next()
            _ = try await services.jurisdictions.create(JurisdictionDraft(name: "广东省", level: "province", divisionCode: "440000"), actor: "test")
        }
        let app = Application(
            router: buildRouter(services), configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: TestDatabase.logger)
        do {
            try await check(app)
        } catch {
            await services.database.shutdown()
            throw error
        }
        await services.database.shutdown()

        func check(_ app: some ApplicationProtocol) async throws {
            try await app.test(.router) { client in
                // when
                let before = try await client.get("/health")
                try await prepareDatabase(services, logger: TestDatabase.logger, emptyDatabaseLoader: loader)
                let after = try await client.get("/health")
                try await prepareDatabase(services, logger: TestDatabase.logger, emptyDatabaseLoader: loader)
                // then
                #expect(before.status == .serviceUnavailable && before.text.contains("starting"))
                #expect(after.status == .ok)
                #expect(loads.next() == 2, "the loader ran once")
            }
        }
    }
}
