import ReformCore
import SQLKit

/// Working days (工作日) by the calendar in the database: every feature that counts working days (a handover within 30
/// working days, 5 working days to answer a reminder) asks this, so an administrator's correction on /calendar applies
/// everywhere. The calendar is small (a few dozen days a year) and read whole.
package struct WorkingDays: Sendable {
    let database: DatabaseService

    package static let columns: SQLQueryString = "day, kind, festival, note, source, version, updated_at, updated_by"

    /// The calendar as it stands.
    package func calendar() async throws -> WorkingDayCalendar {
        try await Self.calendar(on: database.sql)
    }

    /// The calendar read inside the caller's transaction.
    package static func calendar(on sql: any SQLDatabase) async throws -> WorkingDayCalendar {
        let rows = try await sql.all(CalendarDayRecord.self, "SELECT \(columns) FROM calendar_days")
        return WorkingDayCalendar(
            days: rows.compactMap { r in
                guard let date = LocalDate(iso: r.day), let kind = CalendarDayKind(rawValue: r.kind) else { return nil }
                return CalendarDay(date: date, kind: kind, festival: r.festival)
            })
    }

    /// The `n`th working day after `start` (the day itself not counted).
    package func adding(_ n: Int, to start: LocalDate) async throws -> LocalDate {
        try await calendar().adding(workingDays: n, to: start)
    }

    /// Working days after `from` up to and including `to`.
    package func count(from: LocalDate, to: LocalDate) async throws -> Int {
        try await calendar().workingDays(from: from, to: to)
    }

    /// The calendar's special days of one year, in date order.
    package static func days(ofYear year: Int, on sql: any SQLDatabase) async throws -> [CalendarDayRecord] {
        try await sql.all(
            CalendarDayRecord.self,
            "SELECT \(columns) FROM calendar_days WHERE day >= \(bind: "\(year)-01-01") AND day <= \(bind: "\(year)-12-31") ORDER BY day")
    }

    package static func day(_ iso: String, on sql: any SQLDatabase) async throws -> CalendarDayRecord? {
        try await sql.first(CalendarDayRecord.self, "SELECT \(columns) FROM calendar_days WHERE day = \(bind: iso)")
    }

    /// The years the calendar has days for.
    package static func years(on sql: any SQLDatabase) async throws -> [Int] {
        let rows = try await sql.all(YearRow.self, "SELECT DISTINCT SUBSTR(day, 1, 4) AS year FROM calendar_days ORDER BY year")
        return rows.compactMap { Int($0.year) }
    }

    struct YearRow: Decodable {
        var year: String
    }
}

extension AppServices {
    package var workingDays: WorkingDays { WorkingDays(database: database) }
    package var calendarDays: CalendarService { CalendarService(database: database, clock: clock) }
}
