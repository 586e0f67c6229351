extension PublicationFeature {
    /// Publication's part of the office OpenAPI document (the public API has its own).
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/publication/plans": {
              "get": {
                "operationId": "listPublicationPlans",
                "tags": [
                  "publication"
                ],
                "summary": "Plans with their public state (改革进展公开)",
                "description": "The plans the reader sees, each with whether it is public, the lowest rank of official named, the words for each status and whether the reader may change them.",
                "responses": {
                  "200": {
                    "description": "The plans.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PublicationPlanList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/publication/plans/{id}": {
              "get": {
                "operationId": "getPublicationPlan",
                "tags": [
                  "publication"
                ],
                "summary": "A plan's public state, with the items held back",
                "description": "404 outside the reader's view.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The plan's public state.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PublicationPlan"
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
              "put": {
                "operationId": "setPublicationPlan",
                "tags": [
                  "publication"
                ],
                "summary": "Publish or withdraw a plan; names shown and status words",
                "description": "By the office of the plan's jurisdiction (or one above it) and administrators. Needs the version read (`version` or `If-Match`; 0 for a plan never published): 409 when stale. Fields left out keep their values; a status word left empty goes back to its default.",
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
                        "$ref": "#/components/schemas/PublicationSettingsInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The plan's public state.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PublicationPlan"
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
            "/api/v1/publication/items/{id}/hold": {
              "put": {
                "operationId": "holdPublicItem",
                "tags": [
                  "publication"
                ],
                "summary": "Hold an item (and what lies below it) back from the public pages",
                "description": "The reason stays in the office. Holding a held item again changes nothing.",
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
                        "$ref": "#/components/schemas/PublicHoldInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The hold.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PublicHold"
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
              },
              "delete": {
                "operationId": "releasePublicItem",
                "tags": [
                  "publication"
                ],
                "summary": "Release a held item to the public pages",
                "description": "Releasing an item that is not held changes nothing.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Released."
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
            "/api/v1/publication/plans/{id}/updates": {
              "get": {
                "operationId": "listPublicUpdates",
                "tags": [
                  "publication"
                ],
                "summary": "A plan's dated updates written for the public",
                "description": "Newest first, at most 200.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The updates.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PublicUpdateList"
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
                "operationId": "addPublicUpdate",
                "tags": [
                  "publication"
                ],
                "summary": "Write a dated update for the public about an item of the plan",
                "description": "The day may be before today, never after (blank: today). 422 when the item is not the plan's.",
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
                        "$ref": "#/components/schemas/PublicUpdateInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The update.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PublicUpdate"
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
            "/api/v1/publication/updates/{id}": {
              "patch": {
                "operationId": "editPublicUpdate",
                "tags": [
                  "publication"
                ],
                "summary": "Reword or redate an update",
                "description": "Its item stays (another `itemId` is a 422). Updates carry no version: the last edit wins, the audit keeps both.",
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
                        "$ref": "#/components/schemas/PublicUpdateInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The update.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PublicUpdate"
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
              },
              "delete": {
                "operationId": "deletePublicUpdate",
                "tags": [
                  "publication"
                ],
                "summary": "Delete an update",
                "description": "",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
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
              "PublicHold": {
                "type": "object",
                "properties": {
                  "itemId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "reason": {
                    "type": "string"
                  },
                  "heldBy": {
                    "type": "string"
                  },
                  "heldAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "heldAt",
                  "heldBy",
                  "itemId",
                  "reason"
                ]
              },
              "PublicationPlan": {
                "type": "object",
                "properties": {
                  "planId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "title": {
                    "type": "string"
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "isPublished": {
                    "type": "boolean"
                  },
                  "publicNames": {
                    "type": "string",
                    "enum": [
                      "none",
                      "leader",
                      "person",
                      "handler"
                    ]
                  },
                  "statusWords": {
                    "type": "object",
                    "properties": {
                      "not_started": {
                        "type": "string",
                        "maxLength": 20
                      },
                      "in_progress": {
                        "type": "string",
                        "maxLength": 20
                      },
                      "partly_done": {
                        "type": "string",
                        "maxLength": 20
                      },
                      "done": {
                        "type": "string",
                        "maxLength": 20
                      },
                      "suspended": {
                        "type": "string",
                        "maxLength": 20
                      }
                    },
                    "required": [
                      "done",
                      "in_progress",
                      "not_started",
                      "partly_done",
                      "suspended"
                    ]
                  },
                  "publishedOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "publicURL": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "holds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/PublicHold"
                    }
                  },
                  "canEdit": {
                    "type": "boolean"
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  }
                },
                "required": [
                  "canEdit",
                  "holds",
                  "isPublished",
                  "jurisdictionId",
                  "planId",
                  "publicNames",
                  "publicURL",
                  "publishedOn",
                  "statusWords",
                  "title",
                  "version"
                ]
              },
              "PublicationPlanList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PublicationPlan"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "PublicationSettingsInput": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 0
                  },
                  "isPublished": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "publicNames": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "none",
                      "leader",
                      "person",
                      "handler",
                      null
                    ]
                  },
                  "statusWords": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "properties": {
                      "not_started": {
                        "type": "string",
                        "maxLength": 20
                      },
                      "in_progress": {
                        "type": "string",
                        "maxLength": 20
                      },
                      "partly_done": {
                        "type": "string",
                        "maxLength": 20
                      },
                      "done": {
                        "type": "string",
                        "maxLength": 20
                      },
                      "suspended": {
                        "type": "string",
                        "maxLength": 20
                      }
                    },
                    "additionalProperties": false
                  }
                }
              },
              "PublicHoldInput": {
                "type": "object",
                "properties": {
                  "reason": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 500
                  }
                }
              },
              "PublicUpdate": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "itemId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "planId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "writtenOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "body": {
                    "type": "string"
                  },
                  "createdBy": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "body",
                  "createdAt",
                  "createdBy",
                  "id",
                  "itemId",
                  "planId",
                  "writtenOn"
                ]
              },
              "PublicUpdateList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PublicUpdate"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "PublicUpdateInput": {
                "type": "object",
                "properties": {
                  "itemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "writtenOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "YYYY-MM-DD, not after today; empty: today (or, editing, unchanged)"
                  },
                  "body": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  }
                }
              }
            }
          }
        }
        """#
}
