extension DashboardFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/jurisdictions/{id}/dashboard": {
              "get": {
                "operationId": "getDashboard",
                "tags": [
                  "dashboard"
                ],
                "summary": "A jurisdiction's dashboard (驾驶舱)",
                "description": "Counts by status and light, overdue items by lead unit, completion by field and the plans, over the jurisdiction and every jurisdiction below it, as of today in China Standard Time.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The dashboard.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Dashboard"
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
                  "404": {
                    "$ref": "#/components/responses/NotFound"
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
              "Count": {
                "type": "object",
                "properties": {
                  "key": {
                    "type": "string"
                  },
                  "count": {
                    "type": "integer",
                    "minimum": 0
                  }
                },
                "required": [
                  "key",
                  "count"
                ]
              },
              "UnitOverdue": {
                "type": "object",
                "properties": {
                  "unitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "Null for items without a lead unit."
                  },
                  "unitName": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "count": {
                    "type": "integer",
                    "minimum": 0
                  }
                },
                "required": [
                  "unitId",
                  "unitName",
                  "count"
                ]
              },
              "FieldCompletion": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string",
                    "description": "Field title (领域), grouped across plans."
                  },
                  "percent": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100
                  },
                  "plans": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "How many plans have a field of this title."
                  }
                },
                "required": [
                  "title",
                  "percent",
                  "plans"
                ]
              },
              "Dashboard": {
                "type": "object",
                "properties": {
                  "jurisdiction": {
                    "$ref": "#/components/schemas/Jurisdiction"
                  },
                  "total": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Leaf items (the units of work) in the jurisdiction and below."
                  },
                  "byStatus": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Count"
                    },
                    "description": "Leaf items by status, one entry per status in the order not_started, in_progress, partly_done, done, suspended."
                  },
                  "byLight": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Count"
                    },
                    "description": "Leaf items by light: green, yellow, red, none."
                  },
                  "byJudgement": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Count"
                    },
                    "description": "Items by the office's current judgement (研判): green, amber_green, amber_red, red; items not judged are not counted."
                  },
                  "overdueByUnit": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/UnitOverdue"
                    },
                    "maxItems": 10,
                    "description": "Overdue (逾期) items by lead unit, most first."
                  },
                  "completionByField": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/FieldCompletion"
                    },
                    "maxItems": 15
                  },
                  "plans": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Plan"
                    },
                    "maxItems": 20
                  },
                  "asOf": {
                    "type": "string",
                    "format": "date",
                    "description": "The day (China Standard Time) the lights were computed for."
                  }
                },
                "required": [
                  "jurisdiction",
                  "total",
                  "byStatus",
                  "byLight",
                  "byJudgement",
                  "overdueByUnit",
                  "completionByField",
                  "plans",
                  "asOf"
                ],
                "description": "A jurisdiction's dashboard (驾驶舱): its items and everything below it."
              }
            }
          }
        }
        """#
}
