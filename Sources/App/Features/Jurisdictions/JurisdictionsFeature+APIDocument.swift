extension JurisdictionsFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/jurisdictions": {
              "get": {
                "operationId": "listJurisdictions",
                "tags": [
                  "jurisdictions"
                ],
                "summary": "List jurisdictions (行政区域)",
                "description": "Every jurisdiction, parents before children (by depth, then division code).",
                "responses": {
                  "200": {
                    "description": "All jurisdictions.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/JurisdictionList"
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
              },
              "post": {
                "operationId": "createJurisdiction",
                "tags": [
                  "jurisdictions"
                ],
                "summary": "Create a jurisdiction",
                "description": "Adds a jurisdiction to the government tree. Its level must be below its parent's; the division code must be unused.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/JurisdictionCreate"
                      },
                      "example": {
                        "name": "福田区",
                        "level": "district",
                        "divisionCode": "440304",
                        "parentId": 3
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
                          "$ref": "#/components/schemas/Jurisdiction"
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
            "/api/v1/jurisdictions/{id}": {
              "get": {
                "operationId": "getJurisdiction",
                "tags": [
                  "jurisdictions"
                ],
                "summary": "Get a jurisdiction",
                "description": "One jurisdiction.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The jurisdiction.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Jurisdiction"
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
                "operationId": "updateJurisdiction",
                "tags": [
                  "jurisdictions"
                ],
                "summary": "Update a jurisdiction",
                "description": "Changes the given fields. Moving it under another parent moves its subtree and the items filed under it. Requires the version you read (body `version` or `If-Match`).",
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
                        "$ref": "#/components/schemas/JurisdictionUpdate"
                      },
                      "example": {
                        "name": "中华人民共和国",
                        "version": 1
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Updated; `version` went up by one.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Jurisdiction"
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
              "JurisdictionList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Jurisdiction"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "JurisdictionCreate": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "maxLength": 100,
                    "description": "Name, 1–100 characters."
                  },
                  "level": {
                    "type": "string",
                    "enum": [
                      "central",
                      "province",
                      "city",
                      "district",
                      "street"
                    ],
                    "description": "Must be below the parent's level."
                  },
                  "divisionCode": {
                    "type": "string",
                    "pattern": "^[0-9]{6}$",
                    "description": "Six-digit GB/T 2260 code (行政区划代码), unique."
                  },
                  "parentId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "An existing jurisdiction of a higher level; not the record itself or one below it."
                  }
                },
                "required": [
                  "name",
                  "level",
                  "divisionCode"
                ]
              },
              "JurisdictionUpdate": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "maxLength": 100,
                    "description": "Name, 1–100 characters."
                  },
                  "level": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "central",
                      "province",
                      "city",
                      "district",
                      "street"
                    ],
                    "description": "Must be below the parent's level."
                  },
                  "divisionCode": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[0-9]{6}$",
                    "description": "Six-digit GB/T 2260 code (行政区划代码), unique."
                  },
                  "parentId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "An existing jurisdiction of a higher level; not the record itself or one below it."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking). Required on every change: here, or instead as the `If-Match` header (the body wins when both are given). Without either the request is a 400; a stale version is refused with 409."
                  }
                },
                "required": [
                  "version"
                ],
                "description": "Fields left out or null keep their current value (so `parentId` cannot be cleared here)."
              }
            }
          }
        }
        """#
}
