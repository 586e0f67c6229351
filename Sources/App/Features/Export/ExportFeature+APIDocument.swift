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
                    "$ref": "#/components/parameters/LedgerFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_plan"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_field"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_unit"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_role"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_status"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_light"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_judgement"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_due_from"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_due_to"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_q"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_scope"
                  },
                  {
                    "$ref": "#/components/parameters/LedgerFilter_sort"
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
