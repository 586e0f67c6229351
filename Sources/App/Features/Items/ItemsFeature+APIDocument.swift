extension ItemsFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/plans/{id}/items": {
              "get": {
                "operationId": "listPlanItems",
                "tags": [
                  "items"
                ],
                "summary": "A plan's items (领域/任务/举措/节点)",
                "description": "The whole tree in outline order.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The items.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ItemList"
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
                "operationId": "createPlanItem",
                "tags": [
                  "items"
                ],
                "summary": "Add an item to a plan",
                "description": "Adds an item at the end of its parent (or of the plan's top level); percents roll up to the root.",
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
                        "$ref": "#/components/schemas/ItemCreate"
                      },
                      "example": {
                        "parentId": 1,
                        "number": "（九）",
                        "title": "深化“放管服”改革",
                        "leadUnitId": 33,
                        "participantUnitIds": [
                          43,
                          48
                        ],
                        "responsibleLeader": "胡子健",
                        "responsiblePerson": "曾佩珊",
                        "startDate": "2025-01-01",
                        "deadline": "2025-12-31",
                        "expectedResults": "形成可复制推广的经验",
                        "status": "in_progress",
                        "ownPercent": 30
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
                          "$ref": "#/components/schemas/Item"
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
            "/api/v1/items/{id}": {
              "get": {
                "operationId": "getItem",
                "tags": [
                  "items"
                ],
                "summary": "Get an item",
                "description": "One item with its light and percents.",
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
                          "$ref": "#/components/schemas/Item"
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
                "operationId": "updateItem",
                "tags": [
                  "items"
                ],
                "summary": "Update an item",
                "description": "Changes the given fields. Changing an existing deadline is an amendment (完成时限调整): `amendmentReason` is then required. Requires the version you read (body `version` or `If-Match`).",
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
                        "$ref": "#/components/schemas/ItemUpdate"
                      },
                      "example": {
                        "remarks": "已报区委改革办备案",
                        "ownPercent": 60,
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
                          "$ref": "#/components/schemas/Item"
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
                "operationId": "deleteItem",
                "tags": [
                  "items"
                ],
                "summary": "Delete an item",
                "description": "Deletes the item with everything below it. Requires the version you read: `?version=` or `If-Match`.",
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
              }
            },
            "/api/v1/items/{id}/amendments": {
              "get": {
                "operationId": "listAmendments",
                "tags": [
                  "items"
                ],
                "summary": "An item's deadline amendments (完成时限调整)",
                "description": "Oldest first.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The amendments.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AmendmentList"
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
                "operationId": "amendDeadline",
                "tags": [
                  "items"
                ],
                "summary": "Move an item's deadline",
                "description": "Records an amendment and moves the deadline in force; the light keeps measuring against the original deadline, and a later date counts as a delay (延期).",
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
                        "$ref": "#/components/schemas/AmendmentCreate"
                      },
                      "example": {
                        "newDeadline": "2026-06-30",
                        "reason": "因上级政策调整，需延后完成",
                        "approvedBy": "区委改革办"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Amended: the item as it is now.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Item"
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
            "/api/v1/items/{id}/history": {
              "get": {
                "operationId": "getItemHistory",
                "tags": [
                  "items"
                ],
                "summary": "An item's change history (修改记录)",
                "description": "The latest 200 audit entries, newest first.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The entries.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HistoryEntryList"
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
              "Item": {
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
                    "minimum": 1,
                    "description": "The item above; null for a top-level item (领域)."
                  },
                  "depth": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "0 = field (领域), 1 = task (任务), 2 = measure (举措), 3+ = node (节点), unless the plan names its levels otherwise."
                  },
                  "number": {
                    "type": "string",
                    "description": "Outline number as written in the document, e.g. （三）."
                  },
                  "title": {
                    "type": "string"
                  },
                  "content": {
                    "type": "string",
                    "description": "Full text of the item (具体内容)."
                  },
                  "leadUnitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "Lead unit (牵头单位)."
                  },
                  "participantUnitIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "description": "Participating units (配合单位), in order."
                  },
                  "responsibleLeader": {
                    "type": "string",
                    "description": "责任领导."
                  },
                  "responsiblePerson": {
                    "type": "string",
                    "description": "责任人."
                  },
                  "handler": {
                    "type": "string",
                    "description": "经办人."
                  },
                  "startDate": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "originalDeadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "The first deadline set (原定完成时限); the schedule light is measured against it."
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "The deadline in force (完成时限), after amendments."
                  },
                  "delayCount": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "How many times the deadline was pushed later (延期次数)."
                  },
                  "expectedResults": {
                    "type": "string",
                    "description": "预期成效."
                  },
                  "resultForm": {
                    "type": "string",
                    "description": "成果形式."
                  },
                  "policyDocuments": {
                    "type": "string",
                    "description": "政策文件."
                  },
                  "remarks": {
                    "type": "string",
                    "description": "备注."
                  },
                  "weight": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000,
                    "description": "Share of the parent's percent under the weighted rule."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "not_started",
                      "in_progress",
                      "partly_done",
                      "done",
                      "suspended"
                    ],
                    "description": "推进状态: not_started 未启动, in_progress 推进中, partly_done 阶段性完成, done 已完成, suspended 中止."
                  },
                  "ownPercent": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100,
                    "description": "The percent entered for this item (100 when done)."
                  },
                  "derivedPercent": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 100,
                    "description": "Derived from the children (进度汇总); null without children that count."
                  },
                  "percent": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100,
                    "description": "The percent shown and rolled up: derived when there are children, else own."
                  },
                  "light": {
                    "type": "string",
                    "enum": [
                      "green",
                      "yellow",
                      "red",
                      "none"
                    ],
                    "description": "Schedule light (进度灯) against the original deadline: green 正常, yellow 临期, red 逾期, none 无 (no deadline, or suspended)."
                  },
                  "childCount": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "isDemo": {
                    "type": "boolean"
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
                  "planId",
                  "parentId",
                  "depth",
                  "number",
                  "title",
                  "content",
                  "leadUnitId",
                  "participantUnitIds",
                  "responsibleLeader",
                  "responsiblePerson",
                  "handler",
                  "startDate",
                  "originalDeadline",
                  "deadline",
                  "delayCount",
                  "expectedResults",
                  "resultForm",
                  "policyDocuments",
                  "remarks",
                  "weight",
                  "status",
                  "ownPercent",
                  "derivedPercent",
                  "percent",
                  "light",
                  "childCount",
                  "isDemo",
                  "version",
                  "updatedAt"
                ],
                "description": "An item of a plan's tree (领域/任务/举措/节点)."
              },
              "Amendment": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "oldDeadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "Null when the amendment set a first deadline."
                  },
                  "newDeadline": {
                    "type": "string",
                    "format": "date"
                  },
                  "reason": {
                    "type": "string",
                    "description": "Why the deadline moved (调整原因)."
                  },
                  "changedBy": {
                    "type": "string"
                  },
                  "approvedBy": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Who approved the change (批准人)."
                  },
                  "changedAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "UTC timestamp, e.g. `2024-05-01T08:30:00.000Z`."
                  }
                },
                "required": [
                  "id",
                  "oldDeadline",
                  "newDeadline",
                  "reason",
                  "changedBy",
                  "approvedBy",
                  "changedAt"
                ],
                "description": "A deadline amendment (完成时限调整): the old and new date, why, who and when."
              },
              "HistoryEntry": {
                "type": "object",
                "properties": {
                  "action": {
                    "type": "string",
                    "description": "The step's name (create, update, amend, delete, import, assign, indicator, …); other features add their own."
                  },
                  "actor": {
                    "type": "string",
                    "description": "Who made the change: the signed-in user as 姓名（用户名）, or 演示数据 for the demo dataset (amendments name their own changer)."
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "UTC timestamp, e.g. `2024-05-01T08:30:00.000Z`."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version the change produced."
                  },
                  "changes": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/HistoryChange"
                    }
                  }
                },
                "required": [
                  "action",
                  "actor",
                  "at",
                  "version",
                  "changes"
                ],
                "description": "One entry of the audit log (修改记录), newest first."
              },
              "ItemList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Item"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "AmendmentList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Amendment"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "HistoryEntryList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/HistoryEntry"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "ItemCreate": {
                "type": "object",
                "properties": {
                  "parentId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "An item of the same plan to file this one under; null for a top-level item (领域)."
                  },
                  "number": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 30,
                    "description": "Outline number, e.g. （三）; numbered automatically when empty on creation."
                  },
                  "title": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "maxLength": 500,
                    "description": "Title, 1–500 characters."
                  },
                  "content": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 20000
                  },
                  "leadUnitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "Lead unit (牵头单位); must exist."
                  },
                  "participantUnitIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "uniqueItems": true,
                    "description": "Participating units (配合单位): existing, without repeats, not the lead unit."
                  },
                  "responsibleLeader": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 100,
                    "description": "责任领导."
                  },
                  "responsiblePerson": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 100,
                    "description": "责任人."
                  },
                  "handler": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 100,
                    "description": "经办人."
                  },
                  "startDate": {
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
                  "deadline": {
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
                    "description": "完成时限, `YYYY-MM-DD`, not before startDate; empty for none."
                  },
                  "expectedResults": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 5000,
                    "description": "预期成效."
                  },
                  "resultForm": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 5000,
                    "description": "成果形式."
                  },
                  "policyDocuments": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 5000,
                    "description": "政策文件."
                  },
                  "remarks": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 5000,
                    "description": "备注."
                  },
                  "weight": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 1000,
                    "description": "Weight under the weighted rule; 1 when left out."
                  },
                  "status": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "",
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
                    ],
                    "description": "推进状态, as its code or its Chinese name; empty for not_started. Setting done makes the percent 100."
                  },
                  "ownPercent": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 100,
                    "description": "0–100; 0 when left out."
                  }
                },
                "required": [
                  "title",
                  "leadUnitId"
                ]
              },
              "ItemUpdate": {
                "type": "object",
                "properties": {
                  "number": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 30,
                    "description": "Outline number, e.g. （三）; numbered automatically when empty on creation."
                  },
                  "title": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "maxLength": 500,
                    "description": "Title, 1–500 characters."
                  },
                  "content": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 20000
                  },
                  "leadUnitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "Lead unit (牵头单位); must exist."
                  },
                  "participantUnitIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "uniqueItems": true,
                    "description": "Participating units (配合单位): existing, without repeats, not the lead unit."
                  },
                  "responsibleLeader": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 100,
                    "description": "责任领导."
                  },
                  "responsiblePerson": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 100,
                    "description": "责任人."
                  },
                  "handler": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 100,
                    "description": "经办人."
                  },
                  "startDate": {
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
                  "deadline": {
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
                    "description": "完成时限, `YYYY-MM-DD`, not before startDate; empty for none."
                  },
                  "expectedResults": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 5000,
                    "description": "预期成效."
                  },
                  "resultForm": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 5000,
                    "description": "成果形式."
                  },
                  "policyDocuments": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 5000,
                    "description": "政策文件."
                  },
                  "remarks": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 5000,
                    "description": "备注."
                  },
                  "weight": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 1000,
                    "description": "Weight under the weighted rule; 1 when left out."
                  },
                  "status": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "",
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
                    ],
                    "description": "推进状态, as its code or its Chinese name; empty for not_started. Setting done makes the percent 100."
                  },
                  "ownPercent": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 100,
                    "description": "0–100; 0 when left out."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking). Required on every change: here, or instead as the `If-Match` header (the body wins when both are given). Without either the request is a 400; a stale version is refused with 409."
                  },
                  "amendmentReason": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 500,
                    "description": "Required when `deadline` changes an existing deadline: the change is recorded as an amendment (完成时限调整) with this reason."
                  },
                  "approvedBy": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "Who approved the deadline change (批准人)."
                  }
                },
                "required": [
                  "version"
                ],
                "description": "Fields left out or null keep their current value; an empty string clears a text or date. The item cannot be moved to another parent here."
              },
              "AmendmentCreate": {
                "type": "object",
                "properties": {
                  "newDeadline": {
                    "type": "string",
                    "format": "date",
                    "description": "The new deadline; must differ from the current one and not be before the start date."
                  },
                  "reason": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "maxLength": 500,
                    "description": "Why the deadline moves (调整原因), 1–500 characters."
                  },
                  "approvedBy": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "Who approved it (批准人)."
                  },
                  "version": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "description": "The version you read. Optional here (unlike the other changes): when given, here or as `If-Match`, a stale one is refused with 409."
                  }
                },
                "required": [
                  "newDeadline",
                  "reason"
                ]
              }
            }
          }
        }
        """#
}
