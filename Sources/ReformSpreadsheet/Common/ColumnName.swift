/// Converts between zero-based column indexes and spreadsheet column letters (0 → "A", 25 → "Z", 26 → "AA").
/// Indexes are zero-based everywhere in this module so they index arrays directly; letters are what people see.
public enum ColumnName {
    /// Excel's last column is XFD (16,384 columns); anything past it is not a spreadsheet column.
    public static let maximumColumnCount = 16_384

    /// The letters for a zero-based column index; a negative index gives "".
    public static func letters(forIndex index: Int) -> String {
        guard index >= 0 else { return "" }
        var value = index + 1
        var scalars: [UInt8] = []
        while value > 0 {
            let remainder = (value - 1) % 26
            scalars.append(UInt8(65 + remainder))
            value = (value - 1) / 26
        }
        return String(decoding: scalars.reversed(), as: UTF8.self)
    }

    /// The zero-based index of column letters ("A" → 0, "ab" → 27); nil for anything else or past XFD.
    public static func index(forLetters letters: some StringProtocol) -> Int? {
        index(forLetterBytes: letters.utf8)
    }

    static func index(forLetterBytes bytes: some Sequence<UInt8>) -> Int? {
        var value = 0
        var count = 0
        for byte in bytes {
            let upper = byte & 0xDF
            guard upper >= 65, upper <= 90 else { return nil }
            value = value * 26 + Int(upper - 64)
            count += 1
            // Three letters reach XFD; more would only overflow towards nonsense.
            guard count <= 3 else { return nil }
        }
        guard count > 0, value <= maximumColumnCount else { return nil }
        return value - 1
    }
}
