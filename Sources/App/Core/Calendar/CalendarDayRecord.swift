/// A row of the working-day calendar.
package struct CalendarDayRecord: Codable, Sendable, Equatable {
    package var day: String
    package var kind: String
    package var festival: String
    package var note: String
    package var source: String
    package var version: Int
    package var updatedAt: String
    package var updatedBy: String
}
