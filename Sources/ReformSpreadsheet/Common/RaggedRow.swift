/// A CSV record whose field count differs from the header's; reported rather than refused, because offices'
/// files often have a trailing separator or a short last column, and the importer decides what matters.
public struct RaggedRow: Sendable, Hashable {
    public var row: Int
    public var line: Int
    public var fieldCount: Int
    public var expectedFieldCount: Int

    public init(row: Int, line: Int, fieldCount: Int, expectedFieldCount: Int) {
        self.row = row
        self.line = line
        self.fieldCount = fieldCount
        self.expectedFieldCount = expectedFieldCount
    }
}
