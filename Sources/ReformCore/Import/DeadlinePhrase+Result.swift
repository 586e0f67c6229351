extension DeadlinePhrase {
    /// What a deadline phrase means. The original words always travel with a date, because offices
    /// read "2022年10月底前" and "2022-10-31" differently (the first is a commitment, not a calendar day)
    /// and the ledger shows what the plan said next to the computed date.
    public enum Result: Sendable, Hashable {
        /// A deadline; `original` is the text it was read from.
        case date(LocalDate, original: String)
        /// Work with no end date (长期坚持, 持续推进, 常态化推进 …).
        case ongoing(original: String)
        /// Not a deadline; `reason` is a sentence for the import's problem report.
        case invalid(reason: String)

        public var date: LocalDate? {
            if case .date(let date, _) = self { date } else { nil }
        }

        public var original: String? {
            switch self {
            case .date(_, let original), .ongoing(let original): original
            case .invalid: nil
            }
        }

        public var isOngoing: Bool {
            if case .ongoing = self { true } else { false }
        }

        public var invalidReason: String? {
            if case .invalid(let reason) = self { reason } else { nil }
        }
    }
}
