extension AuthorizationsFeature {
    /// The register's part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/authorization-batches": {
              "get": {
                "operationId": "listAuthorizationBatches",
                "tags": [
                  "authorizations"
                ],
                "summary": "Authorization list batches (授权清单批次)",
                "description": "The batches kept within the reader's jurisdiction and those kept above it.",
                "responses": {
                  "200": {
                    "description": "The batches.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuthorizationBatchList"
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
                "operationId": "createAuthorizationBatch",
                "tags": [
                  "authorizations"
                ],
                "summary": "Add a batch",
                "description": "By the office of the jurisdiction (or one above it) or an administrator. 422 when the jurisdiction is not there or not in view, the batch number is taken, or the issue date is after today.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AuthorizationBatchInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The batch.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuthorizationBatch"
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
            "/api/v1/authorization-batches/{id}/import": {
              "post": {
                "operationId": "importAuthorizations",
                "tags": [
                  "authorizations"
                ],
                "summary": "Import items from a spreadsheet (dry run, then all or nothing)",
                "description": "An .xlsx or .csv (base64 in `content`; the file name's ending says which) whose first row is the export's header (Chinese or English). `dryRun` (default true) checks every row and writes nothing (200). A commit (`dryRun: false`) writes every row in one transaction (201) or, when any row has a problem, none (422 with the same report). Each problem names its row and column.",
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
                    "description": "Imported.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuthorizationImportReport"
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
            "/api/v1/authorizations": {
              "get": {
                "operationId": "listAuthorizations",
                "tags": [
                  "authorizations"
                ],
                "summary": "The register (授权事项清单), filtered and paged",
                "description": "Items whose receiving jurisdiction the reader sees, in batch and number order. A parameter that cannot be read is a 400 naming it.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_batch"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_area"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_status"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_law_change"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_mode"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_q"
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
                    "description": "The page (50 items each). Empty means any (a form's blank)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of items.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuthorizationPage"
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
                "operationId": "createAuthorization",
                "tags": [
                  "authorizations"
                ],
                "summary": "Add an item to a batch",
                "description": "By the office that keeps the batch (404 when the batch is not there or not in view). Its first landing status (default not_landed) is dated `statusOn` (default the batch's issue date; not after today). 422 when a field is missing or too long, the number is taken in the batch, the receiving jurisdiction is not the batch's or below it, or a linked plan item is not there.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/AuthorizationInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The item.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Authorization"
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
            "/api/v1/authorization-export": {
              "get": {
                "operationId": "exportAuthorizations",
                "tags": [
                  "authorizations"
                ],
                "summary": "The register as .xlsx or .csv",
                "description": "Every item the filters select (no paging), in the reader's language; the columns import back.",
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
                    "$ref": "#/components/parameters/AuthorizationFilter_batch"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_area"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_status"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_law_change"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_mode"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_q"
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
            "/api/v1/authorizations/{id}": {
              "get": {
                "operationId": "getAuthorization",
                "tags": [
                  "authorizations"
                ],
                "summary": "An item with its landing history",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The item.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Authorization"
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
                "operationId": "updateAuthorization",
                "tags": [
                  "authorizations"
                ],
                "summary": "Edit an item's facts and linked plan items",
                "description": "Needs the version read (409 when stale). The landing status changes only through /status.",
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
                            "$ref": "#/components/schemas/AuthorizationInput"
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
                    "description": "The item.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Authorization"
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
                "operationId": "deleteAuthorization",
                "tags": [
                  "authorizations"
                ],
                "summary": "Delete an authorized item",
                "description": "Deletes the item with its landing history, plan-item links and evidence, by whoever may edit it. Requires the version you read: `?version=` or `If-Match`. Refused with 409 `authorization_evaluated` while an evaluation round evaluates it.",
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
                    "description": "A stale version (`conflict`, with `currentVersion`), or the item is a subject of an evaluation round (`authorization_evaluated`).",
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
            "/api/v1/authorizations/{id}/status": {
              "post": {
                "operationId": "recordAuthorizationStatus",
                "tags": [
                  "authorizations"
                ],
                "summary": "Record a change of landing status",
                "description": "On the day it took effect (`effectiveOn`, default today): not after today and not before the last change (422 otherwise, or when the status is the one the item has). Needs the version read (409 when stale).",
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
                        "$ref": "#/components/schemas/AuthorizationStatusInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The item.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Authorization"
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
            "/api/v1/authorization-counts": {
              "get": {
                "operationId": "getAuthorizationCounts",
                "tags": [
                  "authorizations"
                ],
                "summary": "X of N formally landed, Y progressing — as of a day, by batch and by area",
                "description": "Taken from the status history: an item counts from its first change on, at the status of its last change on or before `as_of`. `progressing` counts progressing, substantial_progress and effective.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_batch"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_area"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_status"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_law_change"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_mode"
                  },
                  {
                    "$ref": "#/components/parameters/AuthorizationFilter_q"
                  },
                  {
                    "name": "as_of",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "string",
                          "format": "date"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "The day the counts are taken as of (today when left out; 400 when after today). Empty means today (a form's blank)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The counts.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuthorizationCounts"
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
            }
          },
          "components": {
            "schemas": {
              "AuthorizationBatch": {
                "type": "object",
                "required": [
                  "id",
                  "jurisdictionId",
                  "ordinal",
                  "title",
                  "issuer",
                  "docNumber",
                  "issuedOn",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "jurisdictionId": {
                    "type": "integer"
                  },
                  "ordinal": {
                    "type": "integer",
                    "description": "首批 is 1."
                  },
                  "title": {
                    "type": "string"
                  },
                  "issuer": {
                    "type": "string"
                  },
                  "docNumber": {
                    "type": "string"
                  },
                  "issuedOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "version": {
                    "type": "integer"
                  }
                }
              },
              "AuthorizationBatchList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AuthorizationBatch"
                    }
                  }
                }
              },
              "AuthorizationBatchInput": {
                "type": "object",
                "required": [
                  "jurisdictionId",
                  "ordinal",
                  "title"
                ],
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807
                  },
                  "ordinal": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 999
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "issuer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "docNumber": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "issuedOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  }
                }
              },
              "AuthorizationStatusChange": {
                "type": "object",
                "required": [
                  "landingStatus",
                  "effectiveOn",
                  "note",
                  "actor",
                  "recordedAt"
                ],
                "properties": {
                  "landingStatus": {
                    "type": "string",
                    "enum": [
                      "not_landed",
                      "progressing",
                      "substantial_progress",
                      "effective",
                      "landed"
                    ]
                  },
                  "effectiveOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "note": {
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
              "Authorization": {
                "type": "object",
                "required": [
                  "id",
                  "batchId",
                  "jurisdictionId",
                  "number",
                  "area",
                  "content",
                  "grantingBody",
                  "legalBasis",
                  "needsLawChange",
                  "lawChange",
                  "approvalMode",
                  "landingStatus",
                  "statusOn",
                  "remarks",
                  "planItemIds",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "batchId": {
                    "type": "integer"
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "description": "The receiving jurisdiction (承接地区)."
                  },
                  "number": {
                    "type": "integer"
                  },
                  "area": {
                    "type": "string"
                  },
                  "content": {
                    "type": "string"
                  },
                  "grantingBody": {
                    "type": "string"
                  },
                  "legalBasis": {
                    "type": "string"
                  },
                  "needsLawChange": {
                    "type": "boolean"
                  },
                  "lawChange": {
                    "type": "string"
                  },
                  "approvalMode": {
                    "type": "string",
                    "enum": [
                      "filing",
                      "approval"
                    ]
                  },
                  "landingStatus": {
                    "type": "string",
                    "enum": [
                      "not_landed",
                      "progressing",
                      "substantial_progress",
                      "effective",
                      "landed"
                    ]
                  },
                  "statusOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "remarks": {
                    "type": "string"
                  },
                  "planItemIds": {
                    "type": "array",
                    "items": {
                      "type": "integer"
                    }
                  },
                  "history": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/AuthorizationStatusChange"
                    },
                    "description": "Oldest first; only on a single item (null in lists)."
                  },
                  "version": {
                    "type": "integer"
                  }
                }
              },
              "AuthorizationPage": {
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
                      "$ref": "#/components/schemas/Authorization"
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
              "AuthorizationInput": {
                "type": "object",
                "required": [
                  "number",
                  "area",
                  "content",
                  "approvalMode"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "description": "Required on PUT.",
                    "format": "int64",
                    "maximum": 9223372036854775807,
                    "minimum": 0
                  },
                  "batchId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "description": "Required on POST.",
                    "format": "int64",
                    "maximum": 9223372036854775807
                  },
                  "jurisdictionId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807
                  },
                  "number": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 99999
                  },
                  "area": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100
                  },
                  "content": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 4000
                  },
                  "grantingBody": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "legalBasis": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "needsLawChange": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "lawChange": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000,
                    "description": "Required when needsLawChange."
                  },
                  "approvalMode": {
                    "type": "string",
                    "enum": [
                      "filing",
                      "approval"
                    ]
                  },
                  "remarks": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "planItemIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "maxItems": 50,
                    "items": {
                      "type": "integer",
                      "minimum": 1,
                      "format": "int64",
                      "maximum": 9223372036854775807
                    }
                  },
                  "landingStatus": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "not_landed",
                      "progressing",
                      "substantial_progress",
                      "effective",
                      "landed"
                    ]
                  },
                  "statusOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  }
                }
              },
              "AuthorizationStatusInput": {
                "type": "object",
                "required": [
                  "version",
                  "landingStatus"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "maximum": 9223372036854775807,
                    "minimum": 0
                  },
                  "landingStatus": {
                    "type": "string",
                    "enum": [
                      "not_landed",
                      "progressing",
                      "substantial_progress",
                      "effective",
                      "landed"
                    ]
                  },
                  "effectiveOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  }
                }
              },
              "AuthorizationImportInput": {
                "type": "object",
                "required": [
                  "content"
                ],
                "properties": {
                  "filename": {
                    "type": "string",
                    "maxLength": 200,
                    "description": "Ends in .csv for a CSV file; anything else is read as .xlsx."
                  },
                  "content": {
                    "type": "string",
                    "contentEncoding": "base64",
                    "minLength": 4
                  },
                  "dryRun": {
                    "type": "boolean",
                    "default": true
                  }
                }
              },
              "AuthorizationImportProblem": {
                "type": "object",
                "required": [
                  "row",
                  "column",
                  "field",
                  "message"
                ],
                "properties": {
                  "row": {
                    "type": "integer",
                    "description": "The sheet's row (0: the whole file)."
                  },
                  "column": {
                    "type": "string",
                    "description": "The column letter, e.g. C ('' for the whole row or file)."
                  },
                  "field": {
                    "type": "string"
                  },
                  "message": {
                    "type": "string"
                  }
                }
              },
              "AuthorizationImportReport": {
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
              },
              "AuthorizationCount": {
                "type": "object",
                "required": [
                  "total",
                  "landed",
                  "progressing",
                  "notLanded",
                  "byStatus"
                ],
                "properties": {
                  "key": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "label": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "total": {
                    "type": "integer"
                  },
                  "landed": {
                    "type": "integer"
                  },
                  "progressing": {
                    "type": "integer"
                  },
                  "notLanded": {
                    "type": "integer"
                  },
                  "byStatus": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer"
                    }
                  }
                }
              },
              "AuthorizationCounts": {
                "type": "object",
                "required": [
                  "asOf",
                  "all",
                  "byBatch",
                  "byArea"
                ],
                "properties": {
                  "asOf": {
                    "type": "string",
                    "format": "date"
                  },
                  "all": {
                    "$ref": "#/components/schemas/AuthorizationCount"
                  },
                  "byBatch": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AuthorizationCount"
                    }
                  },
                  "byArea": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AuthorizationCount"
                    }
                  }
                }
              }
            },
            "parameters": {
              "AuthorizationFilter_batch": {
                "name": "batch",
                "in": "query",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
                      "type": "integer",
                      "minimum": 1,
                      "format": "int64",
                      "maximum": 9223372036854775807
                    },
                    {
                      "type": "string",
                      "maxLength": 0
                    }
                  ]
                },
                "description": "A batch's id. Empty means any (a form's blank)."
              },
              "AuthorizationFilter_area": {
                "name": "area",
                "in": "query",
                "required": false,
                "schema": {
                  "type": "string",
                  "maxLength": 100
                },
                "description": "An area (领域), as written."
              },
              "AuthorizationFilter_status": {
                "name": "status",
                "in": "query",
                "required": false,
                "schema": {
                  "type": "string",
                  "enum": [
                    "",
                    "not_landed",
                    "progressing",
                    "substantial_progress",
                    "effective",
                    "landed"
                  ]
                },
                "description": "A landing status (also its Chinese name)."
              },
              "AuthorizationFilter_jurisdiction": {
                "name": "jurisdiction",
                "in": "query",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
                      "type": "integer",
                      "minimum": 1,
                      "format": "int64",
                      "maximum": 9223372036854775807
                    },
                    {
                      "type": "string",
                      "maxLength": 0
                    }
                  ]
                },
                "description": "The receiving jurisdiction: it and those below it (404 outside the reader's view). Empty means any (a form's blank)."
              },
              "AuthorizationFilter_law_change": {
                "name": "law_change",
                "in": "query",
                "required": false,
                "schema": {
                  "type": "string",
                  "enum": [
                    "",
                    "1",
                    "0",
                    "true",
                    "false"
                  ]
                },
                "description": "Whether laws or regulations must change."
              },
              "AuthorizationFilter_mode": {
                "name": "mode",
                "in": "query",
                "required": false,
                "schema": {
                  "type": "string",
                  "enum": [
                    "",
                    "filing",
                    "approval"
                  ]
                },
                "description": "Filing (备案) or approval (报批)."
              },
              "AuthorizationFilter_q": {
                "name": "q",
                "in": "query",
                "required": false,
                "schema": {
                  "type": "string",
                  "maxLength": 100
                },
                "description": "Words in the content, legal basis or granting body."
              }
            }
          }
        }
        """#
}
