extension JobsFeature {
    /// The jobs feature's strings.
    static let strings = StringTable(
        prefixes: ["jobs.", "error.code.", "entity."],
        entries: [
            ("jobs.title", "后台任务", "Background job"),
            ("jobs.kind.other", "后台任务", "Background job"),
            ("jobs.state", "状态", "State"),
            ("jobs.state.queued", "排队中", "Queued"),
            ("jobs.state.running", "进行中", "Running"),
            ("jobs.state.succeeded", "已完成", "Done"),
            ("jobs.state.failed", "失败", "Failed"),
            ("jobs.state.cancelled", "已取消", "Cancelled"),
            ("jobs.progress", "进度", "Progress"),
            ("jobs.progressUnknown", "正在计算总量", "Working out how much there is"),
            ("jobs.attempts", "已尝试", "Attempts"),
            ("jobs.lastError", "最近一次错误", "Last error"),
            ("jobs.retryNote", "失败后会自动重试，间隔逐次加倍。", "A failed attempt is retried automatically, waiting twice as long each time."),
            ("jobs.createdAt", "提交时间", "Submitted"),
            ("jobs.startedAt", "开始时间", "Started"),
            ("jobs.finishedAt", "结束时间", "Ended"),
            ("jobs.cancel", "取消任务", "Cancel the job"),
            ("jobs.cancelConfirm", "确定取消该任务吗？已完成的部分不会保存。", "Cancel this job? Nothing it has done so far is kept."),
            ("jobs.cancelRequested", "已请求取消，任务将在当前步骤结束后停止。", "Cancelling: the job stops after its current step."),
            ("jobs.refresh", "刷新", "Refresh"),
            ("jobs.open", "查看结果", "See the result"),
            ("entity.job", "后台任务", "job"),
            ("error.code.job_finished", "该任务已结束，无法取消", "The job has already ended and cannot be cancelled")
        ])
}
