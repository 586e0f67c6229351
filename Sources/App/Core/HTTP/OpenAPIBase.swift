/// The OpenAPI document's shared part: info, servers, tags, security, and the components several features use
/// (errors, pages, parameters, responses). Each feature adds its own part (`Feature.apiDocument`).
enum OpenAPIBase {
    static let document = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "ReformLedger API (改革台账)",
            "version": "1.0.0",
            "description": "JSON API of ReformLedger, the ledger (台账) that reform offices (改革办) keep of reform plans (改革方案) and their items: fields (领域), tasks (任务), measures (举措) and nodes (节点), each with a lead unit (牵头单位), participating units (配合单位), responsible people, a deadline (完成时限), a status (推进状态), a percent and a schedule light (进度灯).\n\n**Conventions.** Field names are camelCase; dates are `YYYY-MM-DD`; timestamps are UTC ISO 8601. Every documented key is always present; a value that can be absent is `null`. Request bodies are JSON (`Content-Type: application/json`, at most 1 MiB); other media types get 415. Text values are stored without surrounding blanks, and lengths count characters as a reader sees them (grapheme clusters), so a value within `maxLength` (which counts code points) is never too long. Unknown body fields are ignored; a NUL character is a 400.\n\n**Optimistic locking.** Every record has a `version`. A change (PATCH) must say which version it was made on, as the body field `version` or the `If-Match` header (`\"3\"`); DELETE takes `?version=` or `If-Match`. Without one the request is a 400; with a stale one it is a 409 whose body has `currentVersion` and `changes` (who changed what since). A successful change increments `version`. Moving a deadline with POST /api/v1/items/{id}/amendments checks the version only when one is given.\n\n**Errors.** `{\"error\": {\"code\", \"message\", \"fields\"?, \"currentVersion\"?, \"changes\"?, \"parameter\"?}}`: 400 unreadable input, 404 unknown record, 405 unsupported method (with `Allow`), 409 stale version, 413 body too large, 415 not JSON, 422 invalid values (`fields` lists each by key). Messages are in Chinese by default; `?lang=en` (remembered in a cookie) switches to English."
          },
          "servers": [
            {
              "url": "/"
            }
          ],
          "tags": [
            {
              "name": "jurisdictions",
              "description": "行政区域: the government tree (中央 → 省 → 市 → 区县 → 街道乡镇)."
            },
            {
              "name": "units",
              "description": "责任单位: departments that lead or take part in items."
            },
            {
              "name": "plans",
              "description": "改革方案: reform plans."
            },
            {
              "name": "items",
              "description": "A plan's items, their deadline amendments and history."
            },
            {
              "name": "ledger",
              "description": "台账: the filterable list across plans."
            },
            {
              "name": "dashboard",
              "description": "驾驶舱: counts for a jurisdiction."
            },
            {
              "name": "imports",
              "description": "导入: a plan from its document (text or .docx) or a ledger spreadsheet: dry run with a problem report, corrections, an all-or-nothing commit, undo."
            },
            {
              "name": "operations",
              "description": "Health, metrics and this document."
            },
            {
              "name": "reports",
              "description": "交办 → 签收 → 指派 and progress reports with their review (报送 → 单位审核 → 改革办审定)."
            },
            {
              "name": "accounts",
              "description": "The caller's account and the audit log."
            }
          ],
          "components": {
            "schemas": {
              "FieldError": {
                "type": "object",
                "properties": {
                  "field": {
                    "type": "string",
                    "description": "The JSON key of the rejected value, e.g. `deadline`, `leadUnitId`."
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "required",
                      "tooLong",
                      "invalidDate",
                      "noSuchDay",
                      "invalidNumber",
                      "outOfRange",
                      "invalidChoice",
                      "dateOrder",
                      "invalidCode",
                      "duplicate",
                      "unchanged",
                      "notFound",
                      "cycle",
                      "fileEmpty",
                      "fileTooLarge",
                      "fileType",
                      "tooShort",
                      "incorrect",
                      "tooCommon",
                      "containsName",
                      "unknownPlaceholder",
                      "afterLimit",
                      "notAfterLimit",
                      "notInYear"
                    ],
                    "description": "Why it was rejected."
                  },
                  "message": {
                    "type": "string",
                    "description": "A sentence naming the field, in Chinese unless `?lang=en` (or the `lang` cookie) asks for English."
                  }
                },
                "required": [
                  "field",
                  "code",
                  "message"
                ]
              },
              "ConflictChange": {
                "type": "object",
                "properties": {
                  "field": {
                    "type": "string",
                    "description": "A field changed by someone else since the version you read."
                  },
                  "yours": {
                    "type": "string",
                    "description": "The value you submitted (absent when you sent none)."
                  },
                  "current": {
                    "type": "string",
                    "description": "The value now stored (absent when empty)."
                  },
                  "changedBy": {
                    "type": "string",
                    "description": "Who made the latest change to this field."
                  },
                  "changedAt": {
                    "type": "string",
                    "description": "When (UTC timestamp)."
                  }
                },
                "required": [
                  "field"
                ]
              },
              "Error": {
                "type": "object",
                "properties": {
                  "error": {
                    "type": "object",
                    "properties": {
                      "code": {
                        "type": "string",
                        "description": "Machine-readable kind: `bad_request` (400), `not_found` (404), `method_not_allowed` (405), `conflict` (409), `payload_too_large` (413), `unsupported_media_type` (415), `validation_failed` (422), `internal_error` (500), `http_error` (other statuses raised by the HTTP layer)."
                      },
                      "message": {
                        "type": "string",
                        "description": "Human-readable explanation."
                      },
                      "fields": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/FieldError"
                        },
                        "description": "422 only: one entry per rejected field."
                      },
                      "currentVersion": {
                        "type": "integer",
                        "format": "int64",
                        "description": "409 only: the version now stored."
                      },
                      "changes": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/ConflictChange"
                        },
                        "description": "409 only: what changed since the version you read."
                      },
                      "parameter": {
                        "type": "string",
                        "description": "400 only: the parameter, header or `body` that could not be read."
                      }
                    },
                    "required": [
                      "code",
                      "message"
                    ]
                  }
                },
                "required": [
                  "error"
                ],
                "description": "Every error under /api: `{\"error\": {\"code\", \"message\", ...}}`."
              },
              "Jurisdiction": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "name": {
                    "type": "string",
                    "description": "Name, e.g. 北京市."
                  },
                  "level": {
                    "type": "string",
                    "enum": [
                      "central",
                      "province",
                      "city",
                      "district",
                      "street"
                    ],
                    "description": "Level in the government tree: central 中央, province 省级, city 市级, district 区县级, street 街道乡镇."
                  },
                  "divisionCode": {
                    "type": "string",
                    "pattern": "^[0-9]{6}$",
                    "description": "GB/T 2260 administrative division code (行政区划代码), six digits, unique."
                  },
                  "parentId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "The jurisdiction above; null for a root."
                  },
                  "depth": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "0 for a root."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "Optimistic-locking version; send it back when you change this record."
                  }
                },
                "required": [
                  "id",
                  "name",
                  "level",
                  "divisionCode",
                  "parentId",
                  "depth",
                  "version"
                ],
                "description": "A jurisdiction (行政区域) in the government tree."
              },
              "Plan": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The jurisdiction that issued the plan."
                  },
                  "title": {
                    "type": "string",
                    "description": "Title of the reform plan (改革方案)."
                  },
                  "docNumber": {
                    "type": "string",
                    "description": "Document number (文号), e.g. 京政发〔2024〕3号; may be empty."
                  },
                  "issuer": {
                    "type": "string",
                    "description": "Issuing body (印发单位); may be empty."
                  },
                  "issueDate": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "Issue date (印发日期)."
                  },
                  "periodStart": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "periodEnd": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "levelNames": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "minItems": 1,
                    "description": "Names of the tree's levels from the top, e.g. 领域/任务/举措/节点."
                  },
                  "rollupRule": {
                    "type": "string",
                    "enum": [
                      "mean",
                      "weighted",
                      "minimum"
                    ],
                    "description": "How a parent's percent is derived from its children (汇总规则): mean 算术平均, weighted 按权重加权, minimum 取最小值."
                  },
                  "warnDays": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 60,
                    "description": "Days before a deadline that an item's light turns yellow (临期)."
                  },
                  "percent": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 100,
                    "description": "The plan's completion, derived from its top-level items; null while it has none."
                  },
                  "isDemo": {
                    "type": "boolean",
                    "description": "Part of the demo dataset (示例数据)."
                  },
                  "sourceNote": {
                    "type": "string",
                    "description": "Where the plan's text came from; may be empty."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "updatedAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "UTC timestamp, e.g. `2024-05-01T08:30:00.000Z`."
                  }
                },
                "required": [
                  "id",
                  "jurisdictionId",
                  "title",
                  "docNumber",
                  "issuer",
                  "issueDate",
                  "periodStart",
                  "periodEnd",
                  "levelNames",
                  "rollupRule",
                  "warnDays",
                  "percent",
                  "isDemo",
                  "sourceNote",
                  "version",
                  "updatedAt"
                ],
                "description": "A reform plan (改革方案) whose items make up the ledger (台账)."
              },
              "HistoryChange": {
                "type": "object",
                "properties": {
                  "field": {
                    "type": "string"
                  },
                  "before": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "after": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                },
                "required": [
                  "field",
                  "before",
                  "after"
                ]
              },
              "DeleteResult": {
                "type": "object",
                "properties": {
                  "deleted": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  }
                },
                "required": [
                  "deleted"
                ]
              }
            },
            "parameters": {
              "Id": {
                "name": "id",
                "in": "path",
                "required": true,
                "schema": {
                  "type": "integer",
                  "format": "int64",
                  "minimum": 1
                },
                "example": 1,
                "description": "The record's id, a positive whole number (anything else is a 400)."
              },
              "IfMatch": {
                "name": "If-Match",
                "in": "header",
                "required": false,
                "schema": {
                  "type": "string",
                  "pattern": "^\\s*(W/)?(\"[0-9]{1,18}\"|[0-9]{1,18})\\s*$"
                },
                "description": "The version you read, as `3`, `\"3\"` or `W/\"3\"`: an alternative to the body field `version` (the body wins when both are given). Anything else is a 400."
              }
            },
            "responses": {
              "BadRequest": {
                "description": "A parameter, header or the body could not be read (not JSON, wrong type, a number out of range, a NUL character, a missing version): `bad_request`, with `parameter`.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "NotFound": {
                "description": "The record (or one named in the query) does not exist: `not_found`.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "Conflict": {
                "description": "Optimistic locking: the version you sent is not the one stored. `currentVersion` and `changes` say what changed since; read again and retry.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "PayloadTooLarge": {
                "description": "The body is larger than 1 MiB: `payload_too_large`.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "UnsupportedMediaType": {
                "description": "The body is declared as something other than JSON: `unsupported_media_type`.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "ValidationFailed": {
                "description": "The body was read but a value is not acceptable (`validation_failed`): `fields` lists each problem by JSON key. Nothing was written.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "InternalError": {
                "description": "Unexpected server error (e.g. the database is unreachable): `internal_error`.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "Unauthorized": {
                "description": "No valid API token (missing, unknown or revoked): `unauthorized`, with `WWW-Authenticate: Bearer`.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "Forbidden": {
                "description": "The token's user may not do this (role or jurisdiction): `forbidden`; nothing was changed.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            },
            "securitySchemes": {
              "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "description": "An API token created on the account page (/account) or with `reform user token`; it acts with its user's role and jurisdiction."
              }
            }
          },
          "security": [
            {
              "bearerAuth": []
            }
          ],
          "paths": {}
        }
        """#
}
