/// The public API's own OpenAPI document (/api/public/openapi.json), kept apart from the office API's: read-only,
/// unauthenticated, every response validated by ETag / Last-Modified.
enum PublicAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "ReformLedger public API (改革进展公开)",
            "version": "1",
            "description": "Read-only and unauthenticated: the plans, items, dated updates and authorization items an office has published, nothing else. Every response carries ETag, Last-Modified and Cache-Control and answers 304 to If-None-Match or If-Modified-Since. Data under CC BY 4.0.",
            "license": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
          },
          "security": [],
          "paths": {
            "/api/public/v1/plans": {
              "get": {
                "operationId": "publicListPlans", "summary": "Published plans, with their leaf counts",
                "responses": {
                  "200": {"description": "Published plans",
                    "content": {"application/json": {"schema": {"type": "object", "required": ["items", "license"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/PublicPlan"}}, "license": {"type": "string"}}}}}},
                  "304": {"description": "Not modified"}
                }
              }
            },
            "/api/public/v1/plans/{id}": {
              "parameters": [{"$ref": "#/components/parameters/Id"}],
              "get": {
                "operationId": "publicGetPlan", "summary": "A published plan and its public items in outline order",
                "responses": {
                  "200": {"description": "The plan", "content": {"application/json": {"schema": {"type": "object", "required": ["plan", "items"], "properties": {"plan": {"$ref": "#/components/schemas/PublicPlan"}, "items": {"type": "array", "items": {"$ref": "#/components/schemas/PublicItem"}}}}}}},
                  "304": {"description": "Not modified"},
                  "400": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/public/v1/items/{id}": {
              "parameters": [{"$ref": "#/components/parameters/Id"}],
              "get": {
                "operationId": "publicGetItem", "summary": "A public item with its dated updates and the published authorization items it carries out",
                "responses": {
                  "200": {"description": "The item", "content": {"application/json": {"schema": {"type": "object", "required": ["item", "planId", "updates", "authorizations"], "properties": {"item": {"$ref": "#/components/schemas/PublicItem"}, "planId": {"type": "integer"}, "updates": {"type": "array", "items": {"$ref": "#/components/schemas/PublicUpdate"}}, "authorizations": {"type": "array", "items": {"$ref": "#/components/schemas/PublicAuthorization"}}}}}}},
                  "304": {"description": "Not modified"},
                  "400": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/public/v1/authorizations": {
              "get": {
                "operationId": "publicListAuthorizations", "summary": "Items of the published authorization batches",
                "responses": {
                  "200": {"description": "Authorization items", "content": {"application/json": {"schema": {"type": "object", "required": ["items", "license"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/PublicAuthorization"}}, "license": {"type": "string"}}}}}},
                  "304": {"description": "Not modified"}
                }
              }
            },
            "/api/public/v1/updates": {
              "get": {
                "operationId": "publicListUpdates", "summary": "The latest 200 dated public updates, newest first",
                "responses": {
                  "200": {"description": "Updates", "content": {"application/json": {"schema": {"type": "object", "required": ["items", "license"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/PublicUpdate"}}, "license": {"type": "string"}}}}}},
                  "304": {"description": "Not modified"}
                }
              }
            }
          },
          "components": {
            "parameters": {
              "Id": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807}}
            },
            "responses": {
              "Error": {"description": "An error", "content": {"application/json": {"schema": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}}}}}
            },
            "schemas": {
              "PublicPlan": {
                "type": "object", "required": ["id", "title", "docNumber", "issuer", "jurisdictionId", "jurisdictionName", "items", "landed", "url"],
                "properties": {
                  "id": {"type": "integer"}, "title": {"type": "string"}, "docNumber": {"type": "string"}, "issuer": {"type": "string"},
                  "issueDate": {"type": "string", "format": "date"}, "periodStart": {"type": "string", "format": "date"}, "periodEnd": {"type": "string", "format": "date"},
                  "jurisdictionId": {"type": "integer"}, "jurisdictionName": {"type": "string"}, "publishedOn": {"type": "string", "format": "date"},
                  "items": {"type": "integer", "description": "Public leaves"}, "landed": {"type": "integer", "description": "Public leaves done (正式落地 or the office's word)"},
                  "url": {"type": "string"}
                }
              },
              "PublicItem": {
                "type": "object", "required": ["id", "number", "title", "leadUnit", "status", "statusWord", "percent", "isLeaf", "url"],
                "properties": {
                  "id": {"type": "integer"}, "parentId": {"type": "integer"}, "number": {"type": "string"}, "title": {"type": "string"},
                  "leadUnit": {"type": "string"}, "deadline": {"type": "string", "format": "date"},
                  "status": {"type": "string", "enum": ["not_started", "in_progress", "partly_done", "done", "suspended"]},
                  "statusWord": {"type": "string", "description": "The office's word for the status (取得实质性进展 …)"},
                  "percent": {"type": "number", "minimum": 0, "maximum": 100}, "isLeaf": {"type": "boolean"},
                  "responsibleLeader": {"type": "string", "description": "Only when the office shows names at this rank"},
                  "responsiblePerson": {"type": "string"}, "handler": {"type": "string"}, "url": {"type": "string"}
                }
              },
              "PublicUpdate": {
                "type": "object", "required": ["id", "itemId", "planId", "writtenOn", "body"],
                "properties": {"id": {"type": "integer"}, "itemId": {"type": "integer"}, "planId": {"type": "integer"}, "writtenOn": {"type": "string", "format": "date"}, "body": {"type": "string"}}
              },
              "PublicAuthorization": {
                "type": "object", "required": ["id", "batchId", "batch", "number", "area", "content", "grantingBody", "jurisdiction", "legalBasis", "needsLawChange", "lawChange", "approvalMode", "landingStatus", "statusOn"],
                "properties": {
                  "id": {"type": "integer"}, "batchId": {"type": "integer"}, "batch": {"type": "string"}, "number": {"type": "integer"}, "area": {"type": "string"},
                  "content": {"type": "string"}, "grantingBody": {"type": "string"}, "jurisdiction": {"type": "string"}, "legalBasis": {"type": "string"},
                  "needsLawChange": {"type": "boolean"}, "lawChange": {"type": "string"}, "approvalMode": {"type": "string", "enum": ["filing", "approval"]},
                  "landingStatus": {"type": "string", "enum": ["not_landed", "progressing", "substantial_progress", "effective", "landed"]},
                  "statusOn": {"type": "string", "format": "date"}
                }
              }
            }
          }
        }
        """#
}
