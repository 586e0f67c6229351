import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for the working-day calendar: a year's days, setting and removing a day (administrators), and working-day
/// arithmetic on the calendar as it stands.
struct CalendarAPI: APIHandlers {
    let services: AppServices

    struct DayBody: Decodable {
        var kind: String?
        var festival: String?
        var note: String?
        var version: Int?
    }
    struct DayDTO: Encodable {
        var day: String
        var kind: String
        var festival: String
        var note: String
        var source: String
        var version: Int

        init(_ r: CalendarDayRecord) {
            day = r.day
            kind = r.kind
            festival = r.festival
            note = r.note
            source = r.source
            version = r.version
        }
    }
    struct YearDTO: Encodable {
        var year: Int
        var workingDays: Int
        var days: [DayDTO]
    }
    struct WorkingDaysDTO: Encodable {
        var from: String
        var to: String
        var workingDays: Int
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/calendar") { request, context in
            _ = try context.requirePrincipal()
            let year = try optionalInt(request.uri.queryParameters.get("year"), "year", min: 1900, max: 2200) ?? services.clock.today.year
            let calendar = try await WorkingDays.calendar(on: sql)
            let count = calendar.workingDays(
                from: LocalDate(year: year - 1, month: 12, day: 31)!, to: LocalDate(year: year, month: 12, day: 31)!)
            return try APIResponse.json(
                YearDTO(year: year, workingDays: count, days: try await WorkingDays.days(ofYear: year, on: sql).map(DayDTO.init)))
        }
        group.put("/calendar/:day") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditCalendar(p), "calendar_edit")
            let day = try Self.day(context)
            let b = try await decode(DayBody.self, request, context)
            let saved = try await services.calendarDays.set(
                .init(day: day, kind: b.kind ?? "", festival: b.festival ?? "", note: b.note ?? "", baseVersion: try b.version ?? ifMatch(request)),
                by: p)
            return try APIResponse.json(DayDTO(saved), status: saved.version == 1 ? .created : .ok)
        }
        group.delete("/calendar/:day") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditCalendar(p), "calendar_edit")
            let day = try Self.day(context)
            let queried = try optionalInt(request.uri.queryParameters.get("version"), "version", min: 0)
            try await services.calendarDays.remove(day: day, baseVersion: try version(queried, request), by: p)
            return Response(status: .noContent)
        }
        group.get("/working-days") { request, context in
            _ = try context.requirePrincipal()
            let q = request.uri.queryParameters
            let from = try Self.date(q.get("from"), "from")
            let calendar = try await WorkingDays.calendar(on: sql)
            if let raw = q.get("days") {
                guard let n = APIInput.wholeNumber(raw), abs(n) <= 10_000 else {
                    throw AppError.badRequest(parameter: "days", message: "expected a whole number from -10000 to 10000, got \(raw.prefix(40))")
                }
                if q.get("to") != nil { throw AppError.badRequest(parameter: "to", message: "give either days or to, not both") }
                let to = calendar.adding(workingDays: n, to: from)
                return try APIResponse.json(WorkingDaysDTO(from: from.iso, to: to.iso, workingDays: n))
            }
            guard q.get("to") != nil else { throw AppError.badRequest(parameter: "days", message: "required: days, or to") }
            let to = try Self.date(q.get("to"), "to")
            guard abs(from.days(until: to)) <= 40_000 else { throw AppError.badRequest(parameter: "to", message: "more than 40000 days from `from`") }
            return try APIResponse.json(WorkingDaysDTO(from: from.iso, to: to.iso, workingDays: calendar.workingDays(from: from, to: to)))
        }
    }

    static func day(_ context: AppRequestContext) throws -> String {
        let raw = context.parameters.get("day") ?? ""
        guard let d = LocalDate(iso: raw), (1900...2200).contains(d.year) else {
            throw AppError.badRequest(parameter: "day", message: "expected a date YYYY-MM-DD, got \(raw.prefix(40))")
        }
        return d.iso
    }

    static func date(_ raw: String?, _ name: String) throws -> LocalDate {
        guard let raw else { throw AppError.badRequest(parameter: name, message: "required: a date YYYY-MM-DD") }
        guard let d = LocalDate(iso: raw), (1900...2200).contains(d.year) else {
            throw AppError.badRequest(parameter: name, message: "expected a date YYYY-MM-DD, got \(raw.prefix(40))")
        }
        return d
    }
}
