extension CascadeFeature {
    /// The cascade's part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/items/{id}/cascade": {
              "post": {
                "operationId": "cascadeItem",
                "tags": [
                  "cascade"
                ],
                "summary": "Cascade an item down (分解下达)",
                "description": "Sends the item with everything under it. By the office (or an administrator) that edits the origin's plan. Targets must be direct children of the plan's jurisdiction (422 `targetJurisdictionIds` invalidChoice otherwise; omitted = all of them); a target that already holds a live copy of any item sent answers 422 duplicate. `deadline` must not be later than the origin item's current deadline (a whole plan's copies are each held to their own origin's when placed), else 422 afterLimit. One receipt per target and one copy per item of the sent subtree are written in one transaction and audited; the origin's leaves then roll up their copies (not started, 0 %, until placed).",
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
                        "$ref": "#/components/schemas/CascadeSend"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "One receipt per receiving jurisdiction.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeReceiptList"
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
            "/api/v1/plans/{id}/cascade": {
              "post": {
                "operationId": "cascadePlan",
                "tags": [
                  "cascade"
                ],
                "summary": "Cascade a whole plan down",
                "description": "Sends every item of the plan. By the office (or an administrator) that edits the origin's plan. Targets must be direct children of the plan's jurisdiction (422 `targetJurisdictionIds` invalidChoice otherwise; omitted = all of them); a target that already holds a live copy of any item sent answers 422 duplicate. `deadline` must not be later than the origin item's current deadline (a whole plan's copies are each held to their own origin's when placed), else 422 afterLimit. One receipt per target and one copy per item of the sent subtree are written in one transaction and audited; the origin's leaves then roll up their copies (not started, 0 %, until placed).",
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
                        "$ref": "#/components/schemas/CascadeSend"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "One receipt per receiving jurisdiction.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeReceiptList"
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
            "/api/v1/cascade/receipts": {
              "get": {
                "operationId": "listCascadeReceipts",
                "tags": [
                  "cascade"
                ],
                "summary": "Receipts received or sent by the reader's jurisdiction",
                "description": "received (default): what the reader's jurisdiction was sent; sent: what it sent. Unit roles get an empty list (they see placed copies as items).",
                "parameters": [
                  {
                    "name": "role",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "received",
                        "sent"
                      ]
                    },
                    "description": "received or sent."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Receipts, newest first (at most 500).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeReceiptList"
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
              }
            },
            "/api/v1/cascade/receipts/{id}": {
              "get": {
                "operationId": "getCascadeReceipt",
                "tags": [
                  "cascade"
                ],
                "summary": "A receipt",
                "description": "Read by offices, inspectors, viewers and administrators of the receiving jurisdiction or above; 404 to anyone else.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The receipt.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeReceipt"
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
            "/api/v1/cascade/receipts/{id}/sign": {
              "post": {
                "operationId": "signCascadeReceipt",
                "tags": [
                  "cascade"
                ],
                "summary": "Sign for a receipt (签收)",
                "description": "By the receiving jurisdiction's office (or an administrator): 403 for anyone else in view. 409 when it is no longer awaiting signature or the version is stale.",
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
                        "$ref": "#/components/schemas/CascadeStep"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The receipt.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeReceipt"
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
            "/api/v1/cascade/receipts/{id}/place": {
              "post": {
                "operationId": "placeCascadeReceipt",
                "tags": [
                  "cascade"
                ],
                "summary": "Place a receipt in one of the receiver's plans (落实)",
                "description": "By the receiving office. Into `parentItemId` (an item of the receiver's jurisdiction), or as top items of `planId` (a plan of the receiver's jurisdiction), or a new plan titled `newPlanTitle` (default: the origin's title); 422 notFound when the item or plan is not the receiver's. `leadUnitId` is required and, like `participantUnitIds`, must be a unit of the receiving jurisdiction (422 notFound), the lead not also a participant (422 duplicate). `deadline` is required and must not be later than the receipt's deadline or the origin's current deadline (422 afterLimit), nor before `startDate` (422 dateOrder). 409 when already placed or withdrawn, or on a stale version.",
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
                        "$ref": "#/components/schemas/CascadePlace"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The receipt, placed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeReceipt"
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
            "/api/v1/cascade/receipts/{id}/cancel": {
              "post": {
                "operationId": "cancelCascadeReceipt",
                "tags": [
                  "cascade"
                ],
                "summary": "Withdraw a receipt (撤回)",
                "description": "By the sender's office (or one above it). A placed copy stays in the receiver's plan but no longer counts at the origin. 409 when already withdrawn or on a stale version.",
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
                        "$ref": "#/components/schemas/CascadeCancel"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The receipt, withdrawn.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeReceipt"
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
            "/api/v1/items/{id}/copies": {
              "get": {
                "operationId": "listItemCopies",
                "tags": [
                  "cascade"
                ],
                "summary": "An origin item's copies below",
                "description": "Every copy of the item at the jurisdictions it was sent to: the receipt's state and, once placed, the copy's status, percent, deadline and light (never its reports). Whoever reads the item reads this.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The copies.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeCopies"
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
            "/api/v1/cascade/matrix": {
              "get": {
                "operationId": "getCascadeMatrix",
                "tags": [
                  "cascade"
                ],
                "summary": "The sender's matrix (下达进度总览)",
                "description": "Items a jurisdiction cascaded × its child jurisdictions. Offices, inspectors, viewers and administrators of the jurisdiction or above; 404 otherwise.",
                "parameters": [
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
                    "description": "The sending jurisdiction (default: the reader's). Empty means any (a form's blank)."
                  },
                  {
                    "name": "plan",
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
                    "description": "Only items of this plan. Empty means any (a form's blank)."
                  },
                  {
                    "name": "state",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "",
                        "sent",
                        "signed",
                        "placed",
                        "cancelled"
                      ]
                    },
                    "description": "Only rows with a copy in this state. Empty means any (a form's blank choice)."
                  },
                  {
                    "name": "light",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "",
                        "green",
                        "yellow",
                        "red",
                        "none"
                      ]
                    },
                    "description": "Only rows with a copy with this light. Empty means any (a form's blank choice)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The matrix.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeMatrix"
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
            "/api/v1/cascade/receipts/{id}/extensions": {
              "get": {
                "operationId": "listCascadeExtensions",
                "tags": [
                  "cascade"
                ],
                "summary": "A receipt's requests for more time (申请延期)",
                "description": "Newest first. Read by whoever reads the receipt (offices, inspectors, viewers and administrators of the receiving jurisdiction or above); 404 to anyone else.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The requests.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeExtensionList"
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
                "operationId": "requestCascadeExtension",
                "tags": [
                  "cascade"
                ],
                "summary": "Ask the sender for a later deadline (申请延期)",
                "description": "By the receiving office (or an administrator); other readers of the receipt get 403, anyone else 404. `version` is the receipt's (409 when stale, or when the receipt was withdrawn). `deadline` must be later than the limit in force (the earlier of the receipt's deadline and the origin's current one, or a date granted before), else 422 `deadline` notAfterLimit naming the limit; a receipt with a request still pending answers 422 `deadline` duplicate; `reason` is required. Audited; while pending it is in both offices' inboxes.",
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
                        "$ref": "#/components/schemas/CascadeExtensionRequest"
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
                          "$ref": "#/components/schemas/CascadeExtension"
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
            "/api/v1/cascade/extensions/{id}/decide": {
              "post": {
                "operationId": "decideCascadeExtension",
                "tags": [
                  "cascade"
                ],
                "summary": "Accept or refuse a request for more time",
                "description": "By the sender's office (or an office above it, or an administrator); the receiving office and other readers get 403, anyone else 404. `version` is the request's: 409 when stale or already decided. A refusal needs a `comment` (422 otherwise). Accepting raises that receipt's limit to the date asked for (`grantedDeadline` on the receipt): its copy may then be placed or edited up to it; no other receipt changes. Audited.",
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
                        "$ref": "#/components/schemas/CascadeExtensionDecision"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The request, decided.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CascadeExtension"
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
              "CascadeSend": {
                "type": "object",
                "properties": {
                  "targetJurisdictionIds": {
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
                    "description": "Child jurisdictions of the origin's; all of them when left out."
                  },
                  "instruction": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "description": "下达要求."
                  },
                  "deadline": {
                    "type": "string",
                    "format": "date",
                    "description": "YYYY-MM-DD, no later than the origin's deadline."
                  },
                  "leadUnitType": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$",
                    "description": "The kind of unit expected to lead (发改委…)."
                  },
                  "weight": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "exclusiveMinimum": 0,
                    "maximum": 1000,
                    "description": "Each copy's weight in the origin's weighted roll-up (default 1)."
                  }
                },
                "required": [
                  "instruction",
                  "deadline"
                ]
              },
              "CascadeStep": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  }
                },
                "required": [
                  "version"
                ]
              },
              "CascadeCancel": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  }
                },
                "required": [
                  "version",
                  "reason"
                ]
              },
              "CascadePlace": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "parentItemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "newPlanTitle": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 300,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "leadUnitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
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
                    "uniqueItems": true
                  },
                  "responsibleLeader": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "responsiblePerson": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "handler": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "startDate": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "deadline": {
                    "type": "string",
                    "format": "date",
                    "description": "YYYY-MM-DD."
                  }
                },
                "required": [
                  "version",
                  "leadUnitId",
                  "deadline"
                ]
              },
              "CascadeReceipt": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "sendId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "senderJurisdictionId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "originPlanId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "originItemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "description": "null when a whole plan was sent."
                  },
                  "title": {
                    "type": "string"
                  },
                  "targetJurisdictionId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "sent",
                      "signed",
                      "placed",
                      "cancelled"
                    ]
                  },
                  "weight": {
                    "type": "number"
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "grantedDeadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "The later deadline the sender granted on request (申请延期); null without one. The copy's limit is the later of this and min(deadline, the origin's current deadline)."
                  },
                  "instruction": {
                    "type": "string"
                  },
                  "leadUnitType": {
                    "type": "string"
                  },
                  "sentBy": {
                    "type": "string"
                  },
                  "sentAt": {
                    "type": "string"
                  },
                  "signedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "placedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "placedPlanId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "cancelledReason": {
                    "type": "string"
                  },
                  "flagged": {
                    "type": "boolean",
                    "description": "Not signed or not placed 7 days after it was sent."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64"
                  }
                },
                "required": [
                  "id",
                  "sendId",
                  "senderJurisdictionId",
                  "originPlanId",
                  "title",
                  "targetJurisdictionId",
                  "state",
                  "weight",
                  "instruction",
                  "leadUnitType",
                  "sentBy",
                  "sentAt",
                  "cancelledReason",
                  "flagged",
                  "version"
                ]
              },
              "CascadeReceiptList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CascadeReceipt"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "CascadeCopy": {
                "type": "object",
                "properties": {
                  "receiptId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "targetJurisdictionId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "sent",
                      "signed",
                      "placed",
                      "cancelled"
                    ]
                  },
                  "weight": {
                    "type": "number"
                  },
                  "itemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "status": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "percent": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "light": {
                    "type": "string",
                    "enum": [
                      "green",
                      "yellow",
                      "red",
                      "none"
                    ]
                  }
                },
                "required": [
                  "receiptId",
                  "targetJurisdictionId",
                  "state",
                  "weight",
                  "light"
                ]
              },
              "CascadeMatrixCell": {
                "type": "object",
                "properties": {
                  "receiptId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "targetJurisdictionId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "sent",
                      "signed",
                      "placed",
                      "cancelled"
                    ]
                  },
                  "itemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "status": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "percent": {
                    "type": [
                      "number",
                      "null"
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
                  }
                },
                "required": [
                  "receiptId",
                  "targetJurisdictionId",
                  "state",
                  "light"
                ]
              },
              "CascadeCopies": {
                "type": "object",
                "properties": {
                  "itemId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "copies": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CascadeCopy"
                    }
                  }
                },
                "required": [
                  "itemId",
                  "copies"
                ]
              },
              "CascadeMatrix": {
                "type": "object",
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "columns": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "description": "The child jurisdictions, in division-code order."
                  },
                  "rows": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "itemId": {
                          "type": "integer",
                          "format": "int64"
                        },
                        "number": {
                          "type": "string"
                        },
                        "title": {
                          "type": "string"
                        },
                        "percent": {
                          "type": "number",
                          "description": "The origin's rolled-up percent (its copies included)."
                        },
                        "cells": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/CascadeMatrixCell"
                          },
                          "description": "One per jurisdiction the item went to (a withdrawn copy only where nothing else was sent)."
                        }
                      },
                      "required": [
                        "itemId",
                        "number",
                        "title",
                        "percent",
                        "cells"
                      ]
                    }
                  }
                },
                "required": [
                  "jurisdictionId",
                  "columns",
                  "rows"
                ]
              },
              "CascadeExtensionRequest": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The receipt's version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "deadline": {
                    "type": "string",
                    "format": "date",
                    "description": "The deadline asked for: later than the limit in force."
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  }
                },
                "required": [
                  "version",
                  "deadline",
                  "reason"
                ]
              },
              "CascadeExtensionDecision": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The request's version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "decision": {
                    "type": "string",
                    "enum": [
                      "accept",
                      "refuse"
                    ]
                  },
                  "comment": {
                    "type": "string",
                    "maxLength": 2000,
                    "description": "Required (not blank) to refuse."
                  }
                },
                "required": [
                  "version",
                  "decision"
                ]
              },
              "CascadeExtension": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "receiptId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "targetJurisdictionId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "requestedDeadline": {
                    "type": "string",
                    "format": "date"
                  },
                  "limitBefore": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "The limit in force when it was asked for."
                  },
                  "reason": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "pending",
                      "accepted",
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
                    "type": "string"
                  },
                  "decidedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "comment": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64"
                  }
                },
                "required": [
                  "id",
                  "receiptId",
                  "targetJurisdictionId",
                  "requestedDeadline",
                  "reason",
                  "state",
                  "requestedBy",
                  "requestedAt",
                  "decidedBy",
                  "comment",
                  "version"
                ]
              },
              "CascadeExtensionList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CascadeExtension"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              }
            }
          }
        }
        """#
}
