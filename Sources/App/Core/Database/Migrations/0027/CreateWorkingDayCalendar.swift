import FluentKit
import ReformCore
import SQLKit

/// The working-day calendar (工作日 with 调休): the days that are not what their weekday says, filled with the State
/// Council's published years (`OfficialHolidays`) and edited by administrators on /calendar.
struct CreateWorkingDayCalendar: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("calendar_days")
            // ISO date; one row per day.
            .field("day", .string, .identifier(auto: false))
            // CalendarDayKind raw value: holiday (放假) / workday (调休上班).
            .field("kind", .string, .required)
            // Festival raw value, or '' for a day added for another reason (then `note` says why).
            .field("festival", .string, .required)
            .field("note", .string, .required)
            // official: shipped with the app; admin: added or changed by an administrator.
            .field("source", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .string, .required)
            .field("updated_by", .string, .required)
            .create()
        for chunk in stride(from: 0, to: OfficialHolidays.days.count, by: 100) {
            let rows = OfficialHolidays.days[chunk..<min(chunk + 100, OfficialHolidays.days.count)]
            var query = SQLQueryString("INSERT INTO calendar_days (day, kind, festival, note, source, version, updated_at, updated_by) VALUES ")
            for (i, d) in rows.enumerated() {
                if i > 0 { query = query + ", " }
                query = query + "(\(bind: d.date.iso), \(bind: d.kind.rawValue), \(bind: d.festival), '', 'official', 1, \(bind: Self.shippedAt), '')"
            }
            try await sql.raw(query).run()
        }
    }

    /// When the shipped years were published with the app (the rows' updated_at until an administrator edits them).
    static let shippedAt = "2026-12-07T00:00:00.000Z"

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_days").delete()
    }
}
