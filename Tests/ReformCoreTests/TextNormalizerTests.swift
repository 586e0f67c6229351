import ReformCore
import Testing

struct TextNormalizerTests {
    @Test func fullWidthBecomesHalfWidthAndLowercase() {
        // given
        let text = "ＡＢＣ１２３（试点）"
        // when
        let normalized = TextNormalizer.normalizeForSearch(text)
        // then
        #expect(normalized == "abc123(试点)")
    }

    @Test func whitespaceRunsCollapseAndEndsAreTrimmed() {
        // given
        let text = "\u{3000} 营商环境\t\n 改革 \r\n 方案  "
        // when
        let normalized = TextNormalizer.normalizeForSearch(text)
        // then
        #expect(normalized == "营商环境 改革 方案")
    }

    @Test func chineseTextIsKept() {
        // given
        let text = "深化“放管服”改革、优化营商环境"
        // when
        let normalized = TextNormalizer.normalizeForSearch(text)
        // then
        #expect(normalized == text)
    }

    @Test func blankBecomesEmpty() {
        // when
        let normalized = TextNormalizer.normalizeForSearch(" \u{3000}\n")
        // then
        #expect(normalized.isEmpty)
    }

    @Test func normalizingTwiceChangesNothing() {
        // given
        let once = TextNormalizer.normalizeForSearch("ＰＤＦ  文件　Ｖ２")
        // when
        let twice = TextNormalizer.normalizeForSearch(once)
        // then
        #expect(once == "pdf 文件 v2")
        #expect(twice == once)
    }
}
