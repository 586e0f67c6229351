extension NotificationsFeature {
    static let strings = StringTable(
        prefixes: ["notifications.", "webhooks.", "nav.notifications", "nav.webhooks", "field.webhook", "deny.manage_webhooks", "entity.webhook"],
        entries: [
            ("nav.notifications", "通知", "Notifications"),
            ("nav.webhooks", "消息推送", "Webhooks"),
            ("notifications.title", "通知", "Notifications"),
            ("notifications.all", "全部", "All"),
            ("notifications.unread", "未读", "Unread"),
            ("notifications.read", "已读", "Read"),
            ("notifications.markRead", "标为已读", "Mark read"),
            ("notifications.markAllRead", "全部标为已读", "Mark all read"),
            ("notifications.none", "暂无通知。", "No notifications."),
            ("notifications.noneUnread", "没有未读通知。", "No unread notifications."),
            ("notifications.older", "更早的通知", "Older notifications"),
            ("notifications.due", "完成时限 {1}", "Due {1}"),
            ("notifications.dueOverdue", "完成时限 {1}（已逾期）", "Due {1} (overdue)"),
            ("notifications.kind.reminder_warn", "临期预警", "Due soon"),
            ("notifications.kind.reminder_overdue", "逾期提醒", "Overdue"),
            ("notifications.kind.digest", "每日提醒摘要", "Daily digest"),
            ("notifications.digest.text", "您有 {1} 条临期预警、{2} 条逾期提醒未读", "You have {1} due-soon and {2} overdue reminders unread"),
            ("notifications.subject.item", "改革任务", "Reform task"),
            ("notifications.subject.matter", "督办事项", "Supervision matter"),
            ("notifications.subject.rectification", "整改事项", "Rectification"),
            ("notifications.subject.escalation", "上报事项（待答复）", "Escalation awaiting an answer"),
            ("notifications.subject.power_handover", "职权事项交接", "Handover of a delegated power"),
            ("notifications.subject.power_expiry", "委托职权期满", "Entrusted power's term ending"),
            (
                "notifications.hint", "每天 8:00 自动检查临期（进入黄灯）和逾期（进入红灯）的任务、督办事项和整改事项，提醒经办人、联络员和责任领导。",
                "Every day at 08:00 the ledger checks tasks, matters and rectifications that turned due soon (yellow) or overdue (red) and reminds their handlers, liaisons and responsible leaders."
            ),
            ("notifications.job.reminders", "预警扫描", "Reminder scan"),
            ("notifications.job.digest", "每日提醒摘要", "Daily digest"),
            ("notifications.job.deliver", "推送通知", "Webhook delivery"),
            ("webhooks.title", "消息推送（Webhook）", "Webhooks"),
            (
                "webhooks.hint", "提醒和每日摘要推送到这里配置的地址（企业微信、钉钉群机器人或自建系统）。未配置时不向外发送任何消息。",
                "Reminders and the daily digest are posted to the addresses configured here (WeCom or DingTalk group robots, or your own system). Nothing is sent out while none is configured."
            ),
            (
                "webhooks.signatureHint", "每个请求带 X-Reform-Timestamp（Unix 秒）和 X-Reform-Signature: sha256=<HMAC-SHA256(密钥, 时间戳 + \".\" + 正文) 的十六进制>。",
                "Each request carries X-Reform-Timestamp (Unix seconds) and X-Reform-Signature: sha256=<hex of HMAC-SHA256(secret, timestamp + \".\" + body)>."
            ),
            ("webhooks.add", "添加推送地址", "Add a webhook"),
            ("webhooks.edit", "修改推送地址", "Edit webhook"),
            ("webhooks.none", "尚未配置推送地址。", "No webhook configured."),
            ("webhooks.delete", "删除", "Delete"),
            ("webhooks.deleteConfirm", "删除这个推送地址及其未发送的消息？", "Delete this webhook and its unsent messages?"),
            ("webhooks.on", "启用", "On"),
            ("webhooks.off", "停用", "Off"),
            ("webhooks.pending", "待发送", "Waiting"),
            ("webhooks.delivered", "已发送", "Delivered"),
            ("webhooks.hasSecret", "已设置", "Set"),
            ("webhooks.noSecret", "未设置", "Not set"),
            ("webhooks.format.generic", "通用 JSON", "Generic JSON"),
            ("webhooks.format.wecom", "企业微信群机器人（markdown）", "WeCom group robot (markdown)"),
            ("webhooks.format.dingtalk", "钉钉群机器人（markdown）", "DingTalk group robot (markdown)"),
            (
                "webhooks.secretHint", "用于签名；修改时留空则保留原密钥。钉钉机器人的“加签”密钥也填在这里。",
                "Used to sign; leave empty when editing to keep the current one. A DingTalk robot's signing secret goes here too."
            ),
            (
                "webhooks.siteUrlHint", "消息中的链接以此开头，如 https://ledger.example.gov.cn",
                "Links in messages start with this, e.g. https://ledger.example.gov.cn"
            ),
            ("field.webhookName", "名称", "Name"),
            ("field.webhookUrl", "推送地址（URL）", "URL"),
            ("field.webhookFormat", "消息格式", "Format"),
            ("field.webhookSecret", "签名密钥", "Secret"),
            ("field.webhookSiteUrl", "系统访问地址", "Site address"),
            ("field.webhookEnabled", "状态", "State"),
            ("deny.manage_webhooks", "只有系统管理员可以配置消息推送", "Only administrators configure webhooks"),
            ("entity.webhook", "推送地址", "webhook")
        ])
}
