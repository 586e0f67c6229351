/// The light of a matter or a rectification (督办灯 / 整改灯), against the deadline IN FORCE: unlike a plan item's,
/// whose light keeps the original deadline, a supervision deadline is the office's own order, and an extension is
/// the office's decision to change it; the delays stay visible through `Amendments.delayCount`.
///
/// As a SQL filter over a stored `warn_from` (= deadline − warnDays) and the open flag:
/// red ⇔ open ∧ deadline < today; yellow ⇔ open ∧ warn_from ≤ today ≤ deadline; green ⇔ open ∧ today < warn_from, or
/// finished; none ⇔ withdrawn.
public enum SupervisionLight {
    public enum Standing: Sendable, Equatable {
        case open
        /// 办结 / 销号.
        case finished
        /// 撤销: no light.
        case withdrawn
    }

    public static func light(_ standing: Standing, deadline: LocalDate, today: LocalDate, warnDays: Int) -> ScheduleLight {
        switch standing {
        case .withdrawn: return .none
        case .finished: return .green
        case .open:
            if today > deadline { return .red }
            return today >= Schedule.warnFrom(deadline: deadline, warnDays: warnDays) ? .yellow : .green
        }
    }

    public static func light(_ state: MatterState, deadline: LocalDate, today: LocalDate, warnDays: Int) -> ScheduleLight {
        light(state == .cancelled ? .withdrawn : state == .closed ? .finished : .open, deadline: deadline, today: today, warnDays: warnDays)
    }

    /// Finished after its deadline (逾期办结): counted against the unit in the ranking though the light is green.
    public static func finishedLate(deadline: LocalDate, finishedOn: LocalDate) -> Bool { finishedOn > deadline }
}
