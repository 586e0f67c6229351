extension PlansFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/plans": {
              "get": {
                "operationId": "listPlans",
                "tags": [
                  "plans"
                ],
                "summary": "List reform plans (改革方案)",
                "description": "Up to 1000 plans; with `jurisdiction`, those issued by it or any jurisdiction below it.",
                "parameters": [
                  {
                    "name": "jurisdiction",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "description": "Only plans of this jurisdiction's subtree; an unknown id is a 404.",
                    "example": 3
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The plans.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PlanList"
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
              "post": {
                "operationId": "createPlan",
                "tags": [
                  "plans"
                ],
                "summary": "Create a reform plan",
                "description": "Adds a plan; its items are added with POST /api/v1/plans/{id}/items.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/PlanCreate"
                      },
                      "example": {
                        "jurisdictionId": 4,
                        "title": "龙华区2025年全面深化改革工作要点",
                        "docNumber": "深龙改〔2025〕1号",
                        "issuer": "中共深圳市龙华区委全面深化改革委员会",
                        "issueDate": "2025-02-10",
                        "periodStart": "2025-01-01",
                        "periodEnd": "2025-12-31",
                        "levelNames": [
                          "领域",
                          "任务",
                          "举措"
                        ],
                        "rollupRule": "weighted",
                        "warnDays": 5
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Plan"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The new record's URL.",
                        "schema": {
                          "type": "string"
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
            },
            "/api/v1/plans/{id}": {
              "get": {
                "operationId": "getPlan",
                "tags": [
                  "plans"
                ],
                "summary": "Get a reform plan",
                "description": "One plan.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The plan.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Plan"
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
              "patch": {
                "operationId": "updatePlan",
                "tags": [
                  "plans"
                ],
                "summary": "Update a reform plan",
                "description": "Changes the given fields; a new roll-up rule recomputes every percent, new warning days every light. Requires the version you read (body `version` or `If-Match`).",
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
                        "$ref": "#/components/schemas/PlanUpdate"
                      },
                      "example": {
                        "warnDays": 5,
                        "version": 1
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Updated.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Plan"
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
              "PlanList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Plan"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "PlanCreate": {
                "type": "object",
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The issuing jurisdiction; must exist."
                  },
                  "title": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "maxLength": 300,
                    "description": "Title, 1–300 characters."
                  },
                  "docNumber": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 100,
                    "description": "文号, at most 100 characters."
                  },
                  "issuer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 200,
                    "description": "印发单位, at most 200 characters."
                  },
                  "issueDate": {
                    "anyOf": [
                      {
                        "type": "string",
                        "format": "date"
                      },
                      {
                        "type": "string",
                        "maxLength": 0
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "`YYYY-MM-DD`; an empty string means no date."
                  },
                  "periodStart": {
                    "anyOf": [
                      {
                        "type": "string",
                        "format": "date"
                      },
                      {
                        "type": "string",
                        "maxLength": 0
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "`YYYY-MM-DD`; an empty string means no date."
                  },
                  "periodEnd": {
                    "anyOf": [
                      {
                        "type": "string",
                        "format": "date"
                      },
                      {
                        "type": "string",
                        "maxLength": 0
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "`YYYY-MM-DD`, not before periodStart; an empty string means no date."
                  },
                  "levelNames": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "string",
                      "maxLength": 20,
                      "pattern": "^[^\\u0000/／、,，]*[^\\s\\u0000/／、,，][^\\u0000/／、,，]*$"
                    },
                    "uniqueItems": true,
                    "description": "Names of the tree's levels from the top: each non-blank, at most 20 characters, without / ／ 、 , ，, all different; an empty list means 领域/任务/举措/节点."
                  },
                  "rollupRule": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "mean",
                      "weighted",
                      "minimum"
                    ]
                  },
                  "warnDays": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 60,
                    "description": "Days before a deadline that items turn yellow; 3 when left out."
                  }
                },
                "required": [
                  "jurisdictionId",
                  "title"
                ]
              },
              "PlanUpdate": {
                "type": "object",
                "properties": {
                  "jurisdictionId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "The issuing jurisdiction; must exist."
                  },
                  "title": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "maxLength": 300,
                    "description": "Title, 1–300 characters."
                  },
                  "docNumber": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 100,
                    "description": "文号, at most 100 characters."
                  },
                  "issuer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 200,
                    "description": "印发单位, at most 200 characters."
                  },
                  "issueDate": {
                    "anyOf": [
                      {
                        "type": "string",
                        "format": "date"
                      },
                      {
                        "type": "string",
                        "maxLength": 0
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "`YYYY-MM-DD`; an empty string means no date."
                  },
                  "periodStart": {
                    "anyOf": [
                      {
                        "type": "string",
                        "format": "date"
                      },
                      {
                        "type": "string",
                        "maxLength": 0
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "`YYYY-MM-DD`; an empty string means no date."
                  },
                  "periodEnd": {
                    "anyOf": [
                      {
                        "type": "string",
                        "format": "date"
                      },
                      {
                        "type": "string",
                        "maxLength": 0
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "`YYYY-MM-DD`, not before periodStart; an empty string means no date."
                  },
                  "levelNames": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "string",
                      "maxLength": 20,
                      "pattern": "^[^\\u0000/／、,，]*[^\\s\\u0000/／、,，][^\\u0000/／、,，]*$"
                    },
                    "uniqueItems": true,
                    "description": "Names of the tree's levels from the top: each non-blank, at most 20 characters, without / ／ 、 , ，, all different; an empty list means 领域/任务/举措/节点."
                  },
                  "rollupRule": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "mean",
                      "weighted",
                      "minimum"
                    ]
                  },
                  "warnDays": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 60,
                    "description": "Days before a deadline that items turn yellow; 3 when left out."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking). Required on every change: here, or instead as the `If-Match` header (the body wins when both are given). Without either the request is a 400; a stale version is refused with 409."
                  }
                },
                "required": [
                  "version"
                ],
                "description": "Fields left out or null keep their current value."
              }
            }
          }
        }
        """#
}
