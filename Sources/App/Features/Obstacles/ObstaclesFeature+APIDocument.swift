extension ObstaclesFeature {
    /// The obstacles' part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/obstacles": {
              "get": {
                "operationId": "listObstacles",
                "tags": [
                  "obstacles"
                ],
                "summary": "The obstacles queue (归口收集)",
                "description": "Obstacles the reader sees (a unit: those it raised, was handed or was asked on an escalation; everyone else: their jurisdiction and below), newest first; `queue=escalated` lists instead those whose escalation waits on the reader's own level (its office's jurisdiction, or its unit).",
                "parameters": [
                  {
                    "name": "queue",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "collected",
                        "escalated"
                      ]
                    },
                    "description": "collected (default) or escalated."
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
                          "raised",
                          "in_hand",
                          "handed_over",
                          "escalated",
                          "in_consultation",
                          "answered",
                          "closed",
                          "withdrawn",
                          ""
                        ]
                      }
                    },
                    "description": "Any of these states, comma-separated (the parameter may also repeat). An empty value means any (a form's blank)."
                  },
                  {
                    "name": "kind",
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
                          "blockage",
                          "difficulty",
                          "pain_point",
                          ""
                        ]
                      }
                    },
                    "description": "Any of these kinds, comma-separated (the parameter may also repeat). An empty value means any (a form's blank)."
                  },
                  {
                    "name": "jurisdiction",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "integer",
                          "minimum": 1,
                          "format": "int64"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "Only this jurisdiction and below. Empty means any (a form's blank)."
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "integer",
                          "minimum": 1,
                          "format": "int64"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "The raising unit. Empty means any (a form's blank)."
                  },
                  {
                    "name": "page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "format": "int64",
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
                      "format": "int64",
                      "maximum": 500
                    },
                    "description": "Rows per page (default 50)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of obstacles.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ObstacleList"
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
            "/api/v1/obstacles/{id}": {
              "get": {
                "operationId": "getObstacle",
                "tags": [
                  "obstacles"
                ],
                "summary": "An obstacle with its escalation chain",
                "description": "The obstacle, every hop of its escalation chains (one per round it was raised), its steps, and the steps the token's user may take now.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The obstacle.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ObstacleDetail"
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
            "/api/v1/items/{id}/obstacles": {
              "post": {
                "operationId": "raiseObstacle",
                "tags": [
                  "obstacles"
                ],
                "summary": "Raise an obstacle on an item (堵点 / 难点 / 痛点)",
                "description": "By a liaison or head of the item's lead or a participating unit (an administrator raises it for the lead unit; 403 when the item has none).",
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
                        "$ref": "#/components/schemas/ObstacleCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The obstacle.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ObstacleDetail"
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
            "/api/v1/obstacles/{id}/steps": {
              "post": {
                "operationId": "takeObstacleStep",
                "tags": [
                  "obstacles"
                ],
                "summary": "Take a step",
                "description": "decide (the office: solve_locally, hand_to_department with `departmentUnitId`, or consult; escalating is POST …/escalations), answer (whoever holds it; an escalated one by the level it waits on; `comment` is the answer), close (the raising unit or the office, after an answer), reopen (the raising unit, with a reason in `comment`), withdraw (the raising unit, before a decision). A step the state does not allow is a 409, one that is not the user's a 403.",
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
                        "$ref": "#/components/schemas/ObstacleStep"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The obstacle after the step.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ObstacleDetail"
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
            "/api/v1/obstacles/{id}/escalations": {
              "post": {
                "operationId": "escalateObstacle",
                "tags": [
                  "obstacles"
                ],
                "summary": "Escalate one level up (专项专办 / 绿色通道)",
                "description": "To the reform office (or `toUnitId`, a unit) of the jurisdiction directly above the level holding it: the office of the item sends the first hop, the level it waits on the next. `toJurisdictionId`, when given, must be that parent (422 otherwise); at the top of the tree it is a 422. `respondBy` defaults to 15 calendar days after today.",
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
                        "$ref": "#/components/schemas/EscalationCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The obstacle with the new hop.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ObstacleDetail"
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
            "/api/v1/escalations/{id}/answer": {
              "post": {
                "operationId": "answerEscalation",
                "tags": [
                  "obstacles"
                ],
                "summary": "Answer an escalation",
                "description": "By the level the hop waits on; the answer goes back down to the item (the obstacle is answered). A hop that no longer waits is a 409.",
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
                        "$ref": "#/components/schemas/EscalationAnswer"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The obstacle after the answer.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ObstacleDetail"
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
            "/api/v1/consultations": {
              "get": {
                "operationId": "listConsultations",
                "tags": [
                  "obstacles"
                ],
                "summary": "Consultations (会商)",
                "description": "The consultations of the reader's jurisdiction and below, latest first (none for a unit).",
                "responses": {
                  "200": {
                    "description": "The consultations.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ConsultationList"
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
                "operationId": "holdConsultation",
                "tags": [
                  "obstacles"
                ],
                "summary": "Hold a consultation on obstacles",
                "description": "By an office: each obstacle (open, in the office's view, not escalated) goes to 会商中.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ConsultationCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The consultation.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ConsultationDetail"
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
            "/api/v1/consultations/{id}": {
              "get": {
                "operationId": "getConsultation",
                "tags": [
                  "obstacles"
                ],
                "summary": "A consultation with its decisions",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The consultation.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ConsultationDetail"
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
            "/api/v1/consultations/{id}/decisions": {
              "post": {
                "operationId": "recordConsultationDecision",
                "tags": [
                  "obstacles"
                ],
                "summary": "Record a decision (议定事项)",
                "description": "`answer` answers `obstacleId` (which must be one of this consultation's and still in consultation: 409 otherwise); `matter` raises a supervision matter on its item with the decision as the required result (`deadline` required, the matter form's rules apply); `note` records only.",
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
                        "$ref": "#/components/schemas/ConsultationDecisionCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The decision.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ConsultationDecision"
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
              "Obstacle": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "itemId": {
                    "type": "integer"
                  },
                  "jurisdictionId": {
                    "type": "integer"
                  },
                  "unitId": {
                    "type": "integer"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "blockage",
                      "difficulty",
                      "pain_point"
                    ]
                  },
                  "whatBlocks": {
                    "type": "string"
                  },
                  "whatIsAsked": {
                    "type": "string"
                  },
                  "askedOf": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "raised",
                      "in_hand",
                      "handed_over",
                      "escalated",
                      "in_consultation",
                      "answered",
                      "closed",
                      "withdrawn"
                    ]
                  },
                  "decision": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "solve_locally",
                      "hand_to_department",
                      "escalate",
                      "consult",
                      null
                    ]
                  },
                  "departmentUnitId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "consultationId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "round": {
                    "type": "integer"
                  },
                  "answer": {
                    "type": "string"
                  },
                  "answeredBy": {
                    "type": "string"
                  },
                  "answeredOn": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "raisedBy": {
                    "type": "string"
                  },
                  "raisedOn": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "required": [
                  "id",
                  "itemId",
                  "jurisdictionId",
                  "unitId",
                  "kind",
                  "whatBlocks",
                  "whatIsAsked",
                  "askedOf",
                  "state",
                  "round",
                  "answer",
                  "answeredBy",
                  "raisedBy",
                  "raisedOn",
                  "version"
                ]
              },
              "ObstacleList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Obstacle"
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
              "Escalation": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "round": {
                    "type": "integer"
                  },
                  "seq": {
                    "type": "integer"
                  },
                  "fromJurisdictionId": {
                    "type": "integer"
                  },
                  "toJurisdictionId": {
                    "type": "integer"
                  },
                  "toUnitId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "request": {
                    "type": "string"
                  },
                  "sentOn": {
                    "type": "string"
                  },
                  "respondBy": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "pending",
                      "passed_up",
                      "answered"
                    ]
                  },
                  "answer": {
                    "type": "string"
                  },
                  "answeredOn": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "answeredBy": {
                    "type": "string"
                  },
                  "sentBy": {
                    "type": "string"
                  }
                },
                "required": [
                  "id",
                  "round",
                  "seq",
                  "fromJurisdictionId",
                  "toJurisdictionId",
                  "request",
                  "sentOn",
                  "respondBy",
                  "state",
                  "answer",
                  "answeredBy",
                  "sentBy"
                ]
              },
              "ObstacleStepRecord": {
                "type": "object",
                "properties": {
                  "action": {
                    "type": "string"
                  },
                  "decision": {
                    "type": [
                      "string",
                      "null"
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
              "ObstacleDetail": {
                "type": "object",
                "properties": {
                  "obstacle": {
                    "$ref": "#/components/schemas/Obstacle"
                  },
                  "escalations": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Escalation"
                    }
                  },
                  "steps": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ObstacleStepRecord"
                    }
                  },
                  "actions": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "decide",
                        "answer",
                        "close",
                        "reopen",
                        "withdraw",
                        "escalate"
                      ]
                    }
                  }
                },
                "required": [
                  "obstacle",
                  "escalations",
                  "steps",
                  "actions"
                ]
              },
              "ObstacleCreate": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "blockage",
                      "difficulty",
                      "pain_point"
                    ]
                  },
                  "whatBlocks": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "whatIsAsked": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "askedOf": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "kind",
                  "whatBlocks",
                  "whatIsAsked"
                ]
              },
              "ObstacleStep": {
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
                      "decide",
                      "answer",
                      "close",
                      "reopen",
                      "withdraw"
                    ]
                  },
                  "decision": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "solve_locally",
                      "hand_to_department",
                      "consult",
                      null
                    ],
                    "description": "Required with decide."
                  },
                  "departmentUnitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "Required with hand_to_department: a unit in the office's view."
                  },
                  "comment": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "version",
                  "action"
                ]
              },
              "EscalationCreate": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "request": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "toJurisdictionId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "The parent of the level holding it (the default)."
                  },
                  "toUnitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "A unit of that jurisdiction; without it, its reform office."
                  },
                  "respondBy": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$",
                    "example": "2026-12-31"
                  }
                },
                "required": [
                  "version",
                  "request"
                ]
              },
              "EscalationAnswer": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "answer": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  }
                },
                "required": [
                  "version",
                  "answer"
                ]
              },
              "Consultation": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "jurisdictionId": {
                    "type": "integer"
                  },
                  "title": {
                    "type": "string"
                  },
                  "heldOn": {
                    "type": "string"
                  },
                  "participants": {
                    "type": "string"
                  },
                  "minutes": {
                    "type": "string"
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
                  "title",
                  "heldOn",
                  "participants",
                  "minutes",
                  "createdBy",
                  "version"
                ]
              },
              "ConsultationList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Consultation"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "ConsultationDecision": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "obstacleId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "text": {
                    "type": "string"
                  },
                  "outcome": {
                    "type": "string",
                    "enum": [
                      "answer",
                      "matter",
                      "item",
                      "note"
                    ]
                  },
                  "matterId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "itemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "The item a decision with outcome `item` created (beside the obstacle's item, in its plan)."
                  },
                  "recordedBy": {
                    "type": "string"
                  },
                  "recordedAt": {
                    "type": "string"
                  }
                },
                "required": [
                  "id",
                  "text",
                  "outcome",
                  "recordedBy",
                  "recordedAt"
                ]
              },
              "ConsultationDetail": {
                "type": "object",
                "properties": {
                  "consultation": {
                    "$ref": "#/components/schemas/Consultation"
                  },
                  "obstacleIds": {
                    "type": "array",
                    "items": {
                      "type": "integer"
                    }
                  },
                  "decisions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ConsultationDecision"
                    }
                  }
                },
                "required": [
                  "consultation",
                  "obstacleIds",
                  "decisions"
                ]
              },
              "ConsultationCreate": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string",
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "heldOn": {
                    "type": "string",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                    "example": "2026-12-31"
                  },
                  "participants": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "minutes": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "obstacleIds": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "uniqueItems": true
                  }
                },
                "required": [
                  "title",
                  "heldOn",
                  "participants",
                  "obstacleIds"
                ]
              },
              "ConsultationDecisionCreate": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "text": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "outcome": {
                    "type": "string",
                    "enum": [
                      "answer",
                      "matter",
                      "item",
                      "note"
                    ]
                  },
                  "obstacleId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "Required for answer and matter."
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$",
                    "example": "2026-12-31"
                  },
                  "responsibleLeader": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "version",
                  "text",
                  "outcome"
                ]
              }
            }
          }
        }
        """#
}
