extension ParsedDocument {
    /// Something the import should show the office before it commits: a gap in the numbering,
    /// a deadline that is not a date, a heading with no title.
    public struct Warning: Sendable, Equatable {
        /// 1-based line of the text the warning is about.
        public let line: Int
        public let message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }
}
