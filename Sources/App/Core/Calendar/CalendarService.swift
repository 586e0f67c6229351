import ReformCore
import SQLKit

/// An administrator's changes to the working-day calendar: set a day (a holiday, or a weekend day worked) or give it back
/// to its weekday. One transaction each, with an audit entry; a change to a day someone else changed since it was read
/// is refused (409).
package struct CalendarService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let noteMaxLength = 200

    /// What the form or the API sends for one day.
    package struct Input: Sendable {
        var day: String
        var kind: String
        var festival: String
        var note: String
        /// The version read; nil when the day had no row (a new day).
        var baseVersion: Int?

        package init(day: String, kind: String, festival: String, note: String, baseVersion: Int?) {
            self.day = day
            self.kind = kind
            self.festival = festival
            self.note = note
            self.baseVersion = baseVersion
        }
    }

    /// The audit entity id of a day: 20261001 for 1 October 2026.
    static func auditId(_ d: LocalDate) -> Int { d.year * 10_000 + d.month * 100 + d.day }

    package func set(_ input: Input, by p: Principal) async throws -> CalendarDayRecord {
        try Access.require(Access.canEditCalendar(p), "calendar_edit")
        var issues: [ValidationIssue] = []
        let date = LocalDate(iso: input.day.trimmed)
        if date == nil {
            issues.append(ValidationIssue.date(input.day, field: "calendarDay") ?? ValidationIssue(field: "calendarDay", code: .required))
        }
        let kind = CalendarDayKind(rawValue: input.kind)
        if kind == nil { issues.append(ValidationIssue(field: "calendarKind", code: .invalidChoice)) }
        if !input.festival.isEmpty, Festival(rawValue: input.festival) == nil {
            issues.append(ValidationIssue(field: "calendarFestival", code: .invalidChoice))
        }
        let note = input.note.trimmed
        if note.unicodeScalars.count > Self.noteMaxLength {
            issues.append(ValidationIssue(field: "calendarNote", code: .tooLong, limit: Self.noteMaxLength))
        }
        if input.festival.isEmpty, note.isEmpty { issues.append(ValidationIssue(field: "calendarNote", code: .required)) }
        if !issues.isEmpty { throw AppError.validation(issues) }
        let d = date!
        return try await database.transaction { sql in
            let existing = try await WorkingDays.day(d.iso, on: sql)
            let now = clock.timestamp
            if let existing {
                guard input.baseVersion == existing.version else { throw Self.stale(existing) }
                let n = try await sql.raw(
                    """
                    UPDATE calendar_days SET kind = \(bind: kind!.rawValue), festival = \(bind: input.festival), note = \(bind: note),
                      source = 'admin', version = version + 1, updated_at = \(bind: now), updated_by = \(bind: p.actorName)
                    WHERE day = \(bind: d.iso) AND version = \(bind: existing.version) RETURNING day
                    """
                ).all().count
                guard n == 1 else { throw Self.stale(existing) }
            } else {
                if input.baseVersion != nil { throw AppError.conflict(entity: "calendar_day", id: Self.auditId(d), currentVersion: 0, changes: []) }
                try await sql.execute(
                    """
                    INSERT INTO calendar_days (day, kind, festival, note, source, version, updated_at, updated_by)
                    VALUES (\(bind: d.iso), \(bind: kind!.rawValue), \(bind: input.festival), \(bind: note), 'admin', 1, \(bind: now),
                      \(bind: p.actorName))
                    """)
            }
            try await Audit.record(
                entity: "calendar_day", id: Self.auditId(d), action: existing == nil ? "create" : "update", actor: p.actorName,
                version: (existing?.version ?? 0) + 1,
                changes: Audit.diff(
                    existing.map { ["calendarKind": $0.kind, "calendarFestival": $0.festival, "calendarNote": $0.note] } ?? [:],
                    ["calendarKind": kind!.rawValue, "calendarFestival": input.festival, "calendarNote": note]),
                scopePath: nil, at: now, on: sql)
            return try await WorkingDays.day(d.iso, on: sql)!
        }
    }

    /// Gives a day back to its weekday (removes its row).
    package func remove(day: String, baseVersion: Int, by p: Principal) async throws {
        try Access.require(Access.canEditCalendar(p), "calendar_edit")
        guard let d = LocalDate(iso: day) else { throw AppError.notFound(entity: "calendar_day", id: String(day.prefix(40))) }
        try await database.transaction { sql in
            guard let existing = try await WorkingDays.day(d.iso, on: sql) else {
                throw AppError.notFound(entity: "calendar_day", id: d.iso)
            }
            guard existing.version == baseVersion else { throw Self.stale(existing) }
            let n = try await sql.raw("DELETE FROM calendar_days WHERE day = \(bind: d.iso) AND version = \(bind: baseVersion) RETURNING day").all()
                .count
            guard n == 1 else { throw Self.stale(existing) }
            try await Audit.record(
                entity: "calendar_day", id: Self.auditId(d), action: "delete", actor: p.actorName, version: existing.version + 1,
                changes: Audit.diff(
                    ["calendarKind": existing.kind, "calendarFestival": existing.festival, "calendarNote": existing.note],
                    ["calendarKind": nil, "calendarFestival": nil, "calendarNote": nil]),
                scopePath: nil, at: clock.timestamp, on: sql)
        }
    }

    static func stale(_ r: CalendarDayRecord) -> AppError {
        AppError.conflict(entity: "calendar_day", id: auditId(LocalDate(iso: r.day)!), currentVersion: r.version, changes: [])
    }
}

extension Access {
    /// The calendar is everyone's to read and the administrator's to change.
    static func canEditCalendar(_ p: Principal) -> Bool { p.role == .admin }
}
