import App
import ArgumentParser
import Foundation
import Logging

/// `reform user …`: accounts from the command line (the first admin, passwords, unlocking, tokens for integrations).
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Create and manage user accounts.",
        subcommands: [Add.self, List.self, Passwd.self, Unlock.self, ResetTwoFactor.self, Token.self])

    /// Runs `body` on migrated services and shuts them down, turning a refusal into a one-line error.
    static func withAdministration<T>(_ database: DatabaseOptions, _ body: (UserAdministration) async throws -> T) async throws -> T {
        var logger = Logger(label: "reform")
        logger.logLevel = .warning
        let services = try await buildServices(AppConfig(database: try database.location(), loadDemoIfEmpty: false), logger: logger)
        do {
            try await services.database.migrate()
            let result = try await body(UserAdministration(services: services))
            await services.database.shutdown()
            return result
        } catch let failure as UserAdministration.Failure {
            await services.database.shutdown()
            throw ValidationError(failure.description)
        } catch {
            await services.database.shutdown()
            throw error
        }
    }

    /// The password from --password, else one line of standard input (so it stays out of the shell history).
    static func password(_ given: String?) throws -> String {
        if let given { return given }
        if isatty(STDIN_FILENO) == 1 { FileHandle.standardError.write(Data("password: ".utf8)) }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw ValidationError("give --password or the password on standard input")
        }
        return line
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a user (the first admin: --role admin).")
        @Option(help: "Login name: letters, digits, . _ -") var username: String
        @Option(help: "admin, office, liaison, unit_head, inspector or viewer") var role: String
        @Option(help: "Jurisdiction id, 6-digit division code or name (office, inspector, viewer; optional for admin)") var jurisdiction: String?
        @Option(help: "Unit id or full name (liaison, unit_head)") var unit: String?
        @Option(name: .customLong("display-name"), help: "Name shown in the header and the audit log (default: the username)") var displayName:
            String?
        @Option(help: "Password (at least 10 characters); read from standard input when left out") var password: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let password = try UserCommand.password(password)
            print(
                try await UserCommand.withAdministration(database) {
                    try await $0.add(
                        username: username, displayName: displayName, role: role, jurisdiction: jurisdiction, unit: unit, password: password)
                })
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users: id, username, name, role, scope, flags.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            for line in try await UserCommand.withAdministration(database, { try await $0.list() }) { print(line) }
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a user's password (unlocks the account and ends its sessions).")
        @Option var username: String
        @Option(help: "New password; read from standard input when left out") var password: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let password = try UserCommand.password(password)
            try await UserCommand.withAdministration(database) { try await $0.setPassword(username: username, password: password) }
            print("password set for \(username)")
        }
    }

    struct Unlock: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lift a lockout after failed logins.")
        @Option var username: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await UserCommand.withAdministration(database) { try await $0.unlock(username: username) }
            print("unlocked \(username)")
        }
    }

    struct ResetTwoFactor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-two-factor", abstract: "Turn off a user's two-factor sign-in (a lost phone and lost recovery codes).")
        @Option var username: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await UserCommand.withAdministration(database) { try await $0.resetTwoFactor(username: username) }
            print("two-factor sign-in reset for \(username)")
        }
    }

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mint an API token for a user and print it (only once: it is stored hashed).",
            discussion: "Use it as `Authorization: Bearer <token>` on /api/v1. Revoke it on the user's account page.")
        @Option var username: String
        @Option(help: "What the token is for") var name = "command line"
        @Option(name: .customLong("expires-in-days"), help: "The token stops working after this many days (default: until revoked)")
        var expiresInDays: Int?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            print(
                try await UserCommand.withAdministration(database) {
                    try await $0.token(username: username, name: name, expiresInDays: expiresInDays)
                })
        }
    }
}
