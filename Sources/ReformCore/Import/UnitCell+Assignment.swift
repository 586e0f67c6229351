extension UnitCell {
    /// Who does an item, as stated in a paragraph of plan text.
    public struct Assignment: Sendable, Equatable {
        /// The unit in charge (牵头单位); nil when the text only names helpers ("各地、各部门配合").
        public var lead: Mention?
        /// Participating units (参与/配合/责任单位), in the order written, without the lead.
        public var participants: [Mention]
        /// The responsible official (分管省领导、牵头市领导 …) as written, several joined by 、.
        public var leaderName: String?
        /// Every piece of the paragraph the assignment was read from, in order. Remove these (see
        /// `removing(from:)`) rather than `range`, since other text may sit between two pieces.
        public var ranges: [Range<String.Index>]

        /// From the start of the first piece to the end of the last.
        public var range: Range<String.Index> {
            ranges.first!.lowerBound..<ranges.last!.upperBound
        }

        public var participantNames: [String] { participants.map(\.name) }

        public init(lead: Mention?, participants: [Mention], leaderName: String?, ranges: [Range<String.Index>]) {
            precondition(!ranges.isEmpty, "an assignment is always read from some text")
            self.lead = lead
            self.participants = participants
            self.leaderName = leaderName
            self.ranges = ranges
        }

        /// The paragraph without the assignment's pieces, with the punctuation they leave behind
        /// tidied ("…落地见效。（牵头单位：…）" → "…落地见效。"). `paragraph` must be the text the
        /// assignment was extracted from.
        public func removing(from paragraph: String) -> String {
            var text = paragraph
            for range in disjointRanges.reversed() { text.removeSubrange(range) }
            return UnitCell.tidyAfterRemoval(text)
        }

        /// `ranges` with overlapping pieces joined (a loose label's value may run into a bracket already read), so
        /// that removing them one after another never cuts the same text twice.
        public var disjointRanges: [Range<String.Index>] {
            var result: [Range<String.Index>] = []
            for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if let last = result.last, range.lowerBound <= last.upperBound {
                    result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
                } else {
                    result.append(range)
                }
            }
            return result
        }
    }
}
