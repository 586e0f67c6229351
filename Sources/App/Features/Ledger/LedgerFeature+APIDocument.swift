extension LedgerFeature {
    /// The feature's part of the OpenAPI document: its paths, the schemas only it uses, and the ledger's filters as
    /// `components/parameters` (the export's part refers to them, so the two never drift). Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/ledger": {
              "get": {
                "operationId": "getLedger",
                "tags": [
                  "ledger"
                ],
                "summary": "The ledger (台账)",
                "description": "Filtered, sorted, paged rows across plans: the 一览表 with field, task, lead unit, participants, people, deadline, status, percent and light. Filters combine with AND. A parameter sent empty (`?plan=`, `?status=`, `?light=done,`) is a 400: leave it out instead.",
                "parameters": [
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
                    "name": "page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 1000000,
                      "default": 1
                    },
                    "description": "1-based page.",
                    "example": 1
                  },
                  {
                    "name": "per_page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 500,
                      "default": 50
                    },
                    "description": "Rows per page.",
                    "example": 20
                  },
                  {
                    "name": "outdated",
                    "in": "query",
                    "required": false,
                    "description": "true: only items whose owed progress report is past its due date (逾期未报).",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "true",
                        "false",
                        "1",
                        "0"
                      ]
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "One page of rows.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Ledger"
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
            "parameters": {
              "LedgerFilter_jurisdiction": {
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
              "LedgerFilter_plan": {
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
              "LedgerFilter_field": {
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
              "LedgerFilter_unit": {
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
              "LedgerFilter_role": {
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
              "LedgerFilter_status": {
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
              "LedgerFilter_light": {
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
              "LedgerFilter_judgement": {
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
              "LedgerFilter_due_from": {
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
              "LedgerFilter_due_to": {
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
              "LedgerFilter_q": {
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
              "LedgerFilter_scope": {
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
              "LedgerFilter_sort": {
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
              }
            },
            "schemas": {
              "LedgerRow": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "planId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "parentId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "depth": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "number": {
                    "type": "string"
                  },
                  "field": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Title of the item's field (领域): its top-level ancestor, or itself at depth 0."
                  },
                  "task": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Title of the item's task (任务): its depth-1 ancestor, or itself at depth 1; null at depth 0."
                  },
                  "title": {
                    "type": "string"
                  },
                  "leadUnit": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Name of the lead unit (牵头单位)."
                  },
                  "leadUnitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "participants": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Names of the participating units (配合单位)."
                  },
                  "responsibleLeader": {
                    "type": "string"
                  },
                  "responsiblePerson": {
                    "type": "string"
                  },
                  "handler": {
                    "type": "string"
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "Deadline in force (完成时限)."
                  },
                  "originalDeadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "delayCount": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "expectedResults": {
                    "type": "string"
                  },
                  "policyDocuments": {
                    "type": "string"
                  },
                  "remarks": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "not_started",
                      "in_progress",
                      "partly_done",
                      "done",
                      "suspended"
                    ]
                  },
                  "ownPercent": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100
                  },
                  "derivedPercent": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 100
                  },
                  "percent": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100
                  },
                  "light": {
                    "type": "string",
                    "enum": [
                      "green",
                      "yellow",
                      "red",
                      "none"
                    ]
                  },
                  "judgement": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "green",
                      "amber_green",
                      "amber_red",
                      "red",
                      null
                    ],
                    "description": "The office's current judgement (研判), null when not judged."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "outdated": {
                    "type": "boolean",
                    "description": "A report the item's units owe is past its due date (逾期未报)."
                  }
                },
                "required": [
                  "id",
                  "planId",
                  "parentId",
                  "depth",
                  "number",
                  "field",
                  "task",
                  "title",
                  "leadUnit",
                  "leadUnitId",
                  "participants",
                  "responsibleLeader",
                  "responsiblePerson",
                  "handler",
                  "deadline",
                  "originalDeadline",
                  "delayCount",
                  "expectedResults",
                  "policyDocuments",
                  "remarks",
                  "status",
                  "ownPercent",
                  "derivedPercent",
                  "percent",
                  "light",
                  "judgement",
                  "version",
                  "outdated"
                ],
                "description": "One row of the ledger (台账), with the columns of the 一览表."
              },
              "Ledger": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/LedgerRow"
                    }
                  },
                  "total": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10000,
                    "description": "Matching rows, counted up to 10 000."
                  },
                  "totalCapped": {
                    "type": "boolean",
                    "description": "True when more than 10 000 rows match (then `total` is 10 000)."
                  },
                  "page": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000000
                  },
                  "perPage": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 500
                  }
                },
                "required": [
                  "items",
                  "total",
                  "totalCapped",
                  "page",
                  "perPage"
                ]
              }
            }
          }
        }
        """#
}
