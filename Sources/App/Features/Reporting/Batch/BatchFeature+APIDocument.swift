extension BatchFeature {
    /// The batch operations' part of the OpenAPI document (merged at start, see `OpenAPIDocument`).
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/plans/{id}/assignments": {
              "post": {
                "operationId": "assignPlan",
                "tags": ["reports"],
                "summary": "Assign every task of a plan or field at once (批量交办)",
                "description": "The office of the plan's jurisdiction assigns each leaf task of the plan, or of the field `underItemId` (an item of this plan: 422 otherwise), to its lead unit, and with `reach` = `all` to each participating unit too. One transaction. An (item, unit) pair already assigned is skipped and counted, never assigned twice; a task without a lead unit is counted in `withoutLead` and left unassigned.",
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "requestBody": {
                  "required": true,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BulkAssignInput"}}}
                },
                "responses": {
                  "200": {
                    "description": "How many pairs were assigned and skipped.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BulkAssignOutcome"}}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "413": {"$ref": "#/components/responses/PayloadTooLarge"},
                  "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
                  "422": {"$ref": "#/components/responses/ValidationFailed"},
                  "500": {"$ref": "#/components/responses/InternalError"}
                }
              }
            },
            "/api/v1/assignments/sign": {
              "post": {
                "operationId": "signAssignments",
                "tags": ["reports"],
                "summary": "Sign for several tasks at once (批量签收)",
                "description": "All or nothing, by a liaison or the head of the assigned unit(s). Each assignment is checked before anything is written and the answer names the first refused: 404 when it does not exist or is outside the user's view, 403 when it is another unit's, 409 when it was signed or changed since the version given. The same assignment twice is refused (422).",
                "requestBody": {
                  "required": true,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SignAssignmentsInput"}}}
                },
                "responses": {
                  "200": {
                    "description": "The signed assignments, in the order given.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AssignmentList"}}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "413": {"$ref": "#/components/responses/PayloadTooLarge"},
                  "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
                  "422": {"$ref": "#/components/responses/ValidationFailed"},
                  "500": {"$ref": "#/components/responses/InternalError"}
                }
              }
            },
            "/api/v1/amendments": {
              "post": {
                "operationId": "amendDeadlines",
                "tags": ["items"],
                "summary": "Amend the deadline of several items at once (批量调整完成时限)",
                "description": "One new date and one reason for all; each item gets its own amendment record and audit entry, as `POST /api/v1/items/{id}/amendments` makes them, and the same deadline rule: the new date must differ from the item's current deadline and not be before its start date. All or nothing, by the office of each item's jurisdiction. Each item is checked before anything is written and the answer names the first refused: 404 when it does not exist or is outside the user's view, 403 when the user may not amend it, 409 when it changed since the version given, 422 when the rule refuses it (its message names the item). The same item twice is refused (422).",
                "requestBody": {
                  "required": true,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BulkAmendmentInput"}}}
                },
                "responses": {
                  "200": {
                    "description": "The amended items, in the order given.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AmendedItemList"}}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "413": {"$ref": "#/components/responses/PayloadTooLarge"},
                  "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
                  "422": {"$ref": "#/components/responses/ValidationFailed"},
                  "500": {"$ref": "#/components/responses/InternalError"}
                }
              }
            }
          },
          "components": {
            "schemas": {
              "BulkAssignInput": {
                "type": "object",
                "properties": {
                  "reach": {
                    "type": "string",
                    "enum": ["lead", "all"],
                    "description": "`lead`: each task's lead unit only; `all`: the lead and every participating unit (each then reports its own part)."
                  },
                  "underItemId": {
                    "type": ["integer", "null"],
                    "format": "int64",
                    "description": "Only the leaf tasks under this item of the plan (a field); null or left out for the whole plan."
                  },
                  "note": {
                    "type": ["string", "null"],
                    "maxLength": 500,
                    "pattern": "^[^\\u0000]*$",
                    "description": "The assignment note (交办说明) given to every new assignment."
                  }
                },
                "required": ["reach"],
                "description": "Optional fields may be null, which means left out."
              },
              "BulkAssignOutcome": {
                "type": "object",
                "properties": {
                  "assigned": {"type": "integer", "format": "int64", "description": "New (task, unit) assignments."},
                  "skipped": {"type": "integer", "format": "int64", "description": "(Task, unit) pairs already assigned, left as they were."},
                  "withoutLead": {"type": "integer", "format": "int64", "description": "Leaf tasks in scope without a lead unit, not assigned."}
                },
                "required": ["assigned", "skipped", "withoutLead"]
              },
              "BulkAmendmentInput": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {"type": "integer", "format": "int64"},
                        "version": {
                          "type": "integer",
                          "format": "int64",
                          "description": "The version you read; a stale one is refused with 409."
                        }
                      },
                      "required": ["id", "version"]
                    }
                  },
                  "newDeadline": {
                    "type": "string",
                    "format": "date",
                    "description": "The new deadline for every item given."
                  },
                  "reason": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "maxLength": 500,
                    "description": "Why the deadlines move (调整原因), 1–500 characters."
                  },
                  "approvedBy": {
                    "type": ["string", "null"],
                    "pattern": "^[^\\u0000]*$",
                    "description": "Who approved it (批准人)."
                  }
                },
                "required": ["items", "newDeadline", "reason"]
              },
              "AmendedItemList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {"type": "integer", "format": "int64"},
                        "version": {"type": "integer", "format": "int64"},
                        "deadline": {"type": ["string", "null"], "format": "date", "description": "The deadline in force now."},
                        "originalDeadline": {"type": ["string", "null"], "format": "date"},
                        "delayCount": {"type": "integer", "format": "int64", "description": "How many times the deadline was moved later (延期次数)."}
                      },
                      "required": ["id", "version", "deadline", "originalDeadline", "delayCount"]
                    }
                  }
                },
                "required": ["items"]
              },
              "SignAssignmentsInput": {
                "type": "object",
                "properties": {
                  "assignments": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {"type": "integer", "format": "int64"},
                        "version": {
                          "type": "integer",
                          "format": "int64",
                          "description": "The version you read; a stale one is refused with 409."
                        }
                      },
                      "required": ["id", "version"]
                    }
                  }
                },
                "required": ["assignments"]
              }
            }
          }
        }
        """#
}
