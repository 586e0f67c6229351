import Foundation
import Logging

/// swift-log's output as logfmt, one line per event: `ts=… level=info label=reform msg=request method=GET
/// route=/items/{id} status=200 duration_ms=4.2 user_id=3 user=office request_id=9f…`. Keys are sorted after the
/// fixed ones, so lines read alike; values with spaces, quotes or `=` are quoted. `reform serve` bootstraps it.
public struct LogfmtLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let clock: AppClock
    private let write: @Sendable (String) -> Void

    /// Writes to standard output (`write` replaces it, for tests); the time of each line is the clock's.
    public init(label: String, clock: AppClock = .system(), write: (@Sendable (String) -> Void)? = nil) {
        self.label = label
        self.clock = clock
        self.write = write ?? { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { _, new in new } }
        if let error = event.error { all["error"] = .string(String(describing: error)) }
        write(Self.line(level: event.level, label: label, message: "\(event.message)", metadata: all, date: clock.now))
    }

    static func line(level: Logger.Level, label: String, message: String, metadata: Logger.Metadata, date: Date) -> String {
        var parts = ["ts=" + Timestamp.of(date), "level=" + level.rawValue, "label=" + Self.value(label), "msg=" + Self.value(message)]
        for key in metadata.keys.sorted() {
            parts.append(Self.key(key) + "=" + Self.value("\(metadata[key]!)"))
        }
        return parts.joined(separator: " ")
    }

    /// Hummingbird's request id key reads `request_id`; other keys keep their names, any character outside
    /// letters, digits, `_`, `-` and `.` made `_`.
    static func key(_ key: String) -> String {
        if key == RequestLogMiddleware.requestIDKey { return "request_id" }
        return String(key.map { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) ? $0 : "_" })
    }

    static func value(_ value: String) -> String {
        let plain = !value.isEmpty && value.allSatisfy { !$0.isWhitespace && $0 != "\"" && $0 != "=" && $0 != "\\" }
        if plain { return value }
        var quoted = "\""
        for c in value {
            switch c {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            default: quoted.append(c)
            }
        }
        return quoted + "\""
    }
}
