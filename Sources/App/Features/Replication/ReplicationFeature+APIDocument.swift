extension ReplicationFeature {
    /// The replication library's part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/experiences": {
              "get": {
                "operationId": "listExperiences",
                "tags": [
                  "replication"
                ],
                "summary": "The replication library (可复制推广经验), filtered and paged",
                "description": "Every signed-in user but a reviewer reads it, in batch and number order. A parameter that cannot be read is a 400 naming it.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/ReplicationFilter_batch"
                  },
                  {
                    "$ref": "#/components/parameters/ReplicationFilter_origin"
                  },
                  {
                    "$ref": "#/components/parameters/ReplicationFilter_adopted_in"
                  },
                  {
                    "$ref": "#/components/parameters/ReplicationFilter_year"
                  },
                  {
                    "$ref": "#/components/parameters/ReplicationFilter_q"
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
                    "description": "The page (50 each). Empty means any (a form's blank)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of experiences.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ExperiencePage"
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
                "operationId": "createExperience",
                "tags": [
                  "replication"
                ],
                "summary": "Record an experience",
                "description": "By the office of the origin jurisdiction (or one above it).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ExperienceInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The experience.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Experience"
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
            },
            "/api/v1/experiences/{id}": {
              "get": {
                "operationId": "getExperience",
                "tags": [
                  "replication"
                ],
                "summary": "An experience with its sources and adoptions",
                "description": "",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The experience.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Experience"
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
                "operationId": "updateExperience",
                "tags": [
                  "replication"
                ],
                "summary": "Edit an experience",
                "description": "Needs the version read (409 when stale).",
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
                            "$ref": "#/components/schemas/ExperienceInput"
                          },
                          {
                            "type": "object",
                            "required": [
                              "version"
                            ]
                          }
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The experience.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Experience"
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
                "operationId": "deleteExperience",
                "tags": [
                  "replication"
                ],
                "summary": "Delete an experience",
                "description": "Deletes the experience with its sources, by whoever may edit it. Requires the version you read: `?version=` or `If-Match`. Refused with 409 `replication_experience_adopted` while jurisdictions have recorded adopting it (those adoptions are removed first, each by whoever may record it).",
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
                    "description": "A stale version (`conflict`, with `currentVersion`), or jurisdictions have adopted the experience (`replication_experience_adopted`).",
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
            "/api/v1/experiences/{id}/adoptions": {
              "post": {
                "operationId": "recordAdoption",
                "tags": [
                  "replication"
                ],
                "summary": "Record that a jurisdiction adopted it",
                "description": "By the office of the adopting jurisdiction (or one above it).",
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
                        "$ref": "#/components/schemas/AdoptionInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The adoption.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Adoption"
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
            },
            "/api/v1/experience-export": {
              "get": {
                "operationId": "exportExperiences",
                "tags": [
                  "replication"
                ],
                "summary": "The library as .xlsx or .csv",
                "description": "Every experience the filters select (no paging); the columns import back.",
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
                    "$ref": "#/components/parameters/ReplicationFilter_batch"
                  },
                  {
                    "$ref": "#/components/parameters/ReplicationFilter_origin"
                  },
                  {
                    "$ref": "#/components/parameters/ReplicationFilter_adopted_in"
                  },
                  {
                    "$ref": "#/components/parameters/ReplicationFilter_year"
                  },
                  {
                    "$ref": "#/components/parameters/ReplicationFilter_q"
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
            },
            "/api/v1/experience-import": {
              "post": {
                "operationId": "importExperiences",
                "tags": [
                  "replication"
                ],
                "summary": "Import experiences",
                "description": "dryRun (default true) checks every row and writes nothing; a commit writes every row or none; each problem names its row and column.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AuthorizationImportInput"
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
                          "$ref": "#/components/schemas/AuthorizationImportReport"
                        }
                      }
                    }
                  },
                  "201": {
                    "description": "The experiences were written.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuthorizationImportReport"
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
                    "description": "Problems found (the report), or no file content.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "oneOf": [
                            {
                              "$ref": "#/components/schemas/AuthorizationImportReport"
                            },
                            {
                              "$ref": "#/components/schemas/Error"
                            }
                          ]
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
            "/api/v1/experience-adoptions/{id}": {
              "delete": {
                "operationId": "deleteExperienceAdoption",
                "tags": [
                  "replication"
                ],
                "summary": "Remove an adoption",
                "description": "Removes a jurisdiction's recorded adoption of an experience, by whoever may record one for that jurisdiction (its office or one above it).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Adoption": {
                "type": "object",
                "required": [
                  "jurisdictionId",
                  "adoptedOn",
                  "method",
                  "result",
                  "actor",
                  "recordedAt"
                ],
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "adoptedOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "method": {
                    "type": "string"
                  },
                  "result": {
                    "type": "string"
                  },
                  "actor": {
                    "type": "string"
                  },
                  "recordedAt": {
                    "type": "string"
                  }
                }
              },
              "Experience": {
                "type": "object",
                "required": [
                  "id",
                  "batch",
                  "number",
                  "title",
                  "summary",
                  "jurisdictionId",
                  "publisher",
                  "publishedOn",
                  "adoptionCount",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "batch": {
                    "type": "integer"
                  },
                  "number": {
                    "type": "integer"
                  },
                  "title": {
                    "type": "string"
                  },
                  "summary": {
                    "type": "string"
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "publisher": {
                    "type": "string"
                  },
                  "publishedOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "adoptionCount": {
                    "type": "integer"
                  },
                  "planItemIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 9223372036854775807
                    }
                  },
                  "evaluationSubjectIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 9223372036854775807
                    }
                  },
                  "adoptions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Adoption"
                    }
                  },
                  "version": {
                    "type": "integer"
                  }
                }
              },
              "ExperiencePage": {
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
                      "$ref": "#/components/schemas/Experience"
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
              "ExperienceInput": {
                "type": "object",
                "required": [
                  "batch",
                  "number",
                  "title",
                  "jurisdictionId",
                  "publishedOn"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0,
                    "maximum": 9223372036854775807,
                    "description": "Required on PUT."
                  },
                  "batch": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 999
                  },
                  "number": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 99999
                  },
                  "title": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1
                  },
                  "summary": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807,
                    "description": "The origin jurisdiction (首创地区)."
                  },
                  "publisher": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "publishedOn": {
                    "type": "string",
                    "format": "date",
                    "description": "Not after today."
                  },
                  "planItemIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "maxItems": 25,
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 9223372036854775807
                    }
                  },
                  "evaluationSubjectIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "maxItems": 25,
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 9223372036854775807
                    }
                  }
                }
              },
              "AdoptionInput": {
                "type": "object",
                "required": [
                  "jurisdictionId",
                  "adoptedOn",
                  "method"
                ],
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807,
                    "description": "The adopting jurisdiction: not the origin, once each."
                  },
                  "adoptedOn": {
                    "type": "string",
                    "format": "date",
                    "description": "Not before it was published, not after today."
                  },
                  "method": {
                    "type": "string",
                    "maxLength": 4000,
                    "minLength": 1
                  },
                  "result": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  }
                }
              }
            },
            "parameters": {
              "ReplicationFilter_batch": {
                "description": "The batch. Empty means any (a form's blank).",
                "in": "query",
                "name": "batch",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
                      "maximum": 999,
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
              "ReplicationFilter_origin": {
                "description": "The origin jurisdiction: it and those below it (404 when there is none). Empty means any (a form's blank).",
                "in": "query",
                "name": "origin",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
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
              "ReplicationFilter_adopted_in": {
                "description": "A jurisdiction (and those below it) that adopted the experience (404 when there is none). Empty means any (a form's blank).",
                "in": "query",
                "name": "adopted_in",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
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
              "ReplicationFilter_year": {
                "description": "The year it was published. Empty means any (a form's blank).",
                "in": "query",
                "name": "year",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
                      "maximum": 2200,
                      "minimum": 1900,
                      "type": "integer"
                    },
                    {
                      "maxLength": 0,
                      "type": "string"
                    }
                  ]
                }
              },
              "ReplicationFilter_q": {
                "description": "Words in the title or summary.",
                "in": "query",
                "name": "q",
                "required": false,
                "schema": {
                  "maxLength": 100,
                  "type": "string"
                }
              }
            }
          }
        }
        """#
}
