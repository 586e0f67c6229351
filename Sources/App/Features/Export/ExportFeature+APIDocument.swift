extension ExportFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/ledger/export": {
              "get": {
                "operationId": "exportLedger",
                "tags": [
                  "ledger"
                ],
                "summary": "Export the ledger (导出台账) as XLSX or CSV",
                "description": "Every row of the filtered ledger view (scoped, like the ledger, to what the user sees: another jurisdiction's plan is a 404), with the same filters as GET /api/v1/ledger (and the same 400s for empty values); no paging and no row cap. Rows are read in keyset-paged batches and streamed, so memory stays flat at a million rows. Columns are the 一览表's: 序号, 领域, 改革任务, 具体举措, 牵头单位 and 参与单位 (full names), 责任领导, 责任人, 经办人, 完成时限 (a date; the words when there is no date, e.g. 长期坚持), 预期成效, 拟出台政策文件, 进展 (own percent, with the rolled-up percent beside it), 状态, 备注. The file imports back through POST /api/v1/imports. The file name (Content-Disposition, RFC 5987 `filename*` plus an ASCII `filename`) carries the plan's title or the jurisdiction's name and the date.",
                "parameters": [
                  {
                    "name": "format",
                    "in": "query",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "xlsx",
                        "csv"
                      ]
                    },
                    "description": "xlsx: a workbook with a frozen, styled header, column widths and wrapped text; csv: UTF-8 with a byte order mark and CRLF line ends (what Excel and WPS open correctly on Chinese Windows). A missing or other value is a 400.",
                    "example": "xlsx"
                  },
                  {
                    "name": "per_field",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "boolean",
                      "default": false
                    },
                    "description": "xlsx only: one sheet per field (领域), named after it (at most 500 sheets, else a 422). With format=csv it is a 400.",
                    "example": true
                  },
                  {
                    "name": "jurisdiction",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "description": "Items of plans filed under this jurisdiction or below; an unknown id is a 404.",
                    "example": 4
                  },
                  {
                    "name": "plan",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "description": "Items of this plan; one that does not exist or is outside your view is a 404.",
                    "example": 1
                  },
                  {
                    "name": "field",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "description": "Items under this field (领域), by the field item's id; one that does not exist or is outside your view is a 404.",
                    "example": 1
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "description": "Items this unit leads and/or takes part in (see `role`); a unit that does not exist, or is neither in your view nor of a jurisdiction above yours, is a 404.",
                    "example": 33
                  },
                  {
                    "name": "role",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "any",
                        "lead",
                        "participant"
                      ],
                      "default": "any"
                    },
                    "description": "With `unit`: as lead unit (牵头单位), as participant (配合单位), or either.",
                    "example": "lead"
                  },
                  {
                    "name": "status",
                    "in": "query",
                    "required": false,
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "minItems": 1,
                      "items": {
                        "type": "string",
                        "enum": [
                          "not_started",
                          "in_progress",
                          "partly_done",
                          "done",
                          "suspended",
                          "未启动",
                          "推进中",
                          "阶段性完成",
                          "已完成",
                          "中止"
                        ]
                      }
                    },
                    "description": "Any of these statuses, comma-separated (the parameter may also repeat); codes or Chinese names.",
                    "example": [
                      "in_progress",
                      "partly_done"
                    ]
                  },
                  {
                    "name": "light",
                    "in": "query",
                    "required": false,
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "minItems": 1,
                      "items": {
                        "type": "string",
                        "enum": [
                          "green",
                          "yellow",
                          "red",
                          "none"
                        ]
                      }
                    },
                    "description": "Any of these schedule lights (进度灯), comma-separated.",
                    "example": [
                      "red",
                      "yellow"
                    ]
                  },
                  {
                    "name": "judgement",
                    "in": "query",
                    "required": false,
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "minItems": 1,
                      "items": {
                        "type": "string",
                        "enum": [
                          "green",
                          "amber_green",
                          "amber_red",
                          "red",
                          "none"
                        ]
                      }
                    },
                    "description": "Any of these judgements of the office (研判: 绿, 黄绿, 黄红, 红; `none` for items not judged), comma-separated.",
                    "example": [
                      "amber_red",
                      "red"
                    ]
                  },
                  {
                    "name": "due_from",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "format": "date"
                    },
                    "description": "Deadline in force on or after this day.",
                    "example": "2020-01-01"
                  },
                  {
                    "name": "due_to",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "format": "date"
                    },
                    "description": "Deadline in force on or before this day; a day before `due_from` is a 400.",
                    "example": "2025-12-31"
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$"
                    },
                    "description": "Text search over number, title, content, results, documents, remarks and people (first 100 characters used; full-width letters match half-width).",
                    "example": "改革"
                  },
                  {
                    "name": "scope",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "items",
                        "leaves",
                        "all"
                      ],
                      "default": "items"
                    },
                    "description": "items: tasks and below (the 一览表 rows; a field only when it has no children); leaves: items without children; all: every item."
                  },
                  {
                    "name": "sort",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "outline",
                        "deadline",
                        "-deadline",
                        "status",
                        "percent",
                        "-percent",
                        "-updated",
                        "unit"
                      ],
                      "default": "outline"
                    },
                    "description": "outline order; deadline (or -deadline: latest first; no deadline last); status; percent / -percent; -updated (most recently changed first); unit (by lead unit)."
                  },
                  {
                    "name": "lang",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "zh",
                        "en"
                      ],
                      "default": "zh"
                    },
                    "description": "Language of the header row, status words and progress notes (Chinese unless en)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The file.",
                    "headers": {
                      "Content-Disposition": {
                        "description": "attachment; filename=\"ledger-plan-3-2026-11-21.xlsx\"; filename*=UTF-8''…",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
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
                  "422": {
                    "description": "One sheet per field was asked for a view that covers more than 500 fields (`too_many_sheets`).",
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
            "/api/v1/ledger/export-jobs": {
              "post": {
                "operationId": "startLedgerExportJob",
                "tags": [
                  "ledger"
                ],
                "summary": "Export the ledger in the background (后台导出)",
                "description": "The same export as GET /api/v1/ledger/export, with the same query parameters besides `format` and `lang` — the ledger's filters (`jurisdiction`, `plan`, `field`, `unit`, `role`, `status`, `light`, `due_from`, `due_to`, `q`, `scope`, `sort`) and `per_field`, read by the same parser with the same 400s and 404s and scoped to what the user sees when asking, written by the job worker: for a view too large to wait for. The answer is 202 with the queued job (`Location`: /api/v1/jobs/{id}); follow it with GET /api/v1/jobs/{id}, and once it has succeeded download the file from GET /api/v1/ledger/export-jobs/{id}/file. The file is kept in the database, so any instance serves it.",
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
                    "description": "xlsx (the default) or csv, as for GET /api/v1/ledger/export.",
                    "example": "xlsx"
                  },
                  {
                    "name": "lang",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "zh",
                        "en"
                      ],
                      "default": "zh"
                    },
                    "description": "Language of the header row, status words and progress notes (Chinese unless en)."
                  }
                ],
                "responses": {
                  "202": {
                    "description": "The export is queued as a job.",
                    "headers": {
                      "Location": {
                        "description": "The job, /api/v1/jobs/{id}.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Job"
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
                  "422": {
                    "description": "One sheet per field was asked for a view that covers more than 500 fields (`too_many_sheets`).",
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
            "/api/v1/ledger/export-jobs/{id}/file": {
              "get": {
                "operationId": "downloadLedgerExportJob",
                "tags": [
                  "ledger"
                ],
                "summary": "Download a background export",
                "description": "The file of an export job that has succeeded, for whoever started it and administrators; any other job, one not finished, or another user's is a 404.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The workbook or CSV file, with its name in Content-Disposition.",
                    "content": {
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "text/csv": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
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
          }
        }
        """#
}
