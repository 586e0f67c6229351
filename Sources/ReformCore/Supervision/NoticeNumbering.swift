/// Checks over the numbers a sequence has issued. The guarantee itself (each issue takes the next number, none
/// reused or skipped, also when many are issued at once) is the database's: the counter row is advanced with
/// UPDATE … RETURNING in the transaction that stores the notice (see docs/supervision-design.md). These say
/// whether a year's numbers kept it, for the tests and for an administrator's check.
public enum NoticeNumbering {
    /// The sequence a notice draws from: one per configured pattern and calendar year of the issue date (China time).
    public struct SequenceKey: Hashable, Sendable {
        public let sequenceId: Int
        public let year: Int
        public init(sequenceId: Int, year: Int) {
            self.sequenceId = sequenceId
            self.year = year
        }
    }

    /// The numbers missing from 1 up to the highest issued.
    public static func gaps(in numbers: [Int]) -> [Int] {
        guard let top = numbers.max(), top >= 1 else { return [] }
        let issued = Set(numbers)
        return (1...top).filter { !issued.contains($0) }
    }

    /// The numbers issued more than once, in order.
    public static func duplicates(in numbers: [Int]) -> [Int] {
        var seen = Set<Int>(), repeated = Set<Int>()
        for n in numbers where !seen.insert(n).inserted { repeated.insert(n) }
        return repeated.sorted()
    }

    /// Exactly 1…n, each once.
    public static func isConsecutive(_ numbers: [Int]) -> Bool { gaps(in: numbers).isEmpty && duplicates(in: numbers).isEmpty }
}
