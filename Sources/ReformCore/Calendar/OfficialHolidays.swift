/// The State Council's holiday arrangements (国务院办公厅关于部分节假日安排的通知), 2020 to 2026 as published: each
/// festival's days off (放假, weekends inside the span included) and the weekend days worked instead (调休上班).
/// Administrators add later years, and correct these, on /calendar; these are what a new database starts with.
public enum OfficialHolidays {
    struct Arrangement {
        var festival: Festival
        var from: String
        var to: String
        var workdays: [String]
    }

    /// By year; each year's notice number in the comment.
    static let arrangements: [Arrangement] = [
        // 2020: 国办发明电〔2019〕16号; the Spring Festival extended to 2 February by 国办发明电〔2020〕1号, which dropped
        // the make-up Saturday of 1 February.
        .init(festival: .newYear, from: "2020-01-01", to: "2020-01-01", workdays: []),
        .init(festival: .springFestival, from: "2020-01-24", to: "2020-02-02", workdays: ["2020-01-19"]),
        .init(festival: .qingming, from: "2020-04-04", to: "2020-04-06", workdays: []),
        .init(festival: .labourDay, from: "2020-05-01", to: "2020-05-05", workdays: ["2020-04-26", "2020-05-09"]),
        .init(festival: .dragonBoat, from: "2020-06-25", to: "2020-06-27", workdays: ["2020-06-28"]),
        .init(festival: .midAutumnNationalDay, from: "2020-10-01", to: "2020-10-08", workdays: ["2020-09-27", "2020-10-10"]),
        // 2021: 国办发明电〔2020〕27号.
        .init(festival: .newYear, from: "2021-01-01", to: "2021-01-03", workdays: []),
        .init(festival: .springFestival, from: "2021-02-11", to: "2021-02-17", workdays: ["2021-02-07", "2021-02-20"]),
        .init(festival: .qingming, from: "2021-04-03", to: "2021-04-05", workdays: []),
        .init(festival: .labourDay, from: "2021-05-01", to: "2021-05-05", workdays: ["2021-04-25", "2021-05-08"]),
        .init(festival: .dragonBoat, from: "2021-06-12", to: "2021-06-14", workdays: []),
        .init(festival: .midAutumn, from: "2021-09-19", to: "2021-09-21", workdays: ["2021-09-18"]),
        .init(festival: .nationalDay, from: "2021-10-01", to: "2021-10-07", workdays: ["2021-09-26", "2021-10-09"]),
        // 2022: 国办发明电〔2021〕11号.
        .init(festival: .newYear, from: "2022-01-01", to: "2022-01-03", workdays: []),
        .init(festival: .springFestival, from: "2022-01-31", to: "2022-02-06", workdays: ["2022-01-29", "2022-01-30"]),
        .init(festival: .qingming, from: "2022-04-03", to: "2022-04-05", workdays: ["2022-04-02"]),
        .init(festival: .labourDay, from: "2022-04-30", to: "2022-05-04", workdays: ["2022-04-24", "2022-05-07"]),
        .init(festival: .dragonBoat, from: "2022-06-03", to: "2022-06-05", workdays: []),
        .init(festival: .midAutumn, from: "2022-09-10", to: "2022-09-12", workdays: []),
        .init(festival: .nationalDay, from: "2022-10-01", to: "2022-10-07", workdays: ["2022-10-08", "2022-10-09"]),
        // 2023: 国办发明电〔2022〕16号 (New Year's Day from Saturday 31 December 2022).
        .init(festival: .newYear, from: "2022-12-31", to: "2023-01-02", workdays: []),
        .init(festival: .springFestival, from: "2023-01-21", to: "2023-01-27", workdays: ["2023-01-28", "2023-01-29"]),
        .init(festival: .qingming, from: "2023-04-05", to: "2023-04-05", workdays: []),
        .init(festival: .labourDay, from: "2023-04-29", to: "2023-05-03", workdays: ["2023-04-23", "2023-05-06"]),
        .init(festival: .dragonBoat, from: "2023-06-22", to: "2023-06-24", workdays: ["2023-06-25"]),
        .init(festival: .midAutumnNationalDay, from: "2023-09-29", to: "2023-10-06", workdays: ["2023-10-07", "2023-10-08"]),
        // 2024: 国办发明电〔2023〕7号.
        .init(festival: .newYear, from: "2024-01-01", to: "2024-01-01", workdays: []),
        .init(festival: .springFestival, from: "2024-02-10", to: "2024-02-17", workdays: ["2024-02-04", "2024-02-18"]),
        .init(festival: .qingming, from: "2024-04-04", to: "2024-04-06", workdays: ["2024-04-07"]),
        .init(festival: .labourDay, from: "2024-05-01", to: "2024-05-05", workdays: ["2024-04-28", "2024-05-11"]),
        .init(festival: .dragonBoat, from: "2024-06-10", to: "2024-06-10", workdays: []),
        .init(festival: .midAutumn, from: "2024-09-15", to: "2024-09-17", workdays: ["2024-09-14"]),
        .init(festival: .nationalDay, from: "2024-10-01", to: "2024-10-07", workdays: ["2024-09-29", "2024-10-12"]),
        // 2025: 国办发明电〔2024〕12号 (the Spring Festival and Labour Day one day longer from 2025).
        .init(festival: .newYear, from: "2025-01-01", to: "2025-01-01", workdays: []),
        .init(festival: .springFestival, from: "2025-01-28", to: "2025-02-04", workdays: ["2025-01-26", "2025-02-08"]),
        .init(festival: .qingming, from: "2025-04-04", to: "2025-04-06", workdays: []),
        .init(festival: .labourDay, from: "2025-05-01", to: "2025-05-05", workdays: ["2025-04-27"]),
        .init(festival: .dragonBoat, from: "2025-05-31", to: "2025-06-02", workdays: []),
        .init(festival: .midAutumnNationalDay, from: "2025-10-01", to: "2025-10-08", workdays: ["2025-09-28", "2025-10-11"]),
        // 2026: 国办发明电〔2025〕7号.
        .init(festival: .newYear, from: "2026-01-01", to: "2026-01-03", workdays: ["2026-01-04"]),
        .init(festival: .springFestival, from: "2026-02-15", to: "2026-02-23", workdays: ["2026-02-14", "2026-02-28"]),
        .init(festival: .qingming, from: "2026-04-04", to: "2026-04-06", workdays: []),
        .init(festival: .labourDay, from: "2026-05-01", to: "2026-05-05", workdays: ["2026-05-09"]),
        .init(festival: .dragonBoat, from: "2026-06-19", to: "2026-06-21", workdays: []),
        .init(festival: .midAutumn, from: "2026-09-25", to: "2026-09-27", workdays: []),
        .init(festival: .nationalDay, from: "2026-10-01", to: "2026-10-07", workdays: ["2026-09-20", "2026-10-10"])
    ]

    /// The years shipped.
    public static let years = 2020...2026

    /// Every day off and every make-up working day of the shipped years, in date order.
    public static let days: [CalendarDay] = arrangements.flatMap { a -> [CalendarDay] in
        let from = LocalDate(iso: a.from)!, to = LocalDate(iso: a.to)!
        let off = (0...from.days(until: to)).map { CalendarDay(date: from.adding(days: $0), kind: .holiday, festival: a.festival.rawValue) }
        return off + a.workdays.map { CalendarDay(date: LocalDate(iso: $0)!, kind: .workday, festival: a.festival.rawValue) }
    }.sorted { $0.date < $1.date }
}
