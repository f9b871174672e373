## 举报：成员向审核员反映的问题

report-link = 举报
report-member-link = 举报 { $name }
report-title = 向审核员举报
report-intro = 告诉审核员哪里有问题。他们会进行查看，您可以在“我的举报”中看到他们的决定。被举报的人不会知道您是谁。
report-reason = 有什么问题？
report-reason-spam = 垃圾信息或广告
report-reason-scam = 诈骗或欺诈（虚假的工作、签证或投资机会，或索要钱财）
report-reason-hate = 仇恨或骚扰
report-reason-false-information = 虚假或误导性信息
report-reason-illegal = 违法内容
report-reason-other = 其他问题
report-details = 详细说明（选填）
report-details-hint = 审核员需要了解什么？最多 2000 个字符。
report-submit = 提交举报
report-filed = 谢谢。您的举报已发送给审核员。
report-target-group = 团体
report-target-event = 活动
report-target-opportunity = 机会
report-target-user = 成员
report-target-imported = 导入的信息
report-status-open = 等待审核员处理
report-status-dismissed = 已查看：未采取措施
report-status-hidden = 已采取措施：已移除
report-status-restored = 已查看：已重新显示
my-reports-title = 我的举报
my-reports-intro = 您举报的内容，以及审核员的决定。
my-reports-empty = 您还没有举报过任何内容。

## 用户能看到的审核情况

moderation-hidden-notice = 审核员已隐藏此内容：只有其组织者可以看到。您收到的通知中说明了原因以及如何申诉。
safety-notice-title = 注意安全
safety-notice-body = 我们的团队尚未认证此组织。切勿为申请付费；在确认组织者身份之前，切勿汇款或发送身份证件；如有人提出此类要求，请举报。
directory-verified-only = 仅显示已认证的组织

## 认证（管理员，在团体页面上）

verification-title = 认证
verification-note = 此组织是如何核实的？
verification-note-hint = 例如：注册协会的登记号、大使馆的信函、与已知联系人的电话沟通。
verification-add = 标记为已认证
verification-remove = 取消认证
verification-note-shown = 已认证：

## 审核员页面

admin-reports-title = 举报
admin-reports-intro = 未处理的举报，按被举报对象分组：被举报次数最多的排在前面，其次是最早的。每项操作都必须填写理由；举报人和所有者都会收到通知。
admin-reports-empty = 没有未处理的举报。
admin-reports-count = { $count ->
   *[other] { $count } 条举报
}
admin-reports-hidden-now = 当前已隐藏
admin-reports-gone = 被举报后已被删除。
admin-reports-creator = 创建者：{ $name }
admin-reports-details = 举报人的说明
admin-reports-history = 此前的决定
admin-reason = 理由（必填）
admin-action-dismiss = 驳回
admin-action-hide = 隐藏
admin-action-restore = 恢复
admin-action-suspend = 封禁该成员
admin-action-unsuspend = 解除封禁
admin-suspend-creator = 封禁 { $name }
admin-suspend-creator-reason = 封禁 { $name } 的理由（必填）
admin-hide-and-suspend = 隐藏时同时封禁创建者 { $name }
admin-appeals-title = 申诉
admin-appeals-empty = 没有未处理的申诉。
admin-appeal-grant = 批准：撤销该决定
admin-appeal-uphold = 驳回：维持原决定
admin-audit-title = 审计日志
admin-audit-intro = 审核员或管理员的每一项操作，最新的在前。此处的内容无法更改或删除。
admin-audit-empty = 尚无任何操作。
admin-audit-when = 时间
admin-audit-who = 操作人
admin-audit-what = 操作
admin-audit-target = 对象
admin-audit-reason = 理由
admin-audit-older = 更早的记录

audit-action-dismiss = 举报已由 { $actor } 于 { $date } 驳回
audit-action-hide = 由 { $actor } 于 { $date } 隐藏
audit-action-restore = 由 { $actor } 于 { $date } 恢复
audit-action-suspend = 由 { $actor } 于 { $date } 封禁
audit-action-unsuspend = 由 { $actor } 于 { $date } 解除封禁
audit-action-verify = 由 { $actor } 于 { $date } 认证
audit-action-unverify = 由 { $actor } 于 { $date } 取消认证
audit-action-grant-moderator = 由 { $actor } 于 { $date } 任命为审核员
audit-action-revoke-moderator = 由 { $actor } 于 { $date } 撤销审核员角色
audit-action-uphold-appeal = 申诉由 { $actor } 于 { $date } 驳回
audit-action-grant-appeal = 申诉由 { $actor } 于 { $date } 批准
audit-name-dismiss = 举报已驳回
audit-name-hide = 已隐藏
audit-name-restore = 已恢复
audit-name-suspend = 成员已封禁
audit-name-unsuspend = 已解除封禁
audit-name-verify = 团体已认证
audit-name-unverify = 已取消认证
audit-name-grant-moderator = 已授予审核员角色
audit-name-revoke-moderator = 已撤销审核员角色
audit-name-uphold-appeal = 申诉已驳回
audit-name-grant-appeal = 申诉已批准

admin-users-title = 审核员
admin-users-intro = 拥有审核员或管理员角色的成员。管理员需在服务器上通过 create-admin 命令创建。
admin-users-name = 姓名
admin-users-role = 角色
admin-users-change = 授予或撤销审核员角色
admin-users-submit = 更改角色
role-user = 成员
role-moderator = 审核员
role-admin = 管理员

## 申诉

appeal-title = 对审核员的决定提出申诉
appeal-about-suspension = 审核员已封禁您的账号。
appeal-about-hide = 审核员已隐藏：
appeal-decided-on = 决定日期
appeal-their-reason = 审核员给出的理由
appeal-once = 您只能申诉一次。另一位审核员会阅读您的申诉并作出决定，结果会通知您。
appeal-text = 为什么应该更改这个决定？
appeal-submit = 提交申诉
appeal-status-open = 您的申诉已提交。另一位审核员会作出决定，结果会通知您。
appeal-status-upheld = 您的申诉已有结果：维持原决定。
appeal-status-granted = 您的申诉已获批准：原决定已撤销。
