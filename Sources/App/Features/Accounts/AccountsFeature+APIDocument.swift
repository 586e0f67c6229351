extension AccountsFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/me": {
              "get": {
                "operationId": "getMe",
                "tags": [
                  "accounts"
                ],
                "summary": "Who am I",
                "description": "The user the API token belongs to, with their role and scope.",
                "responses": {
                  "200": {
                    "description": "The user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Me"
                        }
                      }
                    }
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
              "Me": {
                "type": "object",
                "description": "The user an API token (or session) belongs to.",
                "properties": {
                  "userId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "username": {
                    "type": "string"
                  },
                  "displayName": {
                    "type": "string"
                  },
                  "role": {
                    "type": "string",
                    "enum": [
                      "admin",
                      "office",
                      "liaison",
                      "unit_head",
                      "inspector",
                      "viewer",
                      "reviewer"
                    ]
                  },
                  "jurisdictionId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "description": "The jurisdiction the user's view starts at (the unit's for liaisons and unit heads); null for a nationwide administrator."
                  },
                  "jurisdictionName": {
                    "type": "string"
                  },
                  "unitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "unitName": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                },
                "required": [
                  "userId",
                  "username",
                  "displayName",
                  "role",
                  "jurisdictionId",
                  "jurisdictionName",
                  "unitId",
                  "unitName"
                ]
              }
            }
          }
        }
        """#
}
