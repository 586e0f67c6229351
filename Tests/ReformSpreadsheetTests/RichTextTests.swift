import Testing

@testable import ReformSpreadsheet

@Suite("Rich text and whitespace in string items")
struct RichTextTests {
    private func text(of item: String) throws -> String {
        var tokenizer = XMLStreamTokenizer()
        var handler = SharedStringsHandler()
        try tokenizer.feed(bytes: Array("<sst>\(item)</sst>".utf8), into: &handler)
        try tokenizer.finish(&handler)
        return try #require(handler.strings.first)
    }

    @Test("edge whitespace goes without xml:space=\"preserve\" and stays with it")
    func preserve() throws {
        #expect(try text(of: "<si><t>  甲  </t></si>") == "甲")
        #expect(try text(of: "<si><t xml:space=\"preserve\">  甲  </t></si>") == "  甲  ")
        #expect(try text(of: "<si><t>甲\n乙</t></si>") == "甲\n乙")
    }

    @Test("runs join, a whitespace-only run is kept, phonetic runs are left out")
    func runs() throws {
        #expect(try text(of: "<si><r><t>hello</t></r><r><rPr><b/></rPr><t> </t></r><r><t>world</t></r></si>") == "hello world")
        #expect(try text(of: "<si><r><t>深化</t></r><r><t>改革</t></r><rPh sb=\"0\" eb=\"2\"><t>しんか</t></rPh></si>") == "深化改革")
    }

    @Test("Excel's _xHHHH_ escapes are undone and CRLF becomes one line break")
    func escapes() throws {
        #expect(try text(of: "<si><t>第一行_x000D_\n第二行</t></si>") == "第一行\n第二行")
        #expect(try text(of: "<si><t>a_x005F_x0041_b</t></si>") == "a_x0041_b")
        #expect(try text(of: "<si><t>tab_x0009_end</t></si>") == "tab\tend")
    }
}
