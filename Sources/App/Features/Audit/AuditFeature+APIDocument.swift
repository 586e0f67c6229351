extension AuditFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/audit": {
              "get": {
                "operationId": "searchAudit",
                "tags": [
                  "accounts"
                ],
                "summary": "Search the audit log (审计日志)",
                "description": "Reform offices and administrators only. Newest first, inside the caller's jurisdiction subtree (a nationwide administrator sees every entry).",
                "parameters": [
                  {
                    "name": "actor",
                    "in": "query",
                    "required": false,
                    "description": "Part of the actor's name or username.",
                    "schema": {
                      "type": "string",
                      "maxLength": 100
                    }
                  },
                  {
                    "name": "entity",
                    "in": "query",
                    "required": false,
                    "description": "Entity type.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "item",
                        "plan",
                        "unit",
                        "jurisdiction",
                        "import",
                        "user",
                        "assignment",
                        "report"
                      ]
                    }
                  },
                  {
                    "name": "from",
                    "in": "query",
                    "required": false,
                    "description": "First day (UTC), YYYY-MM-DD.",
                    "schema": {
                      "type": "string",
                      "format": "date"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "required": false,
                    "description": "Last day (UTC), YYYY-MM-DD, not before `from`.",
                    "schema": {
                      "type": "string",
                      "format": "date"
                    }
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "description": "Text inside the changes (before or after values).",
                    "schema": {
                      "type": "string",
                      "maxLength": 100
                    }
                  },
                  {
                    "name": "page",
                    "in": "query",
                    "required": false,
                    "description": "Page number.",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100000
                    }
                  },
                  {
                    "name": "per_page",
                    "in": "query",
                    "required": false,
                    "description": "Entries per page.",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 200
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "One page of entries.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuditPage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "AuditEntry": {
                "type": "object",
                "description": "One entry of the audit log: a change to a record, or an account event (login, login_failed, lockout, logout, password_changed, password_reset, unlock, token_created, token_revoked).",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "entityType": {
                    "type": "string",
                    "description": "What the entry is about: the `entity` filter's types (item, plan, unit, jurisdiction, import, user, assignment, report) or any other record the app audits (matter, inspection, finding, rectification, notice, obstacle, consultation, escalation, webhook, …); the list grows with the features, so it is not closed."
                  },
                  "entityId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "action": {
                    "type": "string"
                  },
                  "actor": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "changes": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/HistoryChange"
                    }
                  }
                },
                "required": [
                  "id",
                  "entityType",
                  "entityId",
                  "action",
                  "actor",
                  "at",
                  "version",
                  "changes"
                ]
              },
              "AuditPage": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AuditEntry"
                    }
                  },
                  "page": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "perPage": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "hasMore": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "items",
                  "page",
                  "perPage",
                  "hasMore"
                ]
              }
            }
          }
        }
        """#
}
