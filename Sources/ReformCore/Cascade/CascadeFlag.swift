/// Receipts left unsigned or unplaced too long are flagged (未按时签收 / 未按时落实) on the sender's pages.
public enum CascadeFlag {
    /// Days a receiver has to sign for and place a task before it is flagged.
    public static let days = 7

    public static func isFlagged(_ state: CascadeState, sentOn: LocalDate, today: LocalDate, days: Int = days) -> Bool {
        (state == .sent || state == .signed) && sentOn.days(until: today) > days
    }
}
