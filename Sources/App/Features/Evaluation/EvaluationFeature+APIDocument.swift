extension EvaluationFeature {
    /// Evaluation's part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/evaluation-rounds": {
              "get": {
                "operationId": "listEvaluationRounds",
                "tags": [
                  "evaluation"
                ],
                "summary": "Evaluation rounds (成效评估)",
                "description": "The rounds the reader may open: kept in their jurisdiction's subtree or evaluating something in it; a reviewer's, those assigned to them.",
                "parameters": [
                  {
                    "name": "year",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "integer",
                          "minimum": 1900,
                          "maximum": 2200
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "The round's year. Empty means any (a form's blank)."
                  },
                  {
                    "name": "state",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "",
                        "scoring",
                        "closed"
                      ]
                    },
                    "description": "The round's state."
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_page"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of rounds.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationRoundList"
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
                "operationId": "createEvaluationRound",
                "tags": [
                  "evaluation"
                ],
                "summary": "Start a round",
                "description": "By the office of the jurisdiction (or one above it) or an administrator. Source weights default to 20/30/50 and must sum to 100.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/EvaluationRoundInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The round.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationRound"
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
            "/api/v1/evaluation-rounds/{id}": {
              "get": {
                "operationId": "getEvaluationRound",
                "tags": [
                  "evaluation"
                ],
                "summary": "A round with its criteria",
                "description": "404 outside the reader's view (a reviewer not assigned to it).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The round.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationRound"
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
              "put": {
                "operationId": "updateEvaluationRound",
                "tags": [
                  "evaluation"
                ],
                "summary": "Edit a round's details, weights and places",
                "description": "Needs the version read (409 when stale).",
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
                        "allOf": [
                          {
                            "$ref": "#/components/schemas/EvaluationRoundInput"
                          },
                          {
                            "type": "object",
                            "required": [
                              "version"
                            ]
                          }
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The round.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationRound"
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
                "operationId": "deleteEvaluationRound",
                "tags": [
                  "evaluation"
                ],
                "summary": "Delete a round",
                "description": "Deletes a round still open for scoring with its criteria, subjects, scores, comments and reviewer assignments, by whoever may set it up. Requires the version you read: `?version=` or `If-Match`. Refused with 409 `evaluation_round_closed` once closed (its notice is public), and `evaluation_round_cited` while an experience of the replication library cites its results.",
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
                    "description": "A stale version (`conflict`, with `currentVersion`), or the round may not go: closed (`evaluation_round_closed`) or cited by an experience (`evaluation_round_cited`).",
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
            "/api/v1/evaluation-rounds/{id}/criteria": {
              "put": {
                "operationId": "saveEvaluationCriteria",
                "tags": [
                  "evaluation"
                ],
                "summary": "Replace the criteria",
                "description": "Weights are whole percents summing to 100; an entry with an id keeps that criterion and its scores; a criterion left out that has scores is refused (422). Needs the round's version.",
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
                        "$ref": "#/components/schemas/EvaluationCriteriaInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The round with its criteria.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationRound"
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
            "/api/v1/evaluation-rounds/{id}/subjects": {
              "post": {
                "operationId": "addEvaluationSubjects",
                "tags": [
                  "evaluation"
                ],
                "summary": "Add subjects",
                "description": "Records of one kind, within the round's jurisdiction and the editor's view; one already in the round is skipped.",
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
                        "$ref": "#/components/schemas/EvaluationSubjectsInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "How many were added.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationSubjectsAdded"
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
            "/api/v1/evaluation-rounds/{id}/reviewers": {
              "post": {
                "operationId": "assignEvaluationReviewer",
                "tags": [
                  "evaluation"
                ],
                "summary": "Assign an outside reviewer",
                "description": "The user must have the reviewer role; a reviewer sees only the rounds assigned to them.",
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
                        "$ref": "#/components/schemas/EvaluationReviewerInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The reviewer.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationReviewer"
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
            "/api/v1/evaluation-rounds/{id}/state": {
              "post": {
                "operationId": "setEvaluationRoundState",
                "tags": [
                  "evaluation"
                ],
                "summary": "Close a round or reopen it",
                "description": "Closing freezes the scores and opens the public notice (noticeURL). Needs the version read.",
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
                        "$ref": "#/components/schemas/EvaluationStateInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The round.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationRound"
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
            "/api/v1/evaluation-rounds/{id}/results": {
              "get": {
                "operationId": "listEvaluationResults",
                "tags": [
                  "evaluation"
                ],
                "summary": "The computed result and ranking, filtered and paged",
                "description": "Each source's score is the weighted mean of the criteria it scored; the total the weighted mean of the sources present; equal totals share a rank; tiers by rank. Not for reviewers (403).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_kind"
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_tier"
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_q"
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_complete"
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_page"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of results, ranked.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationResultPage"
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
            },
            "/api/v1/evaluation-rounds/{id}/import": {
              "post": {
                "operationId": "importEvaluationScores",
                "tags": [
                  "evaluation"
                ],
                "summary": "Import self-assessment and office scores",
                "description": "A sheet with 对象编号, 来源 and one column per criterion. dryRun (default true) checks every row and writes nothing; a commit writes every row or none; each problem names its row and column.",
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
                        "$ref": "#/components/schemas/AuthorizationImportInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The dry run's report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuthorizationImportReport"
                        }
                      }
                    }
                  },
                  "201": {
                    "description": "The scores were written.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuthorizationImportReport"
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
                    "description": "Problems found (the report), or no file content.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "oneOf": [
                            {
                              "$ref": "#/components/schemas/AuthorizationImportReport"
                            },
                            {
                              "$ref": "#/components/schemas/Error"
                            }
                          ]
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
            "/api/v1/evaluation-export": {
              "get": {
                "operationId": "exportEvaluationResults",
                "tags": [
                  "evaluation"
                ],
                "summary": "A round's result as .xlsx or .csv",
                "description": "Every result the filters select (no paging), in the reader's language. Not for reviewers (403).",
                "parameters": [
                  {
                    "name": "round",
                    "in": "query",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 9223372036854775807
                    },
                    "description": "The round's id."
                  },
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
                    "description": "xlsx (default) or csv."
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_kind"
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_tier"
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_q"
                  },
                  {
                    "$ref": "#/components/parameters/EvaluationFilter_complete"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The file.",
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/evaluation-subjects/{id}": {
              "get": {
                "operationId": "getEvaluationSubject",
                "tags": [
                  "evaluation"
                ],
                "summary": "A subject with the scores the reader may see",
                "description": "A reviewer sees only their own scores and comment.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The subject.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationSubject"
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
            "/api/v1/evaluation-subjects/{id}/scores": {
              "post": {
                "operationId": "saveEvaluationScores",
                "tags": [
                  "evaluation"
                ],
                "summary": "Give one source's scores and comment",
                "description": "Scores run from 0 to 100; null clears one. Needs the subject's version (409 when someone scored it since); 422 (evaluation_closed) once the round is closed.",
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
                        "$ref": "#/components/schemas/EvaluationScoresInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The subject.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvaluationSubject"
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
              "EvaluationCriterion": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "weight"
                ],
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "name": {
                    "type": "string"
                  },
                  "weight": {
                    "type": "integer",
                    "description": "Percent; a round's criteria sum to 100."
                  }
                }
              },
              "EvaluationRound": {
                "type": "object",
                "required": [
                  "id",
                  "jurisdictionId",
                  "title",
                  "year",
                  "description",
                  "state",
                  "weightSelf",
                  "weightOffice",
                  "weightReviewer",
                  "bestCount",
                  "excellentCount",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "title": {
                    "type": "string"
                  },
                  "year": {
                    "type": "integer"
                  },
                  "description": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "scoring",
                      "closed"
                    ]
                  },
                  "weightSelf": {
                    "type": "integer"
                  },
                  "weightOffice": {
                    "type": "integer"
                  },
                  "weightReviewer": {
                    "type": "integer"
                  },
                  "bestCount": {
                    "type": "integer"
                  },
                  "excellentCount": {
                    "type": "integer"
                  },
                  "criteria": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/EvaluationCriterion"
                    }
                  },
                  "noticeURL": {
                    "type": "string",
                    "description": "The public notice's address (no sign-in), once the round is closed; not shown to reviewers."
                  },
                  "version": {
                    "type": "integer"
                  }
                }
              },
              "EvaluationRoundList": {
                "type": "object",
                "required": [
                  "items",
                  "page",
                  "hasNext"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/EvaluationRound"
                    }
                  },
                  "page": {
                    "type": "integer"
                  },
                  "hasNext": {
                    "type": "boolean"
                  }
                }
              },
              "EvaluationRoundInput": {
                "type": "object",
                "required": [
                  "title",
                  "year"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0,
                    "maximum": 9223372036854775807,
                    "description": "Required on PUT."
                  },
                  "jurisdictionId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807,
                    "description": "The jurisdiction whose office runs the round; required on POST, ignored on PUT."
                  },
                  "title": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1
                  },
                  "year": {
                    "type": "integer",
                    "minimum": 1900,
                    "maximum": 2200
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "weightSelf": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 100,
                    "description": "Percent (default 20); the three source weights sum to 100."
                  },
                  "weightOffice": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 100,
                    "description": "Percent (default 30)."
                  },
                  "weightReviewer": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 100,
                    "description": "Percent (default 50)."
                  },
                  "bestCount": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 10000,
                    "description": "Best cases to select (default 10)."
                  },
                  "excellentCount": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 10000,
                    "description": "Excellent cases to select (default 40)."
                  }
                }
              },
              "EvaluationCriteriaInput": {
                "type": "object",
                "required": [
                  "version",
                  "criteria"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0,
                    "maximum": 9223372036854775807
                  },
                  "criteria": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 20,
                    "items": {
                      "type": "object",
                      "required": [
                        "name",
                        "weight"
                      ],
                      "properties": {
                        "id": {
                          "type": [
                            "integer",
                            "null"
                          ],
                          "format": "int64",
                          "minimum": 1,
                          "maximum": 9223372036854775807,
                          "description": "An existing criterion of the round (kept with its scores); none for a new one."
                        },
                        "name": {
                          "type": "string",
                          "maxLength": 200,
                          "minLength": 1
                        },
                        "weight": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 100
                        }
                      }
                    }
                  }
                }
              },
              "EvaluationSubjectsInput": {
                "type": "object",
                "required": [
                  "kind",
                  "refIds"
                ],
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "plan_item",
                      "authorization",
                      "grassroots_project",
                      "power"
                    ]
                  },
                  "refIds": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 500,
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 9223372036854775807
                    },
                    "description": "The records' ids in their own register."
                  }
                }
              },
              "EvaluationSubjectsAdded": {
                "type": "object",
                "required": [
                  "added"
                ],
                "properties": {
                  "added": {
                    "type": "integer"
                  }
                }
              },
              "EvaluationReviewerInput": {
                "type": "object",
                "required": [
                  "username"
                ],
                "properties": {
                  "username": {
                    "type": "string",
                    "maxLength": 100,
                    "minLength": 1,
                    "description": "A user with the reviewer role."
                  }
                }
              },
              "EvaluationReviewer": {
                "type": "object",
                "required": [
                  "userId",
                  "username",
                  "displayName"
                ],
                "properties": {
                  "userId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "username": {
                    "type": "string"
                  },
                  "displayName": {
                    "type": "string"
                  }
                }
              },
              "EvaluationStateInput": {
                "type": "object",
                "required": [
                  "version",
                  "state"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0,
                    "maximum": 9223372036854775807
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "scoring",
                      "closed"
                    ]
                  }
                }
              },
              "EvaluationResult": {
                "type": "object",
                "required": [
                  "subjectId",
                  "kind",
                  "refId",
                  "title",
                  "jurisdictionId",
                  "tier",
                  "missing"
                ],
                "properties": {
                  "subjectId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "kind": {
                    "type": "string"
                  },
                  "refId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "title": {
                    "type": "string"
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "selfAssessment": {
                    "type": "number"
                  },
                  "office": {
                    "type": "number"
                  },
                  "reviewer": {
                    "type": "number"
                  },
                  "total": {
                    "type": "number"
                  },
                  "rank": {
                    "type": "integer"
                  },
                  "tier": {
                    "type": "string",
                    "enum": [
                      "best",
                      "excellent",
                      "none"
                    ]
                  },
                  "missing": {
                    "type": "integer"
                  }
                }
              },
              "EvaluationResultPage": {
                "type": "object",
                "required": [
                  "items",
                  "total",
                  "page",
                  "pageSize",
                  "hasNext"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/EvaluationResult"
                    }
                  },
                  "total": {
                    "type": "integer"
                  },
                  "page": {
                    "type": "integer"
                  },
                  "pageSize": {
                    "type": "integer"
                  },
                  "hasNext": {
                    "type": "boolean"
                  }
                }
              },
              "EvaluationSubject": {
                "type": "object",
                "required": [
                  "id",
                  "roundId",
                  "kind",
                  "refId",
                  "title",
                  "jurisdictionId",
                  "scores",
                  "comments",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "roundId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "kind": {
                    "type": "string"
                  },
                  "refId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "title": {
                    "type": "string"
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "maximum": 9223372036854775807
                  },
                  "scores": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "criterionId",
                        "source",
                        "score"
                      ],
                      "properties": {
                        "criterionId": {
                          "type": "integer",
                          "format": "int64",
                          "minimum": 1,
                          "maximum": 9223372036854775807
                        },
                        "source": {
                          "type": "string",
                          "enum": [
                            "self",
                            "office",
                            "reviewer"
                          ]
                        },
                        "reviewerId": {
                          "type": "integer",
                          "format": "int64",
                          "minimum": 1,
                          "maximum": 9223372036854775807
                        },
                        "score": {
                          "type": "number"
                        }
                      }
                    }
                  },
                  "comments": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "source",
                        "body"
                      ],
                      "properties": {
                        "source": {
                          "type": "string"
                        },
                        "body": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "version": {
                    "type": "integer"
                  }
                }
              },
              "EvaluationScoresInput": {
                "type": "object",
                "required": [
                  "version",
                  "source"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0,
                    "maximum": 9223372036854775807
                  },
                  "source": {
                    "type": "string",
                    "enum": [
                      "self",
                      "office",
                      "reviewer"
                    ],
                    "description": "self: the subject's unit or office; office: the round's office; reviewer: an assigned reviewer (their own scores)."
                  },
                  "scores": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "maxItems": 20,
                    "items": {
                      "type": "object",
                      "required": [
                        "criterionId"
                      ],
                      "properties": {
                        "criterionId": {
                          "type": "integer",
                          "format": "int64",
                          "minimum": 1,
                          "maximum": 9223372036854775807
                        },
                        "score": {
                          "type": [
                            "number",
                            "null"
                          ],
                          "minimum": 0,
                          "maximum": 100,
                          "description": "0–100; null clears it."
                        }
                      }
                    }
                  },
                  "comment": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  }
                }
              }
            },
            "parameters": {
              "EvaluationFilter_page": {
                "description": "The page (50 each). Empty means any (a form's blank).",
                "in": "query",
                "name": "page",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
                      "maximum": 10000,
                      "minimum": 1,
                      "type": "integer"
                    },
                    {
                      "maxLength": 0,
                      "type": "string"
                    }
                  ]
                }
              },
              "EvaluationFilter_kind": {
                "description": "The kind of subject.",
                "in": "query",
                "name": "kind",
                "required": false,
                "schema": {
                  "enum": [
                    "",
                    "plan_item",
                    "authorization",
                    "grassroots_project",
                    "power"
                  ],
                  "type": "string"
                }
              },
              "EvaluationFilter_tier": {
                "description": "The tier (also its Chinese name).",
                "in": "query",
                "name": "tier",
                "required": false,
                "schema": {
                  "enum": [
                    "",
                    "best",
                    "excellent",
                    "none"
                  ],
                  "type": "string"
                }
              },
              "EvaluationFilter_jurisdiction": {
                "description": "The subject's jurisdiction: it and those below it (404 when there is none). Empty means any (a form's blank).",
                "in": "query",
                "name": "jurisdiction",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
                      "maximum": 9223372036854775807,
                      "minimum": 1,
                      "type": "integer"
                    },
                    {
                      "maxLength": 0,
                      "type": "string"
                    }
                  ]
                }
              },
              "EvaluationFilter_q": {
                "description": "Words in the subject's title.",
                "in": "query",
                "name": "q",
                "required": false,
                "schema": {
                  "maxLength": 100,
                  "type": "string"
                }
              },
              "EvaluationFilter_complete": {
                "description": "Whether every source scored every criterion.",
                "in": "query",
                "name": "complete",
                "required": false,
                "schema": {
                  "enum": [
                    "",
                    "1",
                    "0",
                    "true",
                    "false"
                  ],
                  "type": "string"
                }
              }
            }
          }
        }
        """#
}
