extension JobsFeature {
    /// The feature's part of the OpenAPI document (see `OpenAPIDocument`).
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/jobs/{id}": {
              "get": {
                "operationId": "getJob",
                "tags": [
                  "operations"
                ],
                "summary": "A background job (后台任务) and its progress",
                "description": "Whoever started the job, and administrators; anyone else gets 404. Poll it while `state` is queued or running.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The job.",
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
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/jobs/{id}/cancel": {
              "post": {
                "operationId": "cancelJob",
                "tags": [
                  "operations"
                ],
                "summary": "Cancel a background job",
                "description": "A queued job is cancelled at once; a running one is asked to stop and stops after its current step (`cancelRequested`). A job that has ended answers 422 `job_finished`.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "202": {
                    "description": "The job after the request.",
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
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Job": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "id",
                  "kind",
                  "state",
                  "attempts",
                  "maxAttempts",
                  "progress",
                  "cancelRequested",
                  "createdAt"
                ],
                "properties": {
                  "id": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "kind": {
                    "type": "string",
                    "description": "What the job does, e.g. `import.apply`."
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "queued",
                      "running",
                      "succeeded",
                      "failed",
                      "cancelled"
                    ]
                  },
                  "attempts": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "maxAttempts": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "progress": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "done",
                      "total",
                      "note"
                    ],
                    "properties": {
                      "done": {
                        "type": "integer"
                      },
                      "total": {
                        "type": "integer",
                        "description": "0 while unknown."
                      },
                      "percent": {
                        "type": [
                          "integer",
                          "null"
                        ],
                        "minimum": 0,
                        "maximum": 100
                      },
                      "note": {
                        "type": "string"
                      }
                    }
                  },
                  "result": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The job's result as JSON text, once it succeeded."
                  },
                  "error": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The last attempt's error."
                  },
                  "cancelRequested": {
                    "type": "boolean"
                  },
                  "link": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Where the outcome is seen, once it succeeded."
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "startedAt": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  },
                  "finishedAt": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  }
                }
              }
            }
          }
        }
        """#
}
