extension CalendarFeature {
    /// The calendar's part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/calendar": {
              "get": {
                "operationId": "getCalendarYear",
                "tags": [
                  "calendar"
                ],
                "summary": "A year's holidays and make-up working days (节假日与调休)",
                "description": "The days of the year that are not what their weekday says, and the year's number of working days. Everyone signed in reads it.",
                "parameters": [
                  {
                    "name": "year",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1900,
                      "maximum": 2200
                    },
                    "description": "The year; this year when left out."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The year.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CalendarYear"
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
            "/api/v1/calendar/{day}": {
              "put": {
                "operationId": "setCalendarDay",
                "tags": [
                  "calendar"
                ],
                "summary": "Set a day: a holiday or a weekend day worked (administrators)",
                "description": "A new day needs no version (201); changing a day needs the version read (body `version` or `If-Match`), else 409. 422 when the kind or festival is not one of the list, or a day with no festival has no note.",
                "parameters": [
                  {
                    "name": "day",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "date",
                      "pattern": "^(19[0-9]{2}|2[01][0-9]{2}|2200)-"
                    },
                    "description": "The day, YYYY-MM-DD, in the years 1900–2200."
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CalendarDayInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The day, changed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CalendarDay"
                        }
                      }
                    }
                  },
                  "201": {
                    "description": "The day, added.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CalendarDay"
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
                "operationId": "removeCalendarDay",
                "tags": [
                  "calendar"
                ],
                "summary": "Give a day back to its weekday (administrators)",
                "description": "Needs the version read (`If-Match`): 400 without it, 409 when stale, 404 when the day has no entry.",
                "parameters": [
                  {
                    "name": "day",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "date",
                      "pattern": "^(19[0-9]{2}|2[01][0-9]{2}|2200)-"
                    },
                    "description": "The day, YYYY-MM-DD, in the years 1900–2200."
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
                    "description": "The version you read. Required, unless the `If-Match` header carries it instead."
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed."
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
            "/api/v1/working-days": {
              "get": {
                "operationId": "countWorkingDays",
                "tags": [
                  "calendar"
                ],
                "summary": "Working-day arithmetic on the calendar",
                "description": "With `days`: the day that many working days after `from` (the day itself not counted; negative counts back). With `to`: the working days after `from` up to and including `to`. One of the two is required (400 otherwise, or with both).",
                "parameters": [
                  {
                    "name": "from",
                    "in": "query",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "date"
                    },
                    "description": "The day counted from."
                  },
                  {
                    "name": "days",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": -10000,
                      "maximum": 10000
                    },
                    "description": "Working days to add."
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "format": "date"
                    },
                    "description": "The day counted to."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The answer.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/WorkingDaysAnswer"
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
            }
          },
          "components": {
            "schemas": {
              "CalendarDay": {
                "type": "object",
                "required": [
                  "day",
                  "kind",
                  "festival",
                  "note",
                  "source",
                  "version"
                ],
                "properties": {
                  "day": {
                    "type": "string",
                    "format": "date"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "holiday",
                      "workday"
                    ],
                    "description": "holiday: 放假; workday: a weekend day worked (调休上班)."
                  },
                  "festival": {
                    "type": "string",
                    "enum": [
                      "",
                      "new_year",
                      "spring_festival",
                      "qingming",
                      "labour_day",
                      "dragon_boat",
                      "mid_autumn",
                      "national_day",
                      "mid_autumn_national_day"
                    ]
                  },
                  "note": {
                    "type": "string"
                  },
                  "source": {
                    "type": "string",
                    "enum": [
                      "official",
                      "admin"
                    ],
                    "description": "official: the State Council's arrangement as shipped; admin: added or changed by an administrator."
                  },
                  "version": {
                    "type": "integer"
                  }
                }
              },
              "CalendarYear": {
                "type": "object",
                "required": [
                  "year",
                  "workingDays",
                  "days"
                ],
                "properties": {
                  "year": {
                    "type": "integer"
                  },
                  "workingDays": {
                    "type": "integer"
                  },
                  "days": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CalendarDay"
                    }
                  }
                }
              },
              "CalendarDayInput": {
                "type": "object",
                "required": [
                  "kind"
                ],
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "holiday",
                      "workday"
                    ]
                  },
                  "festival": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "",
                      "new_year",
                      "spring_festival",
                      "qingming",
                      "labour_day",
                      "dragon_boat",
                      "mid_autumn",
                      "national_day",
                      "mid_autumn_national_day"
                    ]
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "maximum": 9223372036854775807,
                    "minimum": 0
                  }
                }
              },
              "WorkingDaysAnswer": {
                "type": "object",
                "required": [
                  "from",
                  "to",
                  "workingDays"
                ],
                "properties": {
                  "from": {
                    "type": "string",
                    "format": "date"
                  },
                  "to": {
                    "type": "string",
                    "format": "date"
                  },
                  "workingDays": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        }
        """#
}
