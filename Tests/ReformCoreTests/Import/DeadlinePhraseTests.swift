import ReformCore
import Testing

struct DeadlinePhraseTests {
    @Test(arguments: [
        ("2022年底前", "2022-12-31"), ("2022年年底前", "2022-12-31"), ("2022年底", "2022-12-31"),
        ("2022年末", "2022-12-31"), ("2022年内", "2022-12-31"), ("2022年", "2022-12-31"), ("2022年度", "2022-12-31"),
        ("2022年10月底前", "2022-10-31"), ("2022年10月底", "2022-10-31"), ("2022年10月", "2022-10-31"),
        ("2022年2月", "2022-02-28"), ("2024年2月底前", "2024-02-29"), ("2022年9月份", "2022-09-30"),
        ("2022年6月30日", "2022-06-30"), ("2022年6月30日前", "2022-06-30"), ("2022年6月30日(前)", "2022-06-30"),
        ("2022年6月30号", "2022-06-30"), ("2022年10月31日", "2022-10-31"),
        ("2022年上半年", "2022-06-30"), ("2022年下半年", "2022-12-31"),
        ("2022年第三季度", "2022-09-30"), ("2022年一季度", "2022-03-31"), ("2022年第4季度末", "2022-12-31"),
        ("2022.10.31", "2022-10-31"), ("2022/10/31", "2022-10-31"), ("2022-10-31", "2022-10-31"),
        ("２０２２．１０．３１", "2022-10-31"), ("２０２２年１０月底前", "2022-10-31"), ("2022．6", "2022-06-30"),
        ("2022 年 10 月 31 日", "2022-10-31"), ("二〇二二年十月底前", "2022-10-31"), ("2022年十二月", "2022-12-31"),
        ("2023年3月底前完成", "2023-03-31"), ("2022年6月—2022年12月", "2022-12-31"), ("2022年6-12月", "2022-12-31"),
        ("2022年6月至12月", "2022-12-31"), ("2022年6月~2023年3月", "2023-03-31"), ("2022—2023年", "2023-12-31"),
        ("2022.6-2022.12", "2022-12-31"), ("2022年10月1日-15日", "2022-10-15"),
        ("2022年6月底前出台方案，年底前落地见效", "2022-12-31"), ("2022年10月上旬", "2022-10-10"),
        ("2022年10月中旬", "2022-10-20"), ("2022年10月下旬", "2022-10-31"), ("2022-10-31 00:00:00", "2022-10-31"),
        ("44865", "2022-10-31"), ("44865.0", "2022-10-31"), ("44865.75", "2022-10-31"), ("４４８６５", "2022-10-31"),
        ("1", "1900-01-01"), ("59", "1900-02-28"), ("61", "1900-03-01"), ("2958465", "9999-12-31"),
        ("20221031", "2022-10-31"), ("2022", "2022-12-31"), ("  2022年底前  ", "2022-12-31")
    ])
    func readsDeadlinesWithTheirOwnYear(text: String, iso: String) throws {
        // when
        let result = DeadlinePhrase.parse(text, planYear: nil)
        // then
        let date = try #require(result.date, "\(text): \(result)")
        #expect(date.iso == iso, "\(text)")
    }

    @Test(arguments: [
        ("年底前", "2022-12-31"), ("年内", "2022-12-31"), ("年底", "2022-12-31"), ("年内完成", "2022-12-31"),
        ("上半年", "2022-06-30"), ("下半年", "2022-12-31"), ("第一季度", "2022-03-31"), ("第二季度", "2022-06-30"),
        ("第三季度", "2022-09-30"), ("第四季度", "2022-12-31"), ("一季度", "2022-03-31"), ("三季度末", "2022-09-30"),
        ("10月底前", "2022-10-31"), ("6月30日前", "2022-06-30"), ("十月底", "2022-10-31"),
        ("明年底前", "2023-12-31"), ("明年", "2023-12-31"), ("今年上半年", "2022-06-30"), ("本年度内", "2022-12-31"),
        ("每年年底前", "2022-12-31"), ("6月底前出台方案，年底前落地见效", "2022-12-31")
    ])
    func usesThePlanYearWhenTheCellHasNone(text: String, iso: String) throws {
        // when
        let result = DeadlinePhrase.parse(text, planYear: 2022)
        // then
        let date = try #require(result.date, "\(text): \(result)")
        #expect(date.iso == iso, "\(text)")
    }

    @Test func keepsTheWholeCellAsTheOriginalWords() {
        // when
        let result = DeadlinePhrase.parse(" 2023年3月底前完成 ", planYear: nil)
        // then
        #expect(result == .date(LocalDate(year: 2023, month: 3, day: 31)!, original: "2023年3月底前完成"))
    }

    @Test(arguments: ["长期坚持", "持续推进", "长期", "持续开展", "常态化推进", "每季度", "长期坚持，持续推进"])
    func readsOngoingWorkAsNoDeadline(text: String) {
        // when
        let result = DeadlinePhrase.parse(text, planYear: 2022)
        // then
        #expect(result == .ongoing(original: text))
    }

    @Test func aDateBeatsOngoingWordsInTheSameCell() {
        // when
        let result = DeadlinePhrase.parse("长期坚持，2022年底前取得阶段性成效", planYear: nil)
        // then
        #expect(result.date?.iso == "2022-12-31")
    }

    @Test(arguments: [
        ("2022年13月", "月份"), ("2022年0月", "月份"), ("2022年2月30日", "30"), ("2022.13.01", "月份"),
        ("2022年第五季度", "季度"), ("明年", "相对时间"), ("年底前", "计划年度"), ("10月底前", "计划年度"),
        ("", "为空"), ("   ", "为空"), ("尽快", "没有可识别"), ("视情况而定", "没有可识别"),
        ("60", "1900年2月29日"), ("0", "2958465"), ("2958466", "2958465"), ("123456789", "2958465"),
        ("20221341", "有效的日期"), ("3000年底", "年份"),
        ("2022年6月底前出台方案，2022年13月落地", "月份")
    ])
    func rejectsNonsenseWithAReason(text: String, reasonContains: String) throws {
        // when
        let result = DeadlinePhrase.parse(text, planYear: nil)
        // then
        let reason = try #require(result.invalidReason, "\(text): \(result)")
        #expect(reason.contains(reasonContains), "\(text): \(reason)")
    }

    @Test func relativeYearNeedsAPlanYearButWorksWithOne() {
        // when
        let without = DeadlinePhrase.parse("明年底前", planYear: nil)
        let with = DeadlinePhrase.parse("明年底前", planYear: 2024)
        // then
        #expect(without.invalidReason?.contains("明年") == true)
        #expect(with.date?.iso == "2025-12-31")
    }

    @Test func durationsAreNotYearEnds() {
        // when
        let results = ["两年内", "3年内", "半年内", "6个月内"].map { DeadlinePhrase.parse($0, planYear: 2022) }
        // then
        #expect(results.allSatisfy { $0.date == nil }, "\(results)")
    }

    @Test func findsEveryDeadlineInASentenceWithItsWords() {
        // given
        let sentence = "2022年10月底前，完成营业执照“一网通办”改造；年底前，实现全市域覆盖。"
        // when
        let found = DeadlinePhrase.findAll(in: sentence, planYear: nil)
        // then
        #expect(found.map { String(sentence[$0.range]) } == ["2022年10月底前", "年底前"])
        #expect(found.map(\.result.date?.iso) == ["2022-10-31", "2022-12-31"])
        #expect(found.map(\.result.original) == ["2022年10月底前", "年底前"])
    }

    @Test func findAllIgnoresHistoryAndFiguresInASentence() {
        // given
        let sentence = "2021年6月，市政府印发实施方案，截至2021年底已投入1.5亿元，近3年内累计完成20个项目。"
        // when
        let found = DeadlinePhrase.findAll(in: sentence, planYear: 2022)
        // then
        #expect(found.isEmpty, "\(found.map { sentence[$0.range] })")
    }

    @Test func findAllAcceptsTargetsRangesAndCompletionVerbs() {
        // given
        let sentence = "到2025年，基本建成；2022年6月至12月开展专项行动，2022年9月出台细则，三季度末上线。"
        // when
        let found = DeadlinePhrase.findAll(in: sentence, planYear: 2022)
        // then
        #expect(found.map { String(sentence[$0.range]) } == ["2025年", "2022年6月至12月", "2022年9月", "三季度末"])
        #expect(found.map(\.result.date?.iso) == ["2025-12-31", "2022-12-31", "2022-09-30", "2022-09-30"])
    }

    @Test func findAllReportsAnOngoingClauseButNotTheVerb() {
        // given
        let sentence = "持续推进新时代文明实践改革，长期坚持。"
        // when
        let found = DeadlinePhrase.findAll(in: sentence, planYear: 2022)
        // then
        #expect(found.count == 1)
        #expect(found.first.map { String(sentence[$0.range]) } == "长期坚持")
        #expect(found.first?.result.isOngoing == true)
    }

    @Test func findAllReportsAWrongDateAsInvalid() {
        // when
        let found = DeadlinePhrase.findAll(in: "2022年13月底前完成改造。", planYear: nil)
        // then
        #expect(found.count == 1)
        #expect(found.first?.result.invalidReason?.contains("13") == true)
    }

    @Test func findAllTakesTheMissingYearFromTheSentence() {
        // when
        let found = DeadlinePhrase.findAll(in: "2023年3月底前出台方案，年底前全面推开。", planYear: 2022)
        // then
        #expect(found.last?.result.date?.iso == "2023-12-31")
    }

    @Test func findAllOnFullWidthTextGivesRangesOfTheOriginal() {
        // given
        let sentence = "力争２０２２年１０月底前完成"
        // when
        let found = DeadlinePhrase.findAll(in: sentence, planYear: nil)
        // then
        #expect(found.map { String(sentence[$0.range]) } == ["２０２２年１０月底前"])
        #expect(found.first?.result.date?.iso == "2022-10-31")
    }
}
