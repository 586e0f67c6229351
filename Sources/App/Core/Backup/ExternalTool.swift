import Foundation

/// PostgreSQL's own dump and restore programs, run as child processes with the connection in libpq's environment
/// variables (so the password never shows in the process list).
package struct ExternalTool: Sendable {
    package let path: String

    /// `override` if given, else the first `name` on PATH, else the newest under /usr/lib/postgresql/*/bin (Debian's
    /// layout); an error naming the package otherwise.
    package static func locate(_ name: String, override: String?) throws -> ExternalTool {
        let fm = FileManager.default
        if let override {
            guard fm.isExecutableFile(atPath: override) else { throw BackupError("\(name): \(override) is not an executable file") }
            return ExternalTool(path: override)
        }
        let onPath = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }
        let versions = ((try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).compactMap(Int.init).sorted(by: >)
        let debian = versions.map { "/usr/lib/postgresql/\($0)/bin/\(name)" }
        guard let found = (onPath + debian).first(where: fm.isExecutableFile(atPath:)) else {
            throw BackupError(
                """
                \(name) not found: install PostgreSQL's client programs of the server's major version or newer \
                (Debian/Ubuntu: apt-get install postgresql-client; RHEL: dnf install postgresql), or pass --\(name.replacingOccurrences(of: "_", with: "-")) PATH
                """)
        }
        return ExternalTool(path: found)
    }

    /// libpq's variables for a postgres:// URL.
    package static func environment(forURL url: String) throws -> [String: String] {
        guard let c = URLComponents(string: url), let host = c.host else { throw BackupError("cannot read the database URL") }
        var env = ["PGHOST": host, "PGDATABASE": String(c.path.drop(while: { $0 == "/" }))]
        if let port = c.port { env["PGPORT"] = String(port) }
        if let user = c.user?.removingPercentEncoding { env["PGUSER"] = user }
        if let password = c.password?.removingPercentEncoding { env["PGPASSWORD"] = password }
        if let mode = c.queryItems?.first(where: { $0.name == "sslmode" || $0.name == "tlsmode" })?.value { env["PGSSLMODE"] = mode }
        return env
    }

    /// Runs the program to its end; a non-zero exit is an error carrying its standard error.
    package func run(_ arguments: [String], environment: [String: String]) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // A file, not a pipe: a long error text cannot fill a pipe and stall the child.
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("reform-\(UUID().uuidString).stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let handle = try FileHandle(forWritingTo: errors)
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try handle.close()
        guard status == 0 else {
            let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw BackupError(
                "\((path as NSString).lastPathComponent) failed (exit \(status)): \(text.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
