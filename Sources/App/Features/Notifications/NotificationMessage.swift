import Crypto
import Foundation

/// The body of an outbound message in an endpoint's format. Messages are in Chinese: they go to the office's groups.
enum NotificationMessage {
    struct Generic: Encodable {
        struct Subject: Encodable {
            var type: String
            var id: Int
        }
        /// reminder_warn / reminder_overdue / digest
        var event: String
        var subject: Subject?
        var title: String
        var due: String?
        var url: String
        /// The same message as one line of text.
        var text: String
        var createdAt: String
    }

    static func heading(_ kind: String) -> String {
        switch kind {
        case "reminder_warn": "【临期预警】"
        case "reminder_overdue": "【逾期提醒】"
        default: "【每日提醒摘要】"
        }
    }

    static func subjectName(_ type: String?) -> String {
        switch type {
        case "item": "改革任务"
        case "matter": "督办事项"
        case "rectification": "整改事项"
        case "escalation": "上报事项"
        case "power_handover": "职权事项交接"
        case "power_expiry": "委托职权期满"
        default: ""
        }
    }

    /// The body written to the outbox for `event` and `endpoint` (JSON text).
    static func body(_ event: NotificationEvent, endpoint: WebhookEndpoint, createdAt: String) throws -> String {
        let url = endpoint.siteUrl + event.link
        let heading = heading(event.kind)
        let what = subjectName(event.subjectType)
        let limit =
            switch event.subjectType {
            case "escalation": "答复时限"
            case "power_handover": "交接期限"
            case "power_expiry": "委托期满"
            default: "完成时限"
            }
        let due = event.due.map { event.kind == "reminder_overdue" ? "\(limit) \($0)（已逾期）" : "\(limit) \($0)" }
        let line = [heading + what, event.text, due].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        var markdown = "**\(heading)\(what)**\n> \(markdownSafe(event.text))\n"
        if let due { markdown += "> \(due)\n" }
        markdown += endpoint.siteUrl.isEmpty ? "> \(url)" : "[查看详情](\(url))"
        let value: any Encodable
        switch endpoint.endpointFormat {
        case .generic:
            value = Generic(
                event: event.kind, subject: event.subjectType.flatMap { t in event.subjectId.map { Generic.Subject(type: t, id: $0) } },
                title: event.text, due: event.due, url: url, text: line, createdAt: createdAt)
        case .wecom:
            value = ["msgtype": AnyEncodable("markdown"), "markdown": AnyEncodable(["content": markdown])]
        case .dingtalk:
            value = ["msgtype": AnyEncodable("markdown"), "markdown": AnyEncodable(["title": heading + what, "text": markdown])]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Line breaks inside a title would break out of the quote block.
    static func markdownSafe(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ") }
}

struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

/// HMAC-SHA256 signatures of outbound messages (README: Reminders and webhooks).
///
/// Every request carries `X-Reform-Timestamp` (Unix seconds) and `X-Reform-Signature: sha256=<hex>`, the HMAC-SHA256
/// under the endpoint's secret of `<timestamp>.<body>`; a receiver recomputes it and refuses a timestamp far from its
/// own clock. DingTalk robots with 加签 also get their own signature in the URL (`timestamp` in ms and `sign`).
enum WebhookSignature {
    static let timestampHeader = "X-Reform-Timestamp"
    static let signatureHeader = "X-Reform-Signature"

    static func sign(body: String, timestamp: Int, secret: String) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp).\(body)".utf8), using: key)
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    /// DingTalk's 加签: base64(HMAC-SHA256(secret, "<ms>\n<secret>")), as query parameters of the robot's URL.
    static func dingTalkURL(_ url: String, milliseconds: Int64, secret: String) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(milliseconds)\n\(secret)".utf8), using: key)
        let sign = Data(mac).base64EncodedString()
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let escaped = sign.addingPercentEncoding(withAllowedCharacters: allowed) ?? sign
        return url + (url.contains("?") ? "&" : "?") + "timestamp=\(milliseconds)&sign=\(escaped)"
    }
}
