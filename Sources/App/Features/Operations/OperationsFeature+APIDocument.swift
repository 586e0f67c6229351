extension OperationsFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/health": {
              "get": {
                "operationId": "health",
                "tags": [
                  "operations"
                ],
                "summary": "Health check",
                "description": "Whether the server can reach its database.",
                "responses": {
                  "200": {
                    "description": "Up.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Health"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unreachable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Health"
                        }
                      }
                    }
                  }
                },
                "security": []
              }
            },
            "/metrics": {
              "get": {
                "operationId": "metrics",
                "tags": [
                  "operations"
                ],
                "summary": "Prometheus metrics",
                "description": "Request counts and durations in the Prometheus text format. Administrators only (a scraper sends an administrator's API token).",
                "responses": {
                  "200": {
                    "description": "Metrics.",
                    "content": {
                      "text/plain": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/api/openapi.json": {
              "get": {
                "operationId": "openapi",
                "tags": [
                  "operations"
                ],
                "summary": "This document",
                "responses": {
                  "200": {
                    "description": "The OpenAPI document.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  }
                },
                "security": []
              }
            }
          },
          "components": {
            "schemas": {
              "Health": {
                "type": "object",
                "properties": {
                  "status": {
                    "type": "string",
                    "enum": [
                      "ok",
                      "unavailable"
                    ]
                  },
                  "database": {
                    "type": "string",
                    "description": "`sqlite` or `postgresql` when ok; the error when unavailable."
                  }
                },
                "required": [
                  "status",
                  "database"
                ]
              }
            }
          }
        }
        """#
}
