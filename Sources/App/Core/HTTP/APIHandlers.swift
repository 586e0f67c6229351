import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// A feature's /api/v1 handlers: each feature has its own type conforming to this (e.g. `ItemsAPI`), registered by its
/// `Feature`; the helpers every handler uses to read ids, bodies and versions live here once.
protocol APIHandlers: Sendable {
    var services: AppServices { get }
}

extension APIHandlers {
    var sql: any SQLDatabase { services.database.sql }

    func id(_ context: AppRequestContext) throws -> Int {
        let raw = context.parameters.get("id") ?? ""
        guard let value = APIInput.wholeNumber(raw), value > 0 else {
            throw AppError.badRequest(parameter: "id", message: "expected a positive whole number, got \(raw.prefix(40))")
        }
        return value
    }

    func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: AppRequestContext) async throws -> T {
        try APIInput.requireJSON(request)
        let value: T
        do {
            value = try await request.decode(as: T.self, context: context)
        } catch let error as HTTPError where error.status == .badRequest {
            // Hummingbird reports unreadable JSON as a plain 400; name the body like every other 400.
            throw AppError.badRequest(parameter: "body", message: error.body ?? "not valid JSON")
        }
        try APIInput.rejectControlCharacters(in: value)
        return value
    }

    @discardableResult
    func clean(_ s: String, _ field: String) throws -> String { try APIInput.clean(s, field) }

    func optionalInt(_ raw: String?, _ name: String, min: Int = 1, max: Int = Int.max) throws -> Int? {
        guard let raw else { return nil }
        guard let n = APIInput.wholeNumber(raw), n >= min, n <= max else {
            throw AppError.badRequest(parameter: name, message: "expected a whole number ≥ \(min), got \(raw.prefix(40))")
        }
        return n
    }

    /// The version from `If-Match` (`3`, `"3"` or `W/"3"`); nil without the header, 400 when it is not a version.
    func ifMatch(_ request: Request) throws -> Int? {
        guard let raw = request.headers[.ifMatch] else { return nil }
        var tag = Substring(raw.trimmingCharacters(in: .whitespaces))
        if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
        if tag.count >= 2, tag.hasPrefix("\""), tag.hasSuffix("\"") { tag = tag.dropFirst().dropLast() }
        guard !tag.isEmpty, tag.count <= 18, tag.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(tag) else {
            throw AppError.badRequest(parameter: "If-Match", message: "expected the version you read, e.g. \"3\", got \(raw.prefix(40))")
        }
        return v
    }

    /// The version the client read: required on every change, so a stale edit is refused with 409.
    func version(_ body: Int?, _ request: Request) throws -> Int {
        let header = try ifMatch(request)
        guard let v = body ?? header else {
            throw AppError.badRequest(parameter: "version", message: "required: the version you read (body field version or If-Match header)")
        }
        return v
    }

    /// The version a DELETE names (it has no body): `?version=` or `If-Match`, the query winning; 400 without either.
    func deleteVersion(_ request: Request) throws -> Int {
        let header = try ifMatch(request)
        guard let v = try optionalInt(request.uri.queryParameters.get("version"), "version", min: 0) ?? header else {
            throw AppError.badRequest(parameter: "version", message: "required: the version you read (query ?version= or If-Match)")
        }
        return v
    }
}

/// The API's readings of raw input, shared by every feature's handlers.
enum APIInput {
    /// NUL cannot be stored in PostgreSQL text and never belongs in an office's data: refused by field name.
    static func rejectControlCharacters(in value: Any, path: String = "") throws {
        for child in Mirror(reflecting: value).children {
            let name = path.isEmpty ? (child.label ?? "") : path + "." + (child.label ?? "")
            if let s = child.value as? String { _ = try clean(s, name) }
            if let s = child.value as? String?, let s { _ = try clean(s, name) }
            if let list = child.value as? [String] { for s in list { _ = try clean(s, name) } }
            if let list = child.value as? [String]?, let list { for s in list { _ = try clean(s, name) } }
        }
    }

    @discardableResult
    static func clean(_ s: String, _ field: String) throws -> String {
        if s.unicodeScalars.contains(where: { $0.value == 0 }) {
            throw AppError.badRequest(parameter: field, message: "contains a NUL character")
        }
        return s
    }

    /// Bodies are JSON: a request that declares another media type is refused with 415 (no Content-Type is read as JSON).
    static func requireJSON(_ request: Request) throws {
        guard let declared = request.headers[.contentType] else { return }
        let mediaType = declared.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")) else {
            throw HTTPError(
                .unsupportedMediaType, message: "request bodies must be JSON (Content-Type: application/json), got \(declared.prefix(60))")
        }
    }

    /// A whole number as text: `12`, `-3`, and (as in JSON bodies, where 7.0 is the integer 7) `7.0` or `7e0`.
    /// Nothing else: no blanks, no `+`, no hexadecimal, no fraction.
    static func wholeNumber(_ raw: String) -> Int? {
        guard !raw.isEmpty, raw.utf8.count <= 40 else { return nil }
        let digits = raw.hasPrefix("-") ? raw.dropFirst() : Substring(raw)
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(raw) }
        guard let first = digits.first, first.isASCII, first.isNumber,
            raw.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }),
            let d = Double(raw), d.isFinite, d == d.rounded(), abs(d) < 9.2e18
        else { return nil }
        return Int(d)
    }

    /// In JSON each array entry is one level name: a blank entry, or one holding a separator the form splits on, is refused.
    static func checkLevelNames(_ names: [String]?) throws {
        guard let names else { return }
        if names.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            throw AppError.validation([ValidationIssue(field: "levelNames", code: .required)])
        }
        if names.contains(where: { $0.contains(where: PlanDraft.levelNameSeparators.contains) }) {
            throw AppError.validation([ValidationIssue(field: "levelNames", code: .invalidChoice)])
        }
    }

    /// A JSON number as the plain decimal the drafts read: never an exponent (1e+20, 1e-05), never a trap on huge values.
    static func decimalText(_ d: Double) -> String {
        guard d.isFinite else { return "" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        let plain = String(d)
        if !plain.contains("e") { return plain }
        var text = String(format: abs(d) >= 1 ? "%.0f" : "%.20f", d)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// The status as stored: a Chinese name (已完成) becomes its code (done); anything else is left for validation.
    static func statusValue(_ s: String) -> String {
        LifecycleStatus(text: s)?.rawValue ?? s
    }
}
