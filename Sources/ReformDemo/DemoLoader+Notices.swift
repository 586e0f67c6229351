import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// Seed 002's "对督办督查中发现的先进典型，及时通报表扬": 龙华区 numbers its supervision notices and reminders in one
    /// sequence (龙华改办督〔year〕N号) and its bulletins in another (龙华改办通报〔year〕第N期); 深圳市's office issues a
    /// 催办单 on the overdue demo matter — one recipient has signed for it, the demo liaison's unit has not — and a 通报表扬
    /// from the inspection's good practice, which records a commendation for the unit.
    func loadNotices() async throws {
        let sql = services.database.sql
        let today = services.clock.today
        struct JurisdictionRow: Decodable {
            var id: Int
            var path: String
        }
        guard let office = try await UserQueries.byUsername("office", on: sql)?.principal,
            let longhua = try await sql.first(JurisdictionRow.self, "SELECT id, path FROM jurisdictions WHERE name = '龙华区' ORDER BY id LIMIT 1")
        else { return }
        let notices = services.notices
        let at = { (day: LocalDate) in day.iso + "T02:30:00.000Z" }
        _ = try await notices.createSequence(
            jurisdictionId: longhua.id, name: "督办通知与催办单", prefix: "龙华改办督", suffix: "number",
            kinds: [NoticeKind.supervisionNotice.rawValue, NoticeKind.reminder.rawValue], by: office, isDemo: true, at: at(today.adding(days: -60)))
        _ = try await notices.createSequence(
            jurisdictionId: longhua.id, name: "督查通报", prefix: "龙华改办通报", suffix: "issue",
            kinds: [NoticeKind.commendation.rawValue, NoticeKind.criticism.rawValue], by: office, isDemo: true, at: at(today.adding(days: -60)))
        let issuer = "中共深圳市龙华区委全面深化改革委员会办公室"

        // The 催办单: the matter whose notice went out and whose deadline has passed, to its units.
        struct MatterRow: Decodable {
            var id: Int
            var subject: String
            var deadline: String
            var requiredResult: String
        }
        struct UnitRow: Decodable {
            var unitId: Int
        }
        let liaisonUnit = try await UserQueries.byUsername("liaison", on: sql)?.principal?.unitId ?? 0
        // A matter the demo liaison's unit is on (so the notice reaches its inbox), the overdue one if it is.
        if let matter = try await sql.first(
            MatterRow.self,
            """
            SELECT id, subject, deadline, required_result FROM matters m WHERE is_demo = \(bind: true) AND jurisdiction_path LIKE \(bind: longhua.path + "%")
              AND state NOT IN ('registered', 'closed', 'cancelled')
            ORDER BY CASE WHEN EXISTS (SELECT 1 FROM matter_units mu WHERE mu.matter_id = m.id AND mu.unit_id = \(bind: liaisonUnit)) THEN 0 ELSE 1 END,
              deadline LIMIT 1
            """)
        {
            var units = try await sql.all(
                UnitRow.self,
                "SELECT unit_id FROM matter_units WHERE matter_id = \(bind: matter.id) ORDER BY CASE role WHEN 'lead' THEN 0 ELSE 1 END, unit_id"
            ).map(\.unitId)
            if units.count < 2,
                let other = try await sql.first(
                    UnitRow.self,
                    "SELECT id AS unit_id FROM units WHERE jurisdiction_id = \(bind: longhua.id) AND id NOT IN (\(binds: units + [0])) ORDER BY id LIMIT 1"
                )
            {
                units.append(other.unitId)
            }
            if !units.contains(liaisonUnit), liaisonUnit != 0 { units.append(liaisonUnit) }
            let due = LocalDate(iso: matter.deadline)
            let deadline = due.map { $0.chinese } ?? matter.deadline
            let late = due.map { $0 < today } ?? false
            let draft = try await notices.createDraft(
                NoticeDraft(
                    kind: NoticeKind.reminder.rawValue, source: "matter:\(matter.id)", title: "关于“\(matter.subject)”的催办单",
                    body: """
                        请你单位高度重视“\(matter.subject)”的办理工作。该事项办理时限为\(deadline)，\(late ? "目前已逾期，尚未反馈办理情况" : "目前进度滞后，临近办理时限")。
                        请于收到本催办单后5个工作日内书面反馈进展情况，说明存在的困难及下一步措施。
                        办理要求：\(matter.requiredResult)
                        """,
                    issuer: issuer, signature: issuer, recipientIds: units),
                by: office, isDemo: true, at: at(today.adding(days: -4)))
            _ = try await notices.issue(draft.id, baseVersion: draft.version, by: office, at: at(today.adding(days: -3)))
            // One unit has signed: one that is not the demo liaison's, so the liaison finds the notice in the inbox.
            if let signer = units.first(where: { $0 != liaisonUnit }) {
                let unit = try await UnitQueries.require(signer, on: sql)
                let j = try await JurisdictionQueries.require(unit.jurisdictionId, on: sql)
                let liaison = Principal(
                    userId: 0, username: "demo", displayName: "联络员（演示）", role: .liaison, jurisdictionId: j.id, jurisdictionPath: j.path,
                    unitId: signer)
                _ = try await notices.sign(draft.id, by: liaison, at: at(today.adding(days: -2)))
            }
        }

        // The 通报表扬 from the good practice the inspection found, with its commendation record.
        struct FindingRow: Decodable {
            var id: Int
            var unitId: Int
            var description: String
            var unitName: String
        }
        if let finding = try await sql.first(
            FindingRow.self,
            """
            SELECT f.id, f.unit_id, f.description, u.name AS unit_name FROM findings f JOIN units u ON u.id = f.unit_id
            WHERE f.is_demo = \(bind: true) AND f.nature = 'good_practice' ORDER BY f.id LIMIT 1
            """)
        {
            let draft = try await notices.createDraft(
                NoticeDraft(
                    kind: NoticeKind.commendation.rawValue, source: "finding:\(finding.id)", title: "关于对\(finding.unitName)予以通报表扬的通报",
                    body: """
                        在龙华区2020年全面深化改革任务全面督查中，\(finding.unitName)改革举措扎实有效：\(finding.description)
                        经研究，决定对\(finding.unitName)予以通报表扬。希望受表扬单位再接再厉，发挥示范带动作用；各单位要学习借鉴，推动改革任务落地见效。
                        """,
                    issuer: issuer, signature: issuer, recipientIds: [finding.unitId]),
                by: office, isDemo: true, at: at(today.adding(days: -8)))
            _ = try await notices.issue(draft.id, baseVersion: draft.version, recordCommendations: true, by: office, at: at(today.adding(days: -7)))
        }
    }
}
