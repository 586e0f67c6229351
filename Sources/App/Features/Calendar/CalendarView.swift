/// The calendar page: a year's special days, the forms that change them, and the year's working-day count.
struct CalendarView: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }
    struct Row: Sendable {
        var day: String
        var date: String
        var weekday: String
        var kind: String
        var kindCode: String
        var name: String
        var source: String
        var version: Int
        var kinds: [Option]
        var festivals: [Option]
        var note: String
    }
    struct YearLink: Sendable {
        var year: Int
        var url: String
        var current: Bool
    }
    var year: Int
    var years: [YearLink]
    var rows: [Row]
    var hasRows: Bool
    var workingDays: Int
    var workingDaysText: String
    var canEdit: Bool
    var kinds: [Option]
    var festivals: [Option]
    var newDay: String
    var newNote: String
    var errors: [String]
    var hasErrors: Bool
    var calculator: Calculator

    /// "N working days after a date", for checking a deadline by hand.
    struct Calculator: Sendable {
        var from: String
        var days: String
        var result: String
        var hasResult: Bool
    }
}
