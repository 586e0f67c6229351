import Foundation
import Logging
import ReformSpreadsheet

/// Everything the server needs to start, validated up front so a bad setting fails fast with a clear list.
public struct AppConfig: Sendable {
    public enum DatabaseLocation: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteMemory
        case postgres(url: String)
    }

    public var hostname: String
    public var port: Int
    public var database: DatabaseLocation
    /// Load the demo dataset when the database holds no jurisdiction yet.
    public var loadDemoIfEmpty: Bool
    public var logLevel: Logger.Level
    /// Days before a deadline when the light turns yellow, for new plans.
    public var defaultWarnDays: Int
    /// Run migrations when the server starts (safe with several instances: PostgreSQL takes an advisory lock).
    public var migrateOnStart: Bool
    /// bcrypt cost for new password hashes: 12 in production (about a quarter second per login); tests use 4.
    public var bcryptCost: Int
    /// A session ends after this many minutes without a request.
    public var sessionIdleMinutes: Int
    /// Mark the session cookie Secure (behind HTTPS); off by default so plain-HTTP loopback development works.
    public var secureCookies: Bool
    /// Where evidence files were kept before they moved into the database (`FileStore`): at start, files of that
    /// folder that rows still point to are imported (`EvidenceFolderImport`); nothing else reads or writes it.
    public var filesDirectory: String
    /// The largest evidence file accepted, in bytes.
    public var maxEvidenceBytes: Int

    /// Where the offices are (an IANA name): dates and times are shown, and "today" is reckoned, in this zone.
    public var timeZoneIdentifier: String
    /// Background jobs run at once by this instance (`JobWorker`); 0 runs none (an instance that only serves pages
    /// while others work the queue).
    public var jobWorkers: Int
    /// Addresses of reverse proxies whose X-Forwarded-For is believed (see `ClientAddress`); empty: none.
    public var trustedProxies: [String]
    /// How far an imported .xlsx, .docx or .csv may expand, and how long its dry run may take (README: Import).
    public var uploadLimits: UploadLimits
    /// Large uploads read into drafts at once by this instance (`HeavyWorkGate`); more wait, up to four times as many,
    /// and the rest are told to come back. With `jobWorkers` this sets the memory ceiling (README: Memory).
    public var heavyWorkSlots = 2

    public static let defaultMaxEvidenceBytes = 20 * 1024 * 1024
    public static let defaultTimeZoneIdentifier = "Asia/Shanghai"

    public init(
        hostname: String = "127.0.0.1",
        port: Int = 8080,
        database: DatabaseLocation = .sqliteFile("data/reform.sqlite"),
        loadDemoIfEmpty: Bool = true,
        logLevel: Logger.Level = .info,
        defaultWarnDays: Int = 3,
        migrateOnStart: Bool = true,
        bcryptCost: Int = 12,
        sessionIdleMinutes: Int = 480,
        secureCookies: Bool = false,
        filesDirectory: String = ProcessInfo.processInfo.environment["REFORM_FILES_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "data/files",
        maxEvidenceBytes: Int = defaultMaxEvidenceBytes,
        timeZoneIdentifier: String = defaultTimeZoneIdentifier,
        jobWorkers: Int = 2,
        trustedProxies: [String] = [],
        uploadLimits: UploadLimits = .standard
    ) {
        self.hostname = hostname
        self.port = port
        self.database = database
        self.loadDemoIfEmpty = loadDemoIfEmpty
        self.logLevel = logLevel
        self.defaultWarnDays = defaultWarnDays
        self.migrateOnStart = migrateOnStart
        self.bcryptCost = bcryptCost
        self.sessionIdleMinutes = sessionIdleMinutes
        self.secureCookies = secureCookies
        self.filesDirectory = filesDirectory
        self.maxEvidenceBytes = maxEvidenceBytes
        self.timeZoneIdentifier = timeZoneIdentifier
        self.jobWorkers = jobWorkers
        self.trustedProxies = trustedProxies
        self.uploadLimits = uploadLimits
    }

    /// The configured zone (`validate` refuses an unknown name).
    public var timeZone: TimeZone { TimeZone(identifier: timeZoneIdentifier) ?? AppClock.defaultTimeZone }

    /// Chooses the database from an explicit URL, else `REFORM_DATABASE_URL`, else the SQLite file.
    public static func databaseLocation(
        url: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        defaultFile: String = "data/reform.sqlite"
    ) throws -> DatabaseLocation {
        let chosen = (url?.isEmpty == false ? url : nil) ?? environment["REFORM_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        guard let chosen else { return .sqliteFile(defaultFile) }
        if chosen.hasPrefix("postgres://") || chosen.hasPrefix("postgresql://") { return .postgres(url: chosen) }
        if chosen == "sqlite::memory:" || chosen == ":memory:" { return .sqliteMemory }
        if chosen.hasPrefix("sqlite://") { return .sqliteFile(String(chosen.dropFirst("sqlite://".count))) }
        if chosen.hasPrefix("sqlite:") { return .sqliteFile(String(chosen.dropFirst("sqlite:".count))) }
        throw ConfigError(problems: ["database URL must start with postgres://, postgresql:// or sqlite: (got \(chosen.prefix(40)))"])
    }

    public func validate() throws {
        var problems: [String] = []
        if !(1...65535).contains(port) { problems.append("port must be 1…65535 (got \(port))") }
        if !(0...60).contains(defaultWarnDays) { problems.append("warn days must be 0…60 (got \(defaultWarnDays))") }
        if !(1...16).contains(heavyWorkSlots) { problems.append("heavy work slots must be 1…16 (got \(heavyWorkSlots))") }
        if !(0...64).contains(jobWorkers) { problems.append("job workers must be 0…64 (got \(jobWorkers))") }
        if !(4...31).contains(bcryptCost) { problems.append("bcrypt cost must be 4…31 (got \(bcryptCost))") }
        if !(1...(60 * 24 * 30)).contains(sessionIdleMinutes) { problems.append("session idle minutes must be 1…43200 (got \(sessionIdleMinutes))") }
        if case .sqliteFile(let path) = database, path.isEmpty { problems.append("SQLite file path is empty") }
        if filesDirectory.isEmpty { problems.append("files directory is empty") }
        if !(1...(1024 * 1024 * 1024)).contains(maxEvidenceBytes) {
            problems.append("evidence size limit must be 1 byte … 1 GB (got \(maxEvidenceBytes))")
        }
        let u = uploadLimits
        if [u.maxPartBytes, u.maxTotalBytes, u.maxCompressionRatio, u.maxCellsPerSheet, u.maxCharactersPerSheet, u.maxDryRunSeconds]
            .contains(where: { $0 < 1 }) || u.ratioGraceBytes < 0
        {
            problems.append("upload limits must be positive")
        }
        if TimeZone(identifier: timeZoneIdentifier) == nil {
            problems.append("time zone must be an IANA name such as Asia/Shanghai (got \(timeZoneIdentifier.prefix(40)))")
        }
        if !problems.isEmpty { throw ConfigError(problems: problems) }
    }
}

public struct ConfigError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String { "configuration is invalid:\n" + problems.map { "  - " + $0 }.joined(separator: "\n") }
}
