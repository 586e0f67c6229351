extension NoticesFeature {
    /// The notices' part of the OpenAPI document: their paths and the schemas only they use.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/notices": {
              "get": {
                "operationId": "listNotices",
                "tags": [
                  "notices"
                ],
                "summary": "Notices (督办文书) in the reader's view",
                "description": "Newest first, at most 500. An office or administrator sees the drafts and issued notices of its subtree; inspectors and viewers the issued ones; a unit's liaison or head only the issued notices addressed to its unit. `unsigned=true` keeps the issued notices (not commendations) that a recipient — for a unit, the reader's own — has not signed for.",
                "parameters": [
                  {
                    "name": "unsigned",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "boolean"
                    },
                    "description": "Only notices waiting for a receipt."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The notices.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoticeList"
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "draftNotice",
                "tags": [
                  "notices"
                ],
                "summary": "Draft a notice (拟制)",
                "description": "By an office or an administrator. The draft has no number: 签发 takes it. A source that does not exist or is outside the office's view, or a recipient unit it does not see, is `notFound` on its field (422).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NoticeCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The draft.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Notice"
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
            "/api/v1/notices/{id}": {
              "get": {
                "operationId": "getNotice",
                "tags": [
                  "notices"
                ],
                "summary": "A notice with its recipients and receipts",
                "description": "A notice outside the reader's view — for a unit, one not addressed to it, or a draft — is a 404.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The notice.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Notice"
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
              "delete": {
                "operationId": "deleteNoticeDraft",
                "tags": [
                  "notices"
                ],
                "summary": "Delete a draft notice",
                "description": "By the office that manages the notice. Only a draft (it has no number and was not sent); an issued notice stays for good (409). Requires the version you read: `?version=` or `If-Match`.",
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
                    "$ref": "#/components/responses/Conflict"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "patch": {
                "operationId": "updateNoticeDraft",
                "tags": [
                  "notices"
                ],
                "summary": "Edit a draft notice",
                "description": "By the office that manages the notice. Only a draft: an issued notice is an official document and is never edited (409). Validated as a new draft; a recipient unit outside the office's view is `notFound` on recipientIds (422).",
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
                        "$ref": "#/components/schemas/NoticeUpdate"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The edited draft.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Notice"
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
            "/api/v1/notices/{id}/issue": {
              "post": {
                "operationId": "issueNotice",
                "tags": [
                  "notices"
                ],
                "summary": "Issue a draft (签发): it takes the next document number",
                "description": "By the office. The number is the next of the sequence that numbers the notice's kind in its jurisdiction (or the nearest one above) for the issue date's year, taken in the same transaction: numbers are never reused or skipped. No sequence configured is a 422 (`no_notice_sequence`); a notice already issued or a stale version is a 409. `recordCommendations` on a commendation records a 通报表扬 for each recipient unit.",
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
                        "$ref": "#/components/schemas/NoticeIssue"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The issued notice.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Notice"
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
            "/api/v1/notices/{id}/receipt": {
              "post": {
                "operationId": "signNotice",
                "tags": [
                  "notices"
                ],
                "summary": "Sign for a notice (签收回执)",
                "description": "By a liaison or head of a recipient unit, for the unit; no body. Signing twice is a 409; a commendation needs no receipt (422, `notice_needs_no_receipt`).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The notice with the receipt.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Notice"
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
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/notice-sequences": {
              "get": {
                "operationId": "listNoticeSequences",
                "tags": [
                  "notices"
                ],
                "summary": "Numbering sequences (发文字号) of the office's subtree",
                "description": "For an office or administrator.",
                "responses": {
                  "200": {
                    "description": "The sequences.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoticeSequenceList"
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
              },
              "post": {
                "operationId": "createNoticeSequence",
                "tags": [
                  "notices"
                ],
                "summary": "Configure a numbering sequence",
                "description": "A prefix (发文机关代字, e.g. 龙华改办督) and a form (`number`: 〔2026〕3号, `issue`: 〔2026〕第3期) for the kinds it numbers. The prefix must read back: no brackets, spaces, 号 or 期, and not ending in a digit (422 `prefix`). A kind already numbered in the jurisdiction, or a jurisdiction that does not exist or is outside the office's view, is a 422.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NoticeSequenceCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The sequence.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoticeSequence"
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
            "/api/v1/notice-templates": {
              "get": {
                "operationId": "listNoticeTemplates",
                "tags": [
                  "notices"
                ],
                "summary": "The notice templates in force for a jurisdiction",
                "description": "By an office or an administrator. Each kind's wording: the jurisdiction's own, else the nearest one above, else the app's. A jurisdiction outside the reader's view is 404.",
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
                    "description": "Default: the reader's own jurisdiction."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Every kind's template in force for the jurisdiction.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoticeTemplateList"
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
            "/api/v1/notice-templates/{jurisdictionId}/{kind}": {
              "put": {
                "operationId": "saveNoticeTemplate",
                "tags": [
                  "notices"
                ],
                "summary": "Save a jurisdiction's own notice template",
                "description": "By the office of the jurisdiction or above (or an administrator). Placeholders: {subject}, {units}, {deadline}, {result}; any other {word} is refused (422, unknownPlaceholder).",
                "parameters": [
                  {
                    "name": "jurisdictionId",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  },
                  {
                    "name": "kind",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "supervision_notice",
                        "reminder",
                        "commendation",
                        "criticism"
                      ]
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NoticeTemplateSave"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Every kind's template in force for the jurisdiction.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoticeTemplateList"
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
                "operationId": "revertNoticeTemplate",
                "tags": [
                  "notices"
                ],
                "summary": "Delete a jurisdiction's own notice template",
                "description": "The template above (or the app's) is in force again. 404 when the jurisdiction has none of its own. Requires the version you read: `?version=` or `If-Match`.",
                "parameters": [
                  {
                    "name": "jurisdictionId",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  },
                  {
                    "name": "kind",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "supervision_notice",
                        "reminder",
                        "commendation",
                        "criticism"
                      ]
                    }
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
                    "description": "Every kind's template in force for the jurisdiction.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoticeTemplateList"
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "NoticeRecipient": {
                "type": "object",
                "properties": {
                  "unitId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "name": {
                    "type": "string"
                  },
                  "signedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "signedBy": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                },
                "required": [
                  "unitId",
                  "name"
                ]
              },
              "Notice": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "supervision_notice",
                      "reminder",
                      "commendation",
                      "criticism"
                    ]
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "draft",
                      "issued"
                    ]
                  },
                  "documentNumber": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "year": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "number": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "source": {
                    "type": "string",
                    "example": "matter:12"
                  },
                  "title": {
                    "type": "string"
                  },
                  "body": {
                    "type": "string"
                  },
                  "issuer": {
                    "type": "string"
                  },
                  "signature": {
                    "type": "string"
                  },
                  "issuedOn": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "issuedBy": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "createdBy": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "recipients": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/NoticeRecipient"
                    }
                  }
                },
                "required": [
                  "id",
                  "jurisdictionId",
                  "kind",
                  "state",
                  "source",
                  "title",
                  "body",
                  "issuer",
                  "signature",
                  "createdBy",
                  "version",
                  "recipients"
                ]
              },
              "NoticeList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Notice"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "NoticeCreate": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "supervision_notice",
                      "reminder",
                      "commendation",
                      "criticism"
                    ]
                  },
                  "source": {
                    "type": "string",
                    "pattern": "^(matter|rectification|inspection|finding):[1-9][0-9]{0,17}$",
                    "example": "matter:12",
                    "description": "What the notice is made from."
                  },
                  "title": {
                    "type": "string",
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "body": {
                    "type": "string",
                    "maxLength": 20000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "issuer": {
                    "type": "string",
                    "maxLength": 60,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "signature": {
                    "type": "string",
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "recipientIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "minItems": 1,
                    "uniqueItems": true
                  }
                },
                "required": [
                  "kind",
                  "source",
                  "title",
                  "body",
                  "issuer",
                  "signature",
                  "recipientIds"
                ]
              },
              "NoticeIssue": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "recordCommendations": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "On a commendation: also record a 通报表扬 for each recipient unit (null or absent: no)."
                  }
                },
                "required": [
                  "version"
                ]
              },
              "NoticeSequence": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "name": {
                    "type": "string"
                  },
                  "prefix": {
                    "type": "string"
                  },
                  "suffix": {
                    "type": "string",
                    "enum": [
                      "number",
                      "issue"
                    ]
                  },
                  "kinds": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "supervision_notice",
                        "reminder",
                        "commendation",
                        "criticism"
                      ]
                    }
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64"
                  }
                },
                "required": [
                  "id",
                  "jurisdictionId",
                  "name",
                  "prefix",
                  "suffix",
                  "kinds",
                  "version"
                ]
              },
              "NoticeSequenceList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/NoticeSequence"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "NoticeSequenceCreate": {
                "type": "object",
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 60,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "prefix": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 20,
                    "pattern": "^[^\\s\\u0000〔〕\\[\\]【】()（）［］〖〗﹝﹞号期]*[^\\s\\u0000〔〕\\[\\]【】()（）［］〖〗﹝﹞号期0-9０-９]$",
                    "example": "龙华改办督",
                    "description": "发文机关代字: no brackets, spaces, 号 or 期, and not ending in a digit (a character with a numeric value, e.g. 三, is refused too: 422)."
                  },
                  "suffix": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "number",
                      "issue",
                      null
                    ],
                    "description": "null or absent: number."
                  },
                  "kinds": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "supervision_notice",
                        "reminder",
                        "commendation",
                        "criticism"
                      ]
                    },
                    "minItems": 1,
                    "uniqueItems": true
                  }
                },
                "required": [
                  "jurisdictionId",
                  "name",
                  "prefix",
                  "kinds"
                ]
              },
              "NoticeUpdate": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "body": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "issuer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 60,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "signature": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "recipientIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "minItems": 1,
                    "uniqueItems": true
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  }
                },
                "required": [
                  "version"
                ],
                "description": "A draft's new text and recipients. A field left out or null keeps its value; kind and source stay (another kind is another draft)."
              },
              "NoticeTemplate": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "supervision_notice",
                      "reminder",
                      "commendation",
                      "criticism"
                    ]
                  },
                  "title": {
                    "type": "string"
                  },
                  "body": {
                    "type": "string"
                  },
                  "origin": {
                    "type": "string",
                    "enum": [
                      "own",
                      "inherited",
                      "standard"
                    ],
                    "description": "The jurisdiction's own template, one inherited from the nearest jurisdiction above that has one, or the app's wording."
                  },
                  "fromJurisdictionId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "Whose template it is (null for the app's)."
                  },
                  "version": {
                    "type": "integer",
                    "description": "The own template's version; 0 when the jurisdiction has none (save a first one with version 0)."
                  }
                },
                "required": [
                  "kind",
                  "title",
                  "body",
                  "origin",
                  "version"
                ]
              },
              "NoticeTemplateList": {
                "type": "object",
                "properties": {
                  "jurisdictionId": {
                    "type": "integer"
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/NoticeTemplate"
                    }
                  }
                },
                "required": [
                  "jurisdictionId",
                  "items"
                ]
              },
              "NoticeTemplateSave": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string",
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "body": {
                    "type": "string",
                    "maxLength": 20000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0,
                    "description": "The own template's version you read, 0 for a jurisdiction's first (a template has no row to carry an ETag before it is saved, so the version is in the body only). A stale version is refused with 409."
                  }
                },
                "required": [
                  "title",
                  "body",
                  "version"
                ],
                "description": "A jurisdiction's own template of a kind. Placeholders: {subject}, {units}, {deadline}, {result}; any other {word} is refused (422, unknownPlaceholder)."
              }
            }
          }
        }
        """#
}
