extension RankingFeature {
    /// The ranking's part of the OpenAPI document: its paths and the schemas only it uses.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/jurisdictions/{id}/ranking": {
              "get": {
                "operationId": "getRanking",
                "tags": [
                  "dashboard"
                ],
                "summary": "Unit ranking (动态排名) as of a day",
                "description": "For whoever sees the jurisdiction. The units with work assigned in the jurisdiction and below by the day, and any unit with a counted finding, rectification, matter or record there, scored by the weights in force on the day (the plan's when `plan` is given and it has some, else the day's year's, else the defaults): 得分 = Σ component × weight, benefits added and penalties taken off, each rounded to 0.01. Best first; equal scores share the rank (`tied`) and are listed by unit id. Computed from dated facts only, so the same `asOf` gives the same answer later.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "asOf",
                    "in": "query",
                    "required": false,
                    "description": "The day (YYYY-MM-DD, today when left out); a day after today is refused with 422, a malformed or empty one with 400.",
                    "schema": {
                      "type": "string",
                      "format": "date"
                    }
                  },
                  {
                    "name": "plan",
                    "in": "query",
                    "required": false,
                    "description": "One of the jurisdiction's own plans: its items only (supervision facts stay the jurisdiction's), with its weights. 404 for a plan that is not the jurisdiction's own; 400 when not a whole number.",
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The ranking, best first.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RankingResult"
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
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/jurisdictions/{id}/ranking/weights": {
              "get": {
                "operationId": "getRankingWeights",
                "tags": [
                  "dashboard"
                ],
                "summary": "The ranking weights of a year or plan",
                "description": "The office's (and an admin's). The weights saved for the year (this year by default) or one of the jurisdiction's own plans, newest version first; the defaults with version 0 while none is saved.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "year",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 2000,
                      "maximum": 2100
                    }
                  },
                  {
                    "name": "plan",
                    "in": "query",
                    "required": false,
                    "description": "Wins over year; 404 when not the jurisdiction's own plan.",
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The weights and their versions.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RankingWeightSet"
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
              },
              "put": {
                "operationId": "setRankingWeights",
                "tags": [
                  "dashboard"
                ],
                "summary": "Save the ranking weights of a year or plan",
                "description": "The office's (and an admin's). Adds the next version, in force from today; rankings of earlier days keep the version then in force. `planId` (one of the jurisdiction's own plans, else 422) wins over `year`; one of them is required (422). `version` is the version read (0 before the first save); a stale one is refused with 409.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "$ref": "#/components/parameters/IfMatch"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/RankingWeightsInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The weights and their versions.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RankingWeightSet"
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
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "415": {
                    "$ref": "#/components/responses/UnsupportedMediaType"
                  },
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
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
              "RankingWeights": {
                "type": "object",
                "properties": {
                  "onTimeRate": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000,
                    "multipleOf": 0.01,
                    "description": "Points at a 100% on-time report rate (added; the rate counts as 100% when no report was due)."
                  },
                  "overdueItems": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000,
                    "multipleOf": 0.01,
                    "description": "Points off per leaf the unit leads that was overdue (red)."
                  },
                  "reviewReturns": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000,
                    "multipleOf": 0.01,
                    "description": "Points off per report the office sent back (退回修改)."
                  },
                  "findings": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000,
                    "multipleOf": 0.01,
                    "description": "Points off per problem finding (督查发现问题) against the unit."
                  },
                  "rectificationsOnTime": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000,
                    "multipleOf": 0.01,
                    "description": "Points per rectification the unit led that was closed (销号) by its deadline."
                  },
                  "rectificationsOverdue": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000,
                    "multipleOf": 0.01,
                    "description": "Points off per rectification past its deadline, open or closed late."
                  },
                  "mattersOverdue": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000,
                    "multipleOf": 0.01,
                    "description": "Points off per supervision matter the unit leads past its deadline, open or closed late."
                  },
                  "commendations": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000,
                    "multipleOf": 0.01,
                    "description": "Points per commendation (通报表扬)."
                  },
                  "accountability": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000,
                    "multipleOf": 0.01,
                    "description": "Points off per accountability record (问责) not excused by a fault-tolerance record (容错纠错) of the same source."
                  }
                },
                "required": [
                  "onTimeRate",
                  "overdueItems",
                  "reviewReturns",
                  "findings",
                  "rectificationsOnTime",
                  "rectificationsOverdue",
                  "mattersOverdue",
                  "commendations",
                  "accountability"
                ]
              },
              "RankingWeightsInput": {
                "type": "object",
                "properties": {
                  "year": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 2000,
                    "maximum": 2100
                  },
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "weights": {
                    "$ref": "#/components/schemas/RankingWeights"
                  }
                },
                "required": [
                  "version",
                  "weights"
                ]
              },
              "RankingWeightsVersion": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "effectiveFrom": {
                    "type": "string",
                    "format": "date"
                  },
                  "changedBy": {
                    "type": "string"
                  },
                  "changedAt": {
                    "type": "string"
                  },
                  "weights": {
                    "$ref": "#/components/schemas/RankingWeights"
                  }
                },
                "required": [
                  "version",
                  "effectiveFrom",
                  "changedBy",
                  "changedAt",
                  "weights"
                ]
              },
              "RankingWeightSet": {
                "type": "object",
                "properties": {
                  "scope": {
                    "type": "string",
                    "enum": [
                      "year",
                      "plan"
                    ]
                  },
                  "year": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "isDefault": {
                    "type": "boolean"
                  },
                  "weights": {
                    "$ref": "#/components/schemas/RankingWeights"
                  },
                  "history": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/RankingWeightsVersion"
                    }
                  }
                },
                "required": [
                  "scope",
                  "year",
                  "planId",
                  "version",
                  "isDefault",
                  "weights",
                  "history"
                ]
              },
              "RankingComponentScore": {
                "type": "object",
                "properties": {
                  "component": {
                    "type": "string",
                    "enum": [
                      "on_time_rate",
                      "overdue_items",
                      "review_returns",
                      "findings",
                      "rectifications_on_time",
                      "rectifications_overdue",
                      "matters_overdue",
                      "commendations",
                      "accountability"
                    ]
                  },
                  "raw": {
                    "type": "number",
                    "minimum": 0,
                    "description": "The on-time rate in percent, or the count."
                  },
                  "weight": {
                    "type": "number",
                    "minimum": 0
                  },
                  "points": {
                    "type": "number",
                    "description": "Negative for a penalty."
                  }
                },
                "required": [
                  "component",
                  "raw",
                  "weight",
                  "points"
                ]
              },
              "UnitRanking": {
                "type": "object",
                "properties": {
                  "unitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "unitName": {
                    "type": "string"
                  },
                  "reportsDue": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "reportsOnTime": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "onTimeRate": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 100
                  },
                  "overdueItems": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "averageReviewDays": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": 0,
                    "description": "Shown, not scored."
                  },
                  "components": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/RankingComponentScore"
                    }
                  },
                  "score": {
                    "type": "number"
                  },
                  "rank": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "tied": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "unitId",
                  "unitName",
                  "reportsDue",
                  "reportsOnTime",
                  "onTimeRate",
                  "overdueItems",
                  "averageReviewDays",
                  "components",
                  "score",
                  "rank",
                  "tied"
                ]
              },
              "RankingWeightsSource": {
                "type": "object",
                "properties": {
                  "scope": {
                    "type": "string",
                    "enum": [
                      "year",
                      "plan"
                    ]
                  },
                  "year": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "effectiveFrom": {
                    "type": "string",
                    "format": "date"
                  }
                },
                "required": [
                  "scope",
                  "year",
                  "planId",
                  "version",
                  "effectiveFrom"
                ]
              },
              "RankingResult": {
                "type": "object",
                "properties": {
                  "asOf": {
                    "type": "string",
                    "format": "date"
                  },
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "formula": {
                    "type": "string",
                    "description": "The formula in words and numbers, in the request's language."
                  },
                  "weights": {
                    "$ref": "#/components/schemas/RankingWeights"
                  },
                  "weightsSource": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/RankingWeightsSource"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "null: the defaults."
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/UnitRanking"
                    }
                  }
                },
                "required": [
                  "asOf",
                  "planId",
                  "formula",
                  "weights",
                  "weightsSource",
                  "items"
                ]
              }
            }
          }
        }
        """#
}
