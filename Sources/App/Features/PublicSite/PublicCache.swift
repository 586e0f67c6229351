import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOConcurrencyHelpers
import ReformCore

/// Conditional GETs for the public pages: an ETag and Last-Modified from the public stamp (`PublicQueries.stamp`), the
/// app's version, the language and the URL, so a page is validated with one small query and rendered only when it changed.
/// 304 on a matching If-None-Match (which, when sent, is the only validator considered) or a later If-Modified-Since.
enum PublicCache {
    static let cacheControl = "public, max-age=60"

    static func etag(stamp: String, language: Language, uri: String, host: String = "") -> String {
        let digest = SHA256.hash(data: Data("\(AppVersion.current)|\(stamp)|\(language.rawValue)|\(host)|\(uri)".utf8))
        return "W/\"" + digest.prefix(12).map { String(format: "%02x", $0) }.joined() + "\""
    }

    /// The stamp as an HTTP date (seconds); the epoch when nothing was ever published.
    static func lastModified(_ stamp: String) -> Date {
        Timestamp.date(stamp).map { Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down)) } ?? Date(timeIntervalSince1970: 0)
    }

    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 9110's IMF-fixdate, written by hand: a DateFormatter per request costs more than the rest of a 304.
    static func httpDate(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let dayNumber = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rem = seconds - dayNumber * 86_400
        let d = LocalDate(dayNumber: dayNumber)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let weekday = weekdays[((dayNumber % 7) + 7) % 7]
        return "\(weekday), \(two(d.day)) \(months[d.month - 1]) \(d.year) \(two(rem / 3600)):\(two(rem % 3600 / 60)):\(two(rem % 60)) GMT"
    }

    /// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); other forms are ignored (nil), as the client then gets the page.
    static func parseHTTPDate(_ text: String) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[5] == "GMT", let day = Int(parts[1]), let month = months.firstIndex(of: String(parts[2])),
            let year = Int(parts[3]), (1970...9999).contains(year), (1...31).contains(day)
        else { return nil }
        let clock = parts[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, let date = LocalDate(year: year, month: month + 1, day: day) else { return nil }
        return Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]))
    }

    /// Whether the client's copy is current.
    static func notModified(_ request: Request, etag: String, lastModified: Date) -> Bool {
        if let inm = request.headers[.ifNoneMatch] {
            let bare = { (s: Substring) in s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "") }
            let mine = bare(Substring(etag))
            return inm.split(separator: ",").contains { bare($0) == mine || bare($0) == "*" }
        }
        if let ims = request.headers[.ifModifiedSince], let since = parseHTTPDate(ims) { return lastModified <= since }
        return false
    }

    /// Answers 304 when the client's copy is current; else the copy this instance keeps under the same ETag, or the one
    /// `build` makes (kept for the next reader); with the validators and Cache-Control either way. A page that reads the
    /// date (a call open or closed, an item overdue) passes `clock`: its ETag names the day, and it is modified at least at
    /// the day's start, so yesterday's copy is not validated today.
    static func respond(
        _ request: Request, _ context: AppRequestContext, stamp: String, clock: AppClock? = nil, cache: PublicPageCache,
        build: () async throws -> PublicBody
    ) async throws -> Response {
        let uri = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        var modified = lastModified(stamp)
        var dated = stamp
        if let clock {
            let today = clock.today
            dated += "|" + today.iso
            modified = max(modified, lastModified(clock.timestamp(startOf: today)))
        }
        // The host too: the feed writes absolute links.
        let tag = etag(stamp: dated, language: context.language, uri: uri, host: request.head.authority ?? "")
        var response: Response
        if notModified(request, etag: tag, lastModified: modified) {
            response = Response(status: .notModified)
        } else if let kept = cache.get(tag) {
            response = kept.response
        } else {
            let body = try await build()
            cache.put(tag, body)
            response = body.response
        }
        response.headers[.eTag] = tag
        response.headers[.lastModified] = httpDate(modified)
        response.headers[.cacheControl] = cacheControl
        // The language may come from the cookie.
        response.headers[.vary] = "Cookie"
        return response
    }
}

/// A public answer as bytes and headers, so it can be kept and served again while its ETag holds.
struct PublicBody: Sendable {
    var bytes: ByteBuffer
    var headers: HTTPFields
    var status: HTTPResponse.Status = .ok

    var response: Response { Response(status: status, headers: headers, body: .init(byteBuffer: bytes)) }

    static func json<T: Encodable>(_ value: T) throws -> PublicBody {
        PublicBody(bytes: ByteBuffer(data: try APIResponse.encoder.encode(value)), headers: [.contentType: "application/json; charset=utf-8"])
    }
}

/// The public answers one instance has made, by ETag. The ETag names the public stamp, so a kept copy is never stale: a
/// change to anything public gives every page a new ETag, and the old copies are simply not asked for again. Bounded: when
/// full it starts again empty (the pages are few and cheap to make once).
final class PublicPageCache: Sendable {
    private let entries = NIOLockedValueBox<[String: PublicBody]>([:])
    let capacity: Int
    /// Larger answers (a big plan's XLSX) are made each time.
    static let maxBytes = 1 << 20

    init(capacity: Int = 512) { self.capacity = capacity }

    func get(_ key: String) -> PublicBody? { entries.withLockedValue { $0[key] } }

    func put(_ key: String, _ body: PublicBody) {
        guard body.status == .ok, body.bytes.readableBytes <= Self.maxBytes else { return }
        entries.withLockedValue { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = body
        }
    }
}
