import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /calendar: a year's holidays (放假) and make-up working days (调休上班), a calculator of working days, and for the
/// administrator the forms that add, change and remove days.
struct CalendarPages: PageHandlers {
    let services: AppServices

    func year(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await page(request, context)
    }

    func page(
        _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        values: [String: [String]] = [:]
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let query = request.uri.queryParameters
        let today = services.clock.today
        let asked = values["day"]?.last.map { String($0.prefix(4)) } ?? query.get("year") ?? ""
        let year = Int(asked).flatMap { (1900...2200).contains($0) ? $0 : nil } ?? today.year
        let rows = try await WorkingDays.days(ofYear: year, on: sql)
        var years = Set(try await WorkingDays.years(on: sql))
        years.insert(today.year)
        years.insert(year)
        let calendar = try await WorkingDays.calendar(on: sql)
        let first = LocalDate(year: year, month: 1, day: 1)!, last = LocalDate(year: year, month: 12, day: 31)!
        let count = calendar.workingDays(from: first.adding(days: -1), to: last)
        var calculator = CalendarView.Calculator(from: query.get("from") ?? today.iso, days: query.get("days") ?? "30", result: "", hasResult: false)
        if let from = LocalDate(iso: calculator.from), let n = Int(calculator.days), abs(n) <= 10_000 {
            let due = calendar.adding(workingDays: n, to: from)
            calculator.result = L10n.fill("calendar.calc.result", l, L10n.date(from, l), String(n), L10n.date(due, l), Self.weekday(due, l))
            calculator.hasResult = true
        }
        func kinds(_ chosen: String) -> [CalendarView.Option] {
            CalendarDayKind.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("calendarKind." + $0.rawValue, l), selected: $0.rawValue == chosen)
            }
        }
        func festivals(_ chosen: String) -> [CalendarView.Option] {
            [CalendarView.Option(value: "", label: L10n.t("calendar.festival.none", l), selected: chosen.isEmpty)]
                + Festival.allCases.map { .init(value: $0.rawValue, label: L10n.t("festival." + $0.rawValue, l), selected: $0.rawValue == chosen) }
        }
        let view = CalendarView(
            year: year,
            years: years.sorted().map { .init(year: $0, url: "/calendar?year=\($0)", current: $0 == year) },
            rows: rows.map { r in
                let d = LocalDate(iso: r.day)!
                return .init(
                    day: r.day, date: L10n.date(d, l), weekday: Self.weekday(d, l), kind: L10n.t("calendarKind." + r.kind, l), kindCode: r.kind,
                    name: Self.name(r, l), source: L10n.t("calendar.source." + r.source, l), version: r.version, kinds: kinds(r.kind),
                    festivals: festivals(r.festival), note: r.note)
            },
            hasRows: !rows.isEmpty, workingDays: count, workingDaysText: L10n.fill("calendar.yearCount", l, String(year), String(count)),
            canEdit: Access.canEditCalendar(p), kinds: kinds(values["kind"]?.last ?? CalendarDayKind.holiday.rawValue),
            festivals: festivals(values["festival"]?.last ?? ""), newDay: values["day"]?.last ?? "", newNote: values["note"]?.last ?? "",
            errors: issues.map { L10n.issue($0, l) }, hasErrors: !issues.isEmpty, calculator: calculator)
        return renderer.page(
            "calendar/calendar", title: L10n.t("calendar.title", l) + " · \(year)", view: view, context: context, request: request, status: status,
            active: "calendar")
    }

    func set(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditCalendar(p), "calendar_edit")
        let f = try await request.formData()
        do {
            let saved = try await services.calendarDays.set(
                .init(
                    day: f.string("day"), kind: f.string("kind"), festival: f.string("festival"), note: f.string("note"),
                    baseVersion: f.int("version")),
                by: p)
            return Response(status: .seeOther, headers: [.location: "/calendar?year=\(saved.day.prefix(4))#d-\(saved.day)"])
        } catch AppError.validation(let issues) {
            return try await page(request, context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    func remove(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditCalendar(p), "calendar_edit")
        let day = try context.parameters.require("day")
        let f = try await request.formData()
        try await services.calendarDays.remove(day: day, baseVersion: f.int("version") ?? 0, by: p)
        return Response(status: .seeOther, headers: [.location: "/calendar?year=\(day.prefix(4))"])
    }

    /// 星期六 / Saturday.
    static func weekday(_ d: LocalDate, _ l: Language) -> String {
        L10n.t("calendar.weekday.\(WorkingDayCalendar.weekday(d))", l)
    }

    /// The festival's name in the reader's language, or the administrator's note, or both.
    static func name(_ r: CalendarDayRecord, _ l: Language) -> String {
        let festival = r.festival.isEmpty ? "" : L10n.t("festival." + r.festival, l)
        if r.note.isEmpty { return festival }
        return festival.isEmpty ? r.note : festival + (l == .zh ? "（" : " (") + r.note + (l == .zh ? "）" : ")")
    }
}
