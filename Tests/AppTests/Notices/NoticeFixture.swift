import Foundation
import ReformCore

@testable import App

/// MatterFixture's world (深圳市 → 龙华区 with 发改局, 司法局, 住建局; 广州市) with 龙华区's numbering: 督办通知 and 催办单
/// as 龙华改办督〔year〕N号, 通报 as 龙华改办通报〔year〕第N期, configured by 深圳市's office.
struct NoticeFixture {
    let m: MatterFixture
    var services: AppServices { m.services }
    var office: Principal { m.office }

    static func make(_ services: AppServices, sequences: Bool = true) async throws -> NoticeFixture {
        let m = try await MatterFixture.make(services)
        let w = NoticeFixture(m: m)
        if sequences {
            _ = try await services.notices.createSequence(
                jurisdictionId: m.longhua.id, name: "督办文书", prefix: "龙华改办督", suffix: "number", kinds: ["supervision_notice", "reminder"],
                by: m.office)
            _ = try await services.notices.createSequence(
                jurisdictionId: m.longhua.id, name: "督查通报", prefix: "龙华改办通报", suffix: "issue", kinds: ["commendation", "criticism"],
                by: m.office)
        }
        return w
    }

    /// A draft 催办单 on a new matter of 发改局's (with 司法局 as co-unit), addressed to `recipients` (both by default).
    func draft(_ kind: NoticeKind = .reminder, recipients: [Int]? = nil, title: String = "关于推进企业开办的催办单") async throws -> NoticeRecord {
        let matter = try await m.raise()
        return try await services.notices.createDraft(
            NoticeDraft(
                kind: kind.rawValue, source: "matter:\(matter.id)", title: title, body: "请抓紧推进。\n办理要求：按期完成。",
                issuer: "中共深圳市龙华区委全面深化改革委员会办公室", signature: "龙华区委改革办", recipientIds: recipients ?? [m.bureau.id, m.justice.id]),
            by: office)
    }

    func issued(_ kind: NoticeKind = .reminder, recipients: [Int]? = nil) async throws -> NoticeRecord {
        let d = try await draft(kind, recipients: recipients)
        return try await services.notices.issue(d.id, baseVersion: d.version, by: office)
    }
}
