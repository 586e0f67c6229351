extension JudgementsFeature {
    /// 研判's part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/items/{id}/judgements": {
              "get": {
                "operationId": "listJudgements",
                "tags": [
                  "items"
                ],
                "summary": "An item's judgements (研判)",
                "description": "Newest first, and the one in force: the latest period judged, within it the latest made.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The history.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/JudgementList"
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "judgeItem",
                "tags": [
                  "items"
                ],
                "summary": "Record a judgement (研判)",
                "description": "By the office of the item's jurisdiction: 绿 / 黄绿 / 黄红 / 红 for a reporting period (`2026-11` or `2026-Q4`) with a one-line reason of at most 120 characters. Kept as history; a red one offers to raise a matter.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/JudgementCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The judgement.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Judgement"
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
              "Judgement": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "period": {
                    "type": "string",
                    "example": "2026-11"
                  },
                  "rating": {
                    "type": "string",
                    "enum": [
                      "green",
                      "amber_green",
                      "amber_red",
                      "red"
                    ]
                  },
                  "reason": {
                    "type": "string"
                  },
                  "judgedBy": {
                    "type": "string"
                  },
                  "judgedAt": {
                    "type": "string"
                  }
                },
                "required": [
                  "id",
                  "period",
                  "rating",
                  "reason",
                  "judgedBy",
                  "judgedAt"
                ]
              },
              "JudgementList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Judgement"
                    }
                  },
                  "current": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Judgement"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                },
                "required": [
                  "items"
                ]
              },
              "JudgementCreate": {
                "type": "object",
                "properties": {
                  "period": {
                    "type": "string",
                    "pattern": "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$",
                    "example": "2026-11"
                  },
                  "rating": {
                    "type": "string",
                    "enum": [
                      "green",
                      "amber_green",
                      "amber_red",
                      "red"
                    ]
                  },
                  "reason": {
                    "type": "string",
                    "maxLength": 120,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1,
                    "description": "One line (a line break is a 422)."
                  }
                },
                "required": [
                  "period",
                  "rating",
                  "reason"
                ]
              }
            }
          }
        }
        """#
}
