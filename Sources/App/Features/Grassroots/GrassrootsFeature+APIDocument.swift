extension GrassrootsFeature {
    /// The grassroots projects' part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/grassroots-calls": {
              "get": {
                "operationId": "listGrassrootsCalls",
                "tags": [
                  "grassroots"
                ],
                "summary": "Calls for grassroots innovation projects (基层改革创新项目征集)",
                "description": "The calls issued within the reader's jurisdiction and those issued above it.",
                "responses": {
                  "200": {
                    "description": "The calls.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/GrassrootsCallList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "createGrassrootsCall",
                "tags": [
                  "grassroots"
                ],
                "summary": "Issue a call",
                "description": "By the city's office (or one above it). 422 when the jurisdiction is not there, the quota is not 1–99 or planId is not a plan of the jurisdiction. Without planId a plan named after the call is created to track the selected projects.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/GrassrootsCallInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The call.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/GrassrootsCall"
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
            "/api/v1/grassroots-calls/{id}/import": {
              "post": {
                "operationId": "importGrassrootsDeclarations",
                "tags": [
                  "grassroots"
                ],
                "summary": "Import declarations (dry run, then all or nothing)",
                "description": "An .xlsx or .csv (base64 in `content`) whose first row is the export's header; each row names its district (one the importer may declare for). `dryRun` (default true) writes nothing (200); a commit writes every row (201) or none (422 with the report).",
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
                        "$ref": "#/components/schemas/GrassrootsImportInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The dry run's report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/GrassrootsImportReport"
                        }
                      }
                    }
                  },
                  "201": {
                    "description": "Imported.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/GrassrootsImportReport"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Problems found (the report), or no file content.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "oneOf": [
                            {
                              "$ref": "#/components/schemas/GrassrootsImportReport"
                            },
                            {
                              "$ref": "#/components/schemas/Error"
                            }
                          ]
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/grassroots-projects": {
              "get": {
                "operationId": "listGrassrootsProjects",
                "tags": [
                  "grassroots"
                ],
                "summary": "The declared projects, filtered and paged",
                "description": "Projects of the districts the reader sees. A parameter that cannot be read is a 400 naming it.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/GrassrootsFilter_call"
                  },
                  {
                    "$ref": "#/components/parameters/GrassrootsFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/GrassrootsFilter_state"
                  },
                  {
                    "$ref": "#/components/parameters/GrassrootsFilter_q"
                  },
                  {
                    "name": "page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "integer",
                          "minimum": 1,
                          "maximum": 10000
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "The page (50 rows each). Empty means any (a form's blank)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of projects.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/GrassrootsPage"
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
                "operationId": "declareGrassrootsProject",
                "tags": [
                  "grassroots"
                ],
                "summary": "Declare a project",
                "description": "By a district's office (or one above it), for a district directly below the call's city.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/GrassrootsProjectInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The project.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/GrassrootsProject"
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
            },
            "/api/v1/grassroots-export": {
              "get": {
                "operationId": "exportGrassrootsProjects",
                "tags": [
                  "grassroots"
                ],
                "summary": "The projects as .xlsx or .csv",
                "description": "Every project the filters select, in the reader's language.",
                "parameters": [
                  {
                    "name": "format",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "xlsx",
                        "csv"
                      ]
                    },
                    "description": "xlsx (default) or csv."
                  },
                  {
                    "$ref": "#/components/parameters/GrassrootsFilter_call"
                  },
                  {
                    "$ref": "#/components/parameters/GrassrootsFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/GrassrootsFilter_state"
                  },
                  {
                    "$ref": "#/components/parameters/GrassrootsFilter_q"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The file.",
                    "content": {
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "text/csv": {
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
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/grassroots-projects/{id}": {
              "get": {
                "operationId": "getGrassrootsProject",
                "tags": [
                  "grassroots"
                ],
                "summary": "A project",
                "description": "404 outside the reader's view.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The project.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/GrassrootsProject"
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
              "put": {
                "operationId": "updateGrassrootsProject",
                "tags": [
                  "grassroots"
                ],
                "summary": "Edit a declaration",
                "description": "While it waits for review (422 `grassroots_reviewed` after). Needs the version read (409 when stale).",
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
                        "allOf": [
                          {
                            "$ref": "#/components/schemas/GrassrootsProjectInput"
                          },
                          {
                            "type": "object",
                            "required": [
                              "version"
                            ],
                            "properties": {
                              "version": {
                                "type": "integer",
                                "format": "int64",
                                "maximum": 9223372036854775807,
                                "minimum": 0
                              }
                            }
                          }
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The project.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/GrassrootsProject"
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
              },
              "delete": {
                "operationId": "deleteGrassrootsProject",
                "tags": [
                  "grassroots"
                ],
                "summary": "Delete a declared project",
                "description": "By whoever may edit the district's projects. Requires the version you read: `?version=` or `If-Match`. Refused with 409 `grassroots_project_planned` once the project was selected and is tracked as a plan item, and `grassroots_project_evaluated` while an evaluation round evaluates it.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "version",
                    "in": "query",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 0
                    },
                    "description": "The version you read. Required, unless the `If-Match` header carries it instead (the query wins when both are given).",
                    "example": 1
                  },
                  {
                    "$ref": "#/components/parameters/IfMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Deleted.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/DeleteResult"
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
                    "description": "A stale version (`conflict`, with `currentVersion`), or the project is still in use: tracked as a plan item (`grassroots_project_planned`) or evaluated by a round (`grassroots_project_evaluated`).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/grassroots-projects/{id}/review": {
              "post": {
                "operationId": "reviewGrassrootsProject",
                "tags": [
                  "grassroots"
                ],
                "summary": "The city's review: selected or not",
                "description": "By the office of the call's city. Selecting beyond the quota per district is 422 `grassroots_quota_full`; a reviewed project is 422 `grassroots_reviewed`; not selecting needs a note. A selected project becomes an item of the call's plan, or is linked to planItemId of that plan.",
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
                        "$ref": "#/components/schemas/GrassrootsReviewInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The project.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/GrassrootsProject"
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
              "GrassrootsCall": {
                "type": "object",
                "required": [
                  "id",
                  "jurisdictionId",
                  "year",
                  "title",
                  "quotaPerDistrict",
                  "declareBy",
                  "planId",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "jurisdictionId": {
                    "type": "integer"
                  },
                  "year": {
                    "type": "integer"
                  },
                  "title": {
                    "type": "string"
                  },
                  "quotaPerDistrict": {
                    "type": "integer"
                  },
                  "declareBy": {
                    "type": "string",
                    "format": "date"
                  },
                  "planId": {
                    "type": "integer"
                  },
                  "version": {
                    "type": "integer"
                  }
                }
              },
              "GrassrootsCallList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/GrassrootsCall"
                    }
                  }
                }
              },
              "GrassrootsCallInput": {
                "type": "object",
                "required": [
                  "jurisdictionId",
                  "year",
                  "title",
                  "quotaPerDistrict"
                ],
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807
                  },
                  "year": {
                    "type": "integer",
                    "minimum": 2000,
                    "maximum": 2100
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "quotaPerDistrict": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 99
                  },
                  "declareBy": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807
                  }
                }
              },
              "GrassrootsProject": {
                "type": "object",
                "required": [
                  "id",
                  "callId",
                  "jurisdictionId",
                  "title",
                  "summary",
                  "leadUnit",
                  "expectedResult",
                  "contact",
                  "state",
                  "reviewNote",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "callId": {
                    "type": "integer"
                  },
                  "jurisdictionId": {
                    "type": "integer"
                  },
                  "title": {
                    "type": "string"
                  },
                  "summary": {
                    "type": "string"
                  },
                  "leadUnit": {
                    "type": "string"
                  },
                  "expectedResult": {
                    "type": "string"
                  },
                  "contact": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "declared",
                      "selected",
                      "not_selected"
                    ]
                  },
                  "reviewNote": {
                    "type": "string"
                  },
                  "reviewedOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "planItemId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "version": {
                    "type": "integer"
                  }
                }
              },
              "GrassrootsPage": {
                "type": "object",
                "required": [
                  "items",
                  "total",
                  "page",
                  "pageSize",
                  "hasNext"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/GrassrootsProject"
                    }
                  },
                  "total": {
                    "type": "integer"
                  },
                  "page": {
                    "type": "integer"
                  },
                  "pageSize": {
                    "type": "integer"
                  },
                  "hasNext": {
                    "type": "boolean"
                  }
                }
              },
              "GrassrootsProjectInput": {
                "type": "object",
                "required": [
                  "jurisdictionId",
                  "title",
                  "leadUnit"
                ],
                "properties": {
                  "callId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807,
                    "description": "Required on POST."
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "summary": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "leadUnit": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "expectedResult": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "contact": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "GrassrootsReviewInput": {
                "type": "object",
                "required": [
                  "version",
                  "decision"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "maximum": 9223372036854775807,
                    "minimum": 0
                  },
                  "decision": {
                    "type": "string",
                    "enum": [
                      "selected",
                      "not_selected"
                    ]
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "planItemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807
                  },
                  "leadUnitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807
                  }
                }
              },
              "GrassrootsImportInput": {
                "type": "object",
                "required": [
                  "content"
                ],
                "properties": {
                  "filename": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 200
                  },
                  "content": {
                    "type": "string",
                    "contentEncoding": "base64",
                    "minLength": 4,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "dryRun": {
                    "type": "boolean",
                    "default": true
                  }
                }
              },
              "GrassrootsImportReport": {
                "type": "object",
                "required": [
                  "dryRun",
                  "rows",
                  "created",
                  "problems"
                ],
                "properties": {
                  "dryRun": {
                    "type": "boolean"
                  },
                  "rows": {
                    "type": "integer"
                  },
                  "created": {
                    "type": "integer"
                  },
                  "problems": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AuthorizationImportProblem"
                    }
                  }
                }
              }
            },
            "parameters": {
              "GrassrootsFilter_call": {
                "description": "A call's id. Empty means any (a form's blank).",
                "in": "query",
                "name": "call",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
                      "format": "int64",
                      "maximum": 9223372036854775807,
                      "minimum": 1,
                      "type": "integer"
                    },
                    {
                      "maxLength": 0,
                      "type": "string"
                    }
                  ]
                }
              },
              "GrassrootsFilter_jurisdiction": {
                "description": "The declaring district: it and those below it (404 outside the reader's view). Empty means any (a form's blank).",
                "in": "query",
                "name": "jurisdiction",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
                      "format": "int64",
                      "maximum": 9223372036854775807,
                      "minimum": 1,
                      "type": "integer"
                    },
                    {
                      "maxLength": 0,
                      "type": "string"
                    }
                  ]
                }
              },
              "GrassrootsFilter_state": {
                "description": "Declared, selected or not selected (also the Chinese names).",
                "in": "query",
                "name": "state",
                "required": false,
                "schema": {
                  "enum": [
                    "",
                    "declared",
                    "selected",
                    "not_selected"
                  ],
                  "type": "string"
                }
              },
              "GrassrootsFilter_q": {
                "description": "Words in the title, summary or lead unit.",
                "in": "query",
                "name": "q",
                "required": false,
                "schema": {
                  "maxLength": 100,
                  "pattern": "^[^\\u0000]*$",
                  "type": "string"
                }
              }
            }
          }
        }
        """#
}
