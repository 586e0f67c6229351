import Testing

@testable import App

/// The texts the database joins for the registers' counts, split byte by byte: the same parts as a split by character,
/// with Chinese free text (an area) inside a field, empty fields kept and a last field that may hold the separator.
struct JoinedTextTests {
    @Test func aJoinedTextSplitsIntoItsRecordsAndFieldsLikeACharacterSplit() {
        // given: three cells of batch, status, count and area, the last area holding the field separator itself
        let text = "12\u{1F}landed\u{1F}3\u{1F}营商环境\u{1E}7\u{1F}progressing\u{1F}10\u{1F}\u{1E}8\u{1F}landed\u{1F}1\u{1F}要素\u{1F}市场"
        // when
        let records = JoinedText.records(text, separator: "\u{1E}")
        let fields = records.map { JoinedText.split($0, on: "\u{1F}", maxSplits: 3) }
        // then
        #expect(records.count == 3)
        #expect(fields[0] == ["12", "landed", "3", "营商环境"])
        #expect(fields[1] == ["7", "progressing", "10", ""])
        #expect(fields[2] == ["8", "landed", "1", "要素\u{1F}市场"])
        #expect(records == text.split(separator: "\u{1E}"))
        // and an empty or missing text has no records; empty months stay as empty fields
        #expect(JoinedText.records(nil, separator: ";").isEmpty && JoinedText.records("", separator: ";").isEmpty)
        #expect(JoinedText.split("landed,2021-03,", on: ",") == ["landed", "2021-03", ""])
    }
}
