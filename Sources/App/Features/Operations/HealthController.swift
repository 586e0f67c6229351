import Foundation
import Hummingbird
import Prometheus

struct HealthController {
    let services: AppServices

    struct Health: Encodable {
        var status: String
        var database: String
    }

    /// 200 when this instance is ready (migrated, first data loaded) and reaches its database; 503 otherwise, so a
    /// load balancer sends it no traffic while it starts.
    func health() async throws -> Response {
        guard services.readiness.isReady else {
            return try APIResponse.json(Health(status: "starting", database: "not ready"), status: .serviceUnavailable)
        }
        do {
            _ = try await JurisdictionQueries.count(on: services.database.sql)
            return try APIResponse.json(Health(status: "ok", database: services.database.dialect == .sqlite ? "sqlite" : "postgresql"))
        } catch {
            return try APIResponse.json(Health(status: "unavailable", database: "\(error)"), status: .serviceUnavailable)
        }
    }

    func metrics() -> Response {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(16 * 1024)
        services.metrics.emit(into: &buffer)
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
    }
}

/// CSS, JavaScript and the OpenAPI document, shipped inside the bundle.
enum StaticController {
    static let types = [
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml",
        "json": "application/json; charset=utf-8", "ico": "image/x-icon"
    ]

    static func file(_ name: String) throws -> Response {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }), !name.hasPrefix("."),
            let data = try? Data(contentsOf: Bundle.module.bundleURL.appendingPathComponent("Resources/Static/\(name)"))
        else {
            throw AppError.notFound(entity: "file", id: name)
        }
        let ext = String(name.split(separator: ".").last ?? "")
        return Response(
            status: .ok, headers: [.contentType: types[ext] ?? "application/octet-stream", .cacheControl: "public, max-age=300"],
            body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    static func openAPI() throws -> Response {
        let data = try OpenAPIDocument.json.get()
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}
