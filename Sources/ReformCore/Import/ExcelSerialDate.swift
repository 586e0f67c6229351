/// Day numbers as Excel stores dates in the 1900 date system, which is what a date cell becomes
/// when a spreadsheet is read as text ("44865" is 2022-10-31).
enum ExcelSerialDate {
    static let range = 1...2_958_465

    /// Excel believes 1900 was a leap year (a bug kept from Lotus 1-2-3): serial 60 is the
    /// non-existent 1900-02-29, and every serial from 61 on is one day ahead of a plain count.
    static let fictitiousLeapDay = 60

    enum Outcome: Equatable {
        case date(LocalDate)
        case fictitiousLeapDay
        case outOfRange
    }

    static func date(serial: Int) -> Outcome {
        guard range.contains(serial) else { return .outOfRange }
        if serial == fictitiousLeapDay { return .fictitiousLeapDay }
        let origin =
            serial < fictitiousLeapDay
            ? LocalDate(year: 1899, month: 12, day: 31)!
            : LocalDate(year: 1899, month: 12, day: 30)!
        return .date(origin.adding(days: serial))
    }
}
