import ReformCore
import Testing

struct SupervisionLightTests {
    private let deadline = LocalDate(year: 2026, month: 12, day: 31)!

    private func light(_ state: MatterState, on day: Int, month: Int = 12, warnDays: Int = 3) -> ScheduleLight {
        SupervisionLight.light(state, deadline: deadline, today: LocalDate(year: 2026, month: month, day: day)!, warnDays: warnDays)
    }

    @Test func yellowWithinNDaysRedOnceOverdue() {
        // then
        #expect(light(.handling, on: 27) == .green)
        #expect(light(.handling, on: 28) == .yellow)
        #expect(light(.handling, on: 31) == .yellow)
        #expect(light(.handling, on: 1, month: 12, warnDays: 30) == .yellow)
        #expect(SupervisionLight.light(.handling, deadline: deadline, today: LocalDate(year: 2027, month: 1, day: 1)!, warnDays: 3) == .red)
    }

    @Test func finishedIsGreenWithdrawnHasNone() {
        // given
        let late = LocalDate(year: 2027, month: 2, day: 1)!
        // then
        #expect(SupervisionLight.light(.closed, deadline: deadline, today: late, warnDays: 3) == .green)
        #expect(SupervisionLight.light(.cancelled, deadline: deadline, today: late, warnDays: 3) == ScheduleLight.none)
        #expect(SupervisionLight.light(.fedBack, deadline: deadline, today: late, warnDays: 3) == .red)
        #expect(SupervisionLight.finishedLate(deadline: deadline, finishedOn: late))
        #expect(!SupervisionLight.finishedLate(deadline: deadline, finishedOn: deadline))
    }
}
