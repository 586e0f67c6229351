/// A column of a sheet being written: its header text and width.
public struct ColumnSpec: Sendable, Hashable {
    public var title: String
    /// Width in Excel's units (characters of the default font's digit "0"); a Chinese character is about two.
    public var width: Double
    /// Whether plain text in this column wraps (long cells such as 具体举措 or 进展).
    public var wrapsText: Bool

    public init(_ title: String, width: Double = 12, wrapsText: Bool = false) {
        self.title = title
        self.width = width
        self.wrapsText = wrapsText
    }

    public init(title: String, width: Double = 12, wrapsText: Bool = false) {
        self.init(title, width: width, wrapsText: wrapsText)
    }
}
