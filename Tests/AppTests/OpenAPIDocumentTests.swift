import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ReformCore
import Testing

@testable import App

/// The OpenAPI document served at /api/openapi.json must describe exactly the routes the router registers
/// under /api/v1: the router is the one list, the document is compared against it in both directions.
@Suite struct OpenAPIDocumentTests {
    private static let httpMethods = ["get", "put", "post", "delete", "patch", "options", "head", "trace"]

    /// The real router (as `reform serve` builds it) and the document it serves.
    private static func routerAndDocument() async throws -> (routes: Set<String>, document: [String: Any]) {
        var logger = Logger(label: "openapi-document-test")
        logger.logLevel = .error
        let services = try await buildServices(AppConfig(database: .sqliteMemory, loadDemoIfEmpty: false, logLevel: .error), logger: logger)
        let router = buildRouter(services)
        let routes = Set(
            router.routes
                .filter { $0.path.description.hasPrefix("/api/v1/") }
                .map { "\($0.method.rawValue) \($0.path.description)" })

        let app = Application(router: router, logger: logger)
        let body = try await app.test(.router) { client in
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                return Data(response.body.readableBytesView)
            }
        }
        await services.database.shutdown()
        let document = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        return (routes, document)
    }

    private static func operations(_ document: [String: Any]) -> [(key: String, operation: [String: Any], pathItem: [String: Any])] {
        let paths = document["paths"] as? [String: Any] ?? [:]
        return paths.flatMap { path, item -> [(key: String, operation: [String: Any], pathItem: [String: Any])] in
            guard let item = item as? [String: Any] else { return [] }
            return httpMethods.compactMap { method in
                (item[method] as? [String: Any]).map { ("\(method.uppercased()) \(path)", $0, item) }
            }
        }
    }

    @Test func documentsEveryAPIRouteAndNoOther() async throws {
        let (routes, document) = try await Self.routerAndDocument()
        #expect(document["openapi"] as? String == "3.1.0")
        // Guards against comparing two empty sets: the API has a couple of dozen operations.
        #expect(routes.count >= 20, "router.routes found only \(routes.count) routes under /api/v1")
        let documented = Set(Self.operations(document).map(\.key).filter { $0.split(separator: " ")[1].hasPrefix("/api/v1/") })
        let undocumented = routes.subtracting(documented).sorted()
        let unregistered = documented.subtracting(routes).sorted()
        #expect(undocumented.isEmpty, "registered under /api/v1 but missing from openapi.json: \(undocumented)")
        #expect(unregistered.isEmpty, "in openapi.json but not registered: \(unregistered)")
    }

    @Test func everyOperationDeclaresItsPathParametersAndResponses() async throws {
        let (_, document) = try await Self.routerAndDocument()
        let parameters = (document["components"] as? [String: Any])?["parameters"] as? [String: Any] ?? [:]
        func resolve(_ p: Any) -> [String: Any]? {
            guard let p = p as? [String: Any] else { return nil }
            if let ref = p["$ref"] as? String { return parameters[String(ref.split(separator: "/").last ?? "")] as? [String: Any] }
            return p
        }
        let ops = Self.operations(document)
        #expect(!ops.isEmpty)
        for (key, operation, pathItem) in ops {
            let path = String(key.split(separator: " ")[1])
            let templated = Set(path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
            let declared = ((pathItem["parameters"] as? [Any] ?? []) + (operation["parameters"] as? [Any] ?? []))
                .compactMap(resolve).filter { $0["in"] as? String == "path" }.compactMap { $0["name"] as? String }
            #expect(Set(declared) == templated, "\(key): path parameters \(declared.sorted()) vs template \(templated.sorted())")
            let responses = operation["responses"] as? [String: Any] ?? [:]
            #expect(responses.keys.contains { $0.hasPrefix("2") }, "\(key) documents no success response")
            #expect(operation["operationId"] is String, "\(key) has no operationId")
        }
    }

    @Test func everyReferenceResolves() async throws {
        let (_, document) = try await Self.routerAndDocument()
        var refs: [String] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let ref = object["$ref"] as? String { refs.append(ref) }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(document)
        #expect(!refs.isEmpty)
        for ref in Set(refs) {
            #expect(ref.hasPrefix("#/"), "external reference \(ref)")
            var node: Any? = document
            for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] }
            #expect(node != nil, "unresolved reference \(ref)")
        }
    }

    /// A field error's code in the document is every code the validation can give, and no other.
    @Test func fieldErrorCodesAreEveryValidationCode() async throws {
        let (_, document) = try await Self.routerAndDocument()
        let components = try #require(document["components"] as? [String: Any])
        let schemas = try #require(components["schemas"] as? [String: Any])
        let fieldError = try #require(schemas["FieldError"] as? [String: Any])
        let properties = try #require(fieldError["properties"] as? [String: Any])
        let code = try #require(properties["code"] as? [String: Any])
        let documented = try #require(code["enum"] as? [String])
        #expect(Set(documented) == Set(ValidationCode.allCases.map(\.rawValue)))
    }

    /// Two features documenting the same operation or the same schema are refused, naming both.
    @Test func partsThatDefineTheSameOperationOrSchemaAreRefused() throws {
        // given
        let base = #"{"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"Error": {"type": "object"}}}}"#
        let items = #"{"paths": {"/api/v1/items/{id}": {"get": {"operationId": "getItem"}}}, "components": {"schemas": {"Item": {}}}}"#
        let reports =
            #"{"paths": {"/api/v1/items/{id}": {"get": {"operationId": "other"}, "post": {"operationId": "x"}}}, "components": {"schemas": {"Item": {}, "Error": {}}}}"#
        // when
        let error = #expect(throws: OpenAPIDocument.MergeError.self) {
            try OpenAPIDocument.merge(base: base, parts: [("ItemsFeature", items), ("ReportingFeature", reports)])
        }
        // then
        let problems = error?.problems ?? []
        #expect(problems.count == 3)
        #expect(problems.contains("/api/v1/items/{id} get is defined by ItemsFeature and by ReportingFeature"))
        #expect(problems.contains("components/schemas/Item is defined by ItemsFeature and by ReportingFeature"))
        #expect(problems.contains("components/schemas/Error is defined by base and by ReportingFeature"))
    }

    @Test func partsThatDoNotMeetMergeIntoOneDocument() throws {
        // given
        let base = #"{"openapi": "3.1.0", "paths": {}, "components": {"schemas": {}}}"#
        let a = #"{"paths": {"/api/v1/a": {"get": {"operationId": "a"}}}}"#
        let b = #"{"paths": {"/api/v1/a": {"post": {"operationId": "b"}}}, "components": {"schemas": {"B": {}}}}"#
        // when
        let data = try OpenAPIDocument.merge(base: base, parts: [("A", a), ("B", b)])
        // then
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let path = (document["paths"] as? [String: Any])?["/api/v1/a"] as? [String: Any]
        #expect(Set(path?.keys.map { $0 } ?? []) == ["get", "post"])
        #expect(((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?["B"] != nil)
    }
}
