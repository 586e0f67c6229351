extension YearEndFeature {
    /// The year-end check's part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/plans/{id}/yearend": {
              "get": {
                "operationId": "listYearEndChecks",
                "tags": [
                  "yearend"
                ],
                "summary": "A plan's year-end checks (年底对账)",
                "description": "Every check of the plan, latest year first, without rows. Whoever reads the plan reads this.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The checks.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/YearEndCheckList"
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
                "operationId": "openYearEndCheck",
                "tags": [
                  "yearend"
                ],
                "summary": "Open the year-end check of a plan for a year",
                "description": "By the office (or an administrator) that edits the plan; 403 for anyone else in view. Lists every measure (leaf item) of the plan not closed by a locked check of an earlier year, each with its lead unit, awaiting the unit's answer. `year` must lie in the plan's period when it has one (422 `year` invalidChoice); a second check of the same plan and year is 422 `year` duplicate; a plan with no measure left to check is 422 `yearend_no_measures`. Audited.",
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
                        "$ref": "#/components/schemas/YearEndOpen"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The check with its rows.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/YearEndCheck"
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
            "/api/v1/yearend/{id}": {
              "get": {
                "operationId": "getYearEndCheck",
                "tags": [
                  "yearend"
                ],
                "summary": "A year-end check with its rows",
                "description": "Offices, inspectors, viewers and administrators of the plan's jurisdiction or above read every row; a liaison or unit head reads the check only when their unit leads one of its measures (404 otherwise), and then only their unit's rows.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The check.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/YearEndCheck"
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
            "/api/v1/yearend/{id}/answers": {
              "post": {
                "operationId": "answerYearEndRows",
                "tags": [
                  "yearend"
                ],
                "summary": "State the outcome of measures (one or several rows at once)",
                "description": "By the lead unit's liaison or unit head for its own rows (another unit's row is 404), or by the office for any row (a measure without a lead unit); inspectors and viewers get 403. All rows or none: a row of another check is 404, a stale version or a row already confirmed 409 naming the row, a locked check 409. `done` takes no `newDeadline`; `carried` needs `newDeadline` in the year after the check's (422 notInYear) and a `reason`; `cancelled` needs a `reason`. Errors name the row as `answers[i].field`. A row already answered may be answered again until the office reviews it. Audited per row.",
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
                        "$ref": "#/components/schemas/YearEndAnswers"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The rows answered.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/YearEndRowList"
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
            "/api/v1/yearend/{id}/reviews": {
              "post": {
                "operationId": "reviewYearEndRows",
                "tags": [
                  "yearend"
                ],
                "summary": "Confirm or return answers (the office)",
                "description": "By the office that edits the plan; 403 for anyone else in view. `confirm` takes answered rows; `return` takes answered or confirmed rows back to their unit and needs a `reason`. All rows or none: a stale version, or a row whose state does not allow the step, is 409 naming the row; a locked check is 409. Audited per row.",
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
                        "$ref": "#/components/schemas/YearEndReviews"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The rows reviewed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/YearEndRowList"
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
            "/api/v1/yearend/{id}/lock": {
              "post": {
                "operationId": "lockYearEndCheck",
                "tags": [
                  "yearend"
                ],
                "summary": "Lock the check and apply it to the ledger",
                "description": "By the office that edits the plan. Every row must be confirmed (422 `yearend_unconfirmed`). In one transaction, through the item service's rules: done measures become done, cancelled ones suspended with the reason in their remarks, and each carried-over one a new item (number, title, lead and participating units, officials kept; the new deadline) of `targetPlanId` (a plan of the same jurisdiction other than the one checked, else 422 notFound) or, without it, of a new plan titled `newPlanTitle` (default: the plan's title with the next year) with a period in the next year; its field and task are found there by title or made. Afterwards nothing in the check changes (409). 409 on a stale version or when already locked. Audited.",
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
                        "$ref": "#/components/schemas/YearEndLock"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The locked check.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/YearEndCheck"
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
              "YearEndOpen": {
                "type": "object",
                "properties": {
                  "year": {
                    "type": "integer",
                    "minimum": 2000,
                    "maximum": 2100,
                    "description": "The year checked."
                  }
                },
                "required": [
                  "year"
                ]
              },
              "YearEndAnswers": {
                "type": "object",
                "properties": {
                  "answers": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "type": "object",
                      "properties": {
                        "rowId": {
                          "type": "integer",
                          "format": "int64",
                          "minimum": 1
                        },
                        "version": {
                          "type": "integer",
                          "format": "int64",
                          "minimum": 1,
                          "description": "The version of the row you read (optimistic locking); a stale version is refused with 409 naming the row."
                        },
                        "outcome": {
                          "type": "string",
                          "enum": [
                            "done",
                            "carried",
                            "cancelled"
                          ]
                        },
                        "newDeadline": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "format": "date",
                          "description": "For carried: YYYY-MM-DD in the year after the check's."
                        },
                        "reason": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "maxLength": 500,
                          "pattern": "^[^\\u0000]*$",
                          "description": "Required (not blank) for carried and cancelled."
                        }
                      },
                      "required": [
                        "rowId",
                        "version",
                        "outcome"
                      ]
                    }
                  }
                },
                "required": [
                  "answers"
                ]
              },
              "YearEndReviews": {
                "type": "object",
                "properties": {
                  "rows": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                      "type": "object",
                      "properties": {
                        "rowId": {
                          "type": "integer",
                          "format": "int64",
                          "minimum": 1
                        },
                        "version": {
                          "type": "integer",
                          "format": "int64",
                          "minimum": 1,
                          "description": "The version of the row you read (optimistic locking); a stale version is refused with 409 naming the row."
                        }
                      },
                      "required": [
                        "rowId",
                        "version"
                      ]
                    }
                  },
                  "action": {
                    "type": "string",
                    "enum": [
                      "confirm",
                      "return"
                    ]
                  },
                  "reason": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 500,
                    "pattern": "^[^\\u0000]*$",
                    "description": "Required (not blank) to return."
                  }
                },
                "required": [
                  "rows",
                  "action"
                ]
              },
              "YearEndLock": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version of the check you read: here or as `If-Match`; a stale version is refused with 409."
                  },
                  "targetPlanId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "The plan receiving carried-over measures."
                  },
                  "newPlanTitle": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 300,
                    "pattern": "^[^\\u0000]*$",
                    "description": "Title of the new plan made when no targetPlanId is given."
                  }
                },
                "required": [
                  "version"
                ]
              },
              "YearEndRow": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "itemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "description": "The measure; null once it was deleted."
                  },
                  "number": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "unitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "description": "The lead unit when the check was opened."
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "pending",
                      "answered",
                      "returned",
                      "confirmed"
                    ]
                  },
                  "outcome": {
                    "type": "string",
                    "enum": [
                      "",
                      "done",
                      "carried",
                      "cancelled"
                    ],
                    "description": "\"\" until answered."
                  },
                  "newDeadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "reason": {
                    "type": "string"
                  },
                  "returnReason": {
                    "type": "string"
                  },
                  "answeredBy": {
                    "type": "string"
                  },
                  "answeredAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "reviewedBy": {
                    "type": "string"
                  },
                  "reviewedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "carriedItemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "description": "The item made in next year's plan at the lock."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64"
                  }
                },
                "required": [
                  "answeredBy",
                  "id",
                  "number",
                  "outcome",
                  "reason",
                  "returnReason",
                  "reviewedBy",
                  "state",
                  "title",
                  "version"
                ]
              },
              "YearEndRowList": {
                "type": "object",
                "properties": {
                  "rows": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/YearEndRow"
                    }
                  }
                },
                "required": [
                  "rows"
                ]
              },
              "YearEndCheck": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "planId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "year": {
                    "type": "integer"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "open",
                      "locked"
                    ]
                  },
                  "openedBy": {
                    "type": "string"
                  },
                  "openedAt": {
                    "type": "string"
                  },
                  "lockedBy": {
                    "type": "string"
                  },
                  "lockedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "targetPlanId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "rows": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/YearEndRow"
                    },
                    "description": "The rows the reader sees; left out of lists."
                  }
                },
                "required": [
                  "id",
                  "planId",
                  "jurisdictionId",
                  "year",
                  "state",
                  "openedBy",
                  "openedAt",
                  "lockedBy",
                  "version"
                ]
              },
              "YearEndCheckList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/YearEndCheck"
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
