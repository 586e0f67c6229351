extension MattersFeature {
    /// The matters' part of the OpenAPI document: their paths and the schemas only they use.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/matters": {
              "get": {
                "operationId": "listMatters",
                "tags": [
                  "matters"
                ],
                "summary": "The matters ledger (督办台账)",
                "description": "The matters in the reader's view (their jurisdiction's subtree, and for a unit the matters it is on), deadline first, with the ledger page's filters. An unknown or unseen jurisdiction or unit is a 404.",
                "parameters": [
                  {
                    "name": "jurisdiction",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "format": "int64"
                    },
                    "description": "Only this jurisdiction and below."
                  },
                  {
                    "name": "state",
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
                          "registered",
                          "approved",
                          "notified",
                          "signed",
                          "handling",
                          "fed_back",
                          "verified",
                          "closed",
                          "cancelled"
                        ]
                      }
                    },
                    "description": "Any of these states, comma-separated (the parameter may also repeat)."
                  },
                  {
                    "name": "level",
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
                          "general",
                          "key",
                          "special"
                        ]
                      }
                    },
                    "description": "Any of these levels, comma-separated (the parameter may also repeat)."
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "format": "int64"
                    },
                    "description": "The lead unit."
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
                    "description": "Any of these lights, comma-separated (the parameter may also repeat), on the deadline in force."
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$"
                    },
                    "description": "Text in the subject, the result required, the instruction or the meeting (first 100 characters used)."
                  },
                  {
                    "name": "page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000000
                    },
                    "description": "1-based page."
                  },
                  {
                    "name": "per_page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 500
                    },
                    "description": "Rows per page."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of matters.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MatterList"
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
                "operationId": "raiseMatter",
                "tags": [
                  "matters"
                ],
                "summary": "Raise a matter (督办立项)",
                "description": "By an office (or an administrator). Each source asks for its own facts: leader_instruction its text, leader and date; meeting_decision the meeting; inspection_finding the finding's id; item_late, item_stuck and red_judgement at least one item. Units and items outside the office's view are `notFound` on their field.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/MatterCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new matter, registered.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MatterDetail"
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
            "/api/v1/matters/{id}": {
              "get": {
                "operationId": "getMatter",
                "tags": [
                  "matters"
                ],
                "summary": "A matter with its chain",
                "description": "Its steps (who, as what, when, comment), requests for more time, amendments, and the steps the token's user may take now.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The matter.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MatterDetail"
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
            "/api/v1/matters/{id}/steps": {
              "post": {
                "operationId": "takeMatterStep",
                "tags": [
                  "matters"
                ],
                "summary": "Take a step of the chain",
                "description": "立项 → 领导审核 → 下发通知 → 签收 → 办理 → 反馈 → 复核 → 办结. A step the matter's state does not allow (someone moved it first) is a 409; a step that is not the user's a 403; send_back, reopen, cancel, and approve by the office, need a `comment` (422).",
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
                        "$ref": "#/components/schemas/MatterStep"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The matter after the step.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MatterDetail"
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
            "/api/v1/matters/{id}/extensions": {
              "post": {
                "operationId": "requestMatterExtension",
                "tags": [
                  "matters"
                ],
                "summary": "Ask for more time (申请延期)",
                "description": "By the lead unit, while the notice is out and the result not reported back: a later date and a reason, one request at a time.",
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
                        "$ref": "#/components/schemas/MatterExtensionCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The request, pending.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MatterExtension"
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
            "/api/v1/matters/{id}/extensions/decision": {
              "post": {
                "operationId": "decideMatterExtension",
                "tags": [
                  "matters"
                ],
                "summary": "Approve or refuse the pending request for more time",
                "description": "By the office. An approval moves the deadline in force and records an amendment; a refusal needs a `comment`. No pending request is a 422 (`no_pending_extension`).",
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
                        "$ref": "#/components/schemas/MatterExtensionDecision"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The matter after the decision.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MatterDetail"
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
              "Matter": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "jurisdictionId": {
                    "type": "integer"
                  },
                  "subject": {
                    "type": "string"
                  },
                  "level": {
                    "type": "string",
                    "enum": [
                      "general",
                      "key",
                      "special"
                    ]
                  },
                  "source": {
                    "type": "string",
                    "enum": [
                      "item_late",
                      "item_stuck",
                      "red_judgement",
                      "leader_instruction",
                      "meeting_decision",
                      "inspection_finding"
                    ]
                  },
                  "instructionText": {
                    "type": "string"
                  },
                  "instructedBy": {
                    "type": "string"
                  },
                  "instructedOn": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "meetingReference": {
                    "type": "string"
                  },
                  "findingId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "leadUnitId": {
                    "type": "integer"
                  },
                  "coUnitIds": {
                    "type": "array",
                    "items": {
                      "type": "integer"
                    }
                  },
                  "responsibleLeader": {
                    "type": "string"
                  },
                  "originalDeadline": {
                    "type": "string"
                  },
                  "deadline": {
                    "type": "string",
                    "description": "The deadline in force."
                  },
                  "delayCount": {
                    "type": "integer"
                  },
                  "requiredResult": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "registered",
                      "approved",
                      "notified",
                      "signed",
                      "handling",
                      "fed_back",
                      "verified",
                      "closed",
                      "cancelled"
                    ]
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
                  "itemsJudgement": {
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
                    "description": "The worst current judgement (研判) among the matter's items; null when none of them is judged."
                  },
                  "openedOn": {
                    "type": "string"
                  },
                  "closedOn": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "createdBy": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "required": [
                  "id",
                  "jurisdictionId",
                  "subject",
                  "level",
                  "source",
                  "leadUnitId",
                  "coUnitIds",
                  "deadline",
                  "state",
                  "light",
                  "version"
                ]
              },
              "MatterList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Matter"
                    }
                  },
                  "total": {
                    "type": "integer"
                  },
                  "page": {
                    "type": "integer"
                  },
                  "perPage": {
                    "type": "integer"
                  }
                },
                "required": [
                  "items",
                  "total",
                  "page",
                  "perPage"
                ]
              },
              "MatterStepRecord": {
                "type": "object",
                "properties": {
                  "action": {
                    "type": "string",
                    "enum": [
                      "register",
                      "approve",
                      "issue_notice",
                      "sign",
                      "handle",
                      "feed_back",
                      "verify",
                      "close",
                      "send_back",
                      "reopen",
                      "cancel"
                    ]
                  },
                  "actor": {
                    "type": "string"
                  },
                  "actorName": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string"
                  },
                  "comment": {
                    "type": "string"
                  }
                },
                "required": [
                  "action",
                  "actor",
                  "actorName",
                  "at",
                  "comment"
                ]
              },
              "MatterExtension": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "currentDeadline": {
                    "type": "string"
                  },
                  "requestedDeadline": {
                    "type": "string"
                  },
                  "reason": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "pending",
                      "approved",
                      "refused"
                    ]
                  },
                  "requestedBy": {
                    "type": "string"
                  },
                  "requestedAt": {
                    "type": "string"
                  },
                  "decidedBy": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "decidedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "decisionComment": {
                    "type": "string"
                  }
                },
                "required": [
                  "id",
                  "currentDeadline",
                  "requestedDeadline",
                  "reason",
                  "state"
                ]
              },
              "MatterAmendment": {
                "type": "object",
                "properties": {
                  "oldDeadline": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "newDeadline": {
                    "type": "string"
                  },
                  "reason": {
                    "type": "string"
                  },
                  "changedBy": {
                    "type": "string"
                  },
                  "approvedBy": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "changedAt": {
                    "type": "string"
                  }
                },
                "required": [
                  "newDeadline",
                  "reason",
                  "changedBy",
                  "changedAt"
                ]
              },
              "MatterDetail": {
                "type": "object",
                "properties": {
                  "matter": {
                    "$ref": "#/components/schemas/Matter"
                  },
                  "itemIds": {
                    "type": "array",
                    "items": {
                      "type": "integer"
                    }
                  },
                  "steps": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/MatterStepRecord"
                    }
                  },
                  "extensions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/MatterExtension"
                    }
                  },
                  "amendments": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/MatterAmendment"
                    }
                  },
                  "actions": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "register",
                        "approve",
                        "issue_notice",
                        "sign",
                        "handle",
                        "feed_back",
                        "verify",
                        "close",
                        "send_back",
                        "reopen",
                        "cancel"
                      ]
                    },
                    "description": "The steps the token's user may take now."
                  }
                },
                "required": [
                  "matter",
                  "itemIds",
                  "steps",
                  "extensions",
                  "amendments",
                  "actions"
                ]
              },
              "MatterCreate": {
                "type": "object",
                "properties": {
                  "subject": {
                    "type": "string",
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "level": {
                    "type": "string",
                    "enum": [
                      "general",
                      "key",
                      "special"
                    ]
                  },
                  "source": {
                    "type": "string",
                    "enum": [
                      "item_late",
                      "item_stuck",
                      "red_judgement",
                      "leader_instruction",
                      "meeting_decision",
                      "inspection_finding"
                    ]
                  },
                  "instructionText": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "instructedBy": {
                    "type": "string",
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "instructedOn": {
                    "type": "string",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                    "example": "2026-12-31"
                  },
                  "meetingReference": {
                    "type": "string",
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "findingId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "leadUnitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "coUnitIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "uniqueItems": true
                  },
                  "responsibleLeader": {
                    "type": "string",
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "deadline": {
                    "type": "string",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                    "example": "2026-12-31"
                  },
                  "requiredResult": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "itemIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "uniqueItems": true
                  }
                },
                "required": [
                  "subject",
                  "source",
                  "leadUnitId",
                  "deadline",
                  "requiredResult"
                ]
              },
              "MatterStep": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "action": {
                    "type": "string",
                    "enum": [
                      "register",
                      "approve",
                      "issue_notice",
                      "sign",
                      "handle",
                      "feed_back",
                      "verify",
                      "close",
                      "send_back",
                      "reopen",
                      "cancel"
                    ]
                  },
                  "comment": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "version",
                  "action"
                ]
              },
              "MatterExtensionCreate": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "requestedDeadline": {
                    "type": "string",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                    "example": "2026-12-31"
                  },
                  "reason": {
                    "type": "string",
                    "maxLength": 500,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  }
                },
                "required": [
                  "version",
                  "requestedDeadline",
                  "reason"
                ]
              },
              "MatterExtensionDecision": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "decision": {
                    "type": "string",
                    "enum": [
                      "approve",
                      "refuse"
                    ]
                  },
                  "comment": {
                    "type": "string",
                    "maxLength": 500,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "version",
                  "decision"
                ]
              }
            }
          }
        }
        """#
}
