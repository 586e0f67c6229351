extension NotificationsFeature {
    /// The feature's part of the OpenAPI document (see `OpenAPIDocument`).
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/notifications": {
              "get": {
                "operationId": "listNotifications",
                "tags": ["notifications"],
                "summary": "The caller's notifications (通知), newest first",
                "description": "Reminders (预警: `reminder_warn` when a task, matter or rectification turns due soon, `reminder_overdue` when it is overdue) and the daily digest (`digest`, whose `text` is the unread due-soon and overdue counts separated by a space). Only the caller's own. Page with `before` = the previous page's `nextBefore`.",
                "parameters": [
                  {"name": "unread", "in": "query", "required": false, "schema": {"type": "string", "enum": ["true", "false"]}, "description": "true: unread only."},
                  {"name": "before", "in": "query", "required": false, "schema": {"type": "integer", "format": "int64", "minimum": 1}, "description": "Only notifications with a smaller id."},
                  {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}}
                ],
                "responses": {
                  "200": {
                    "description": "A page of notifications and the unread count.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotificationList"}}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "500": {"$ref": "#/components/responses/InternalError"}
                }
              }
            },
            "/api/v1/notifications/read-all": {
              "post": {
                "operationId": "markAllNotificationsRead",
                "tags": ["notifications"],
                "summary": "Mark all the caller's notifications read",
                "responses": {
                  "200": {
                    "description": "How many were unread.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "additionalProperties": false,
                          "required": ["marked"],
                          "properties": {"marked": {"type": "integer", "minimum": 0}}
                        }
                      }
                    }
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "500": {"$ref": "#/components/responses/InternalError"}
                }
              }
            },
            "/api/v1/notifications/{id}/read": {
              "post": {
                "operationId": "markNotificationRead",
                "tags": ["notifications"],
                "summary": "Mark one of the caller's notifications read",
                "description": "Marking a read notification again changes nothing. Another user's notification is 404, as if it did not exist.",
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "responses": {
                  "200": {
                    "description": "The notification.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Notification"}}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "500": {"$ref": "#/components/responses/InternalError"}
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Notification": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "kind", "link", "text", "createdAt"],
                "properties": {
                  "id": {"type": "integer", "format": "int64", "minimum": 1},
                  "kind": {"type": "string", "enum": ["reminder_warn", "reminder_overdue", "digest"]},
                  "subject": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["type", "id"],
                    "properties": {
                      "type": {"type": "string", "enum": ["item", "matter", "rectification"]},
                      "id": {"type": "integer", "format": "int64", "minimum": 1}
                    }
                  },
                  "link": {"type": "string", "description": "The page it is about, e.g. `/matters/3`."},
                  "text": {"type": "string", "description": "The subject's title when the notification was made."},
                  "due": {"type": "string", "format": "date", "description": "The deadline the reminder is about."},
                  "createdAt": {"type": "string"},
                  "readAt": {"type": "string"}
                }
              },
              "NotificationList": {
                "type": "object",
                "additionalProperties": false,
                "required": ["notifications", "unreadCount"],
                "properties": {
                  "notifications": {"type": "array", "items": {"$ref": "#/components/schemas/Notification"}},
                  "unreadCount": {"type": "integer", "minimum": 0},
                  "nextBefore": {"type": "integer", "format": "int64", "minimum": 1}
                }
              }
            }
          }
        }
        """#
}
