import Foundation
import ReformCore

/// A notice as the office writes it before 签发: what it is, what it is made from, its text and its recipients.
package struct NoticeDraft: Sendable, Equatable {
    package var kind: String
    package var source: String
    package var title: String
    package var body: String
    package var issuer: String
    package var signature: String
    package var recipientIds: [Int]

    package init(kind: String, source: String, title: String, body: String, issuer: String, signature: String, recipientIds: [Int]) {
        self.kind = kind
        self.source = source
        self.title = title
        self.body = body
        self.issuer = issuer
        self.signature = signature
        self.recipientIds = recipientIds
    }

    static let titleMax = 200
    static let bodyMax = 20_000
    static let issuerMax = 60
    static let signatureMax = 200

    var parsedKind: NoticeKind? { NoticeKind(rawValue: Self.trim(kind)) }
    var parsedSource: NoticeSource? { NoticeSource(parsing: Self.trim(source)) }

    /// Each problem on its field: required text, lengths, the kind and source, at least one recipient, none twice.
    func validate() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if Self.trim(kind).isEmpty {
            issues.append(ValidationIssue(field: "kind", code: .required))
        } else if parsedKind == nil {
            issues.append(ValidationIssue(field: "kind", code: .invalidChoice))
        }
        if Self.trim(source).isEmpty {
            issues.append(ValidationIssue(field: "source", code: .required))
        } else if parsedSource == nil {
            issues.append(ValidationIssue(field: "source", code: .invalidChoice))
        }
        for (field, value, max) in [
            ("title", title, Self.titleMax), ("body", body, Self.bodyMax), ("issuer", issuer, Self.issuerMax),
            ("signature", signature, Self.signatureMax)
        ] {
            let text = Self.trim(value)
            if text.isEmpty {
                issues.append(ValidationIssue(field: field, code: .required))
            } else if text.unicodeScalars.count > max {
                issues.append(ValidationIssue(field: field, code: .tooLong, limit: max))
            }
        }
        if recipientIds.isEmpty {
            issues.append(ValidationIssue(field: "recipientIds", code: .required))
        } else if Set(recipientIds).count != recipientIds.count {
            issues.append(ValidationIssue(field: "recipientIds", code: .duplicate))
        }
        return issues
    }

    static func trim(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
}
