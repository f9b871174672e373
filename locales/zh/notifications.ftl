# 通知：成员在应用内和通过邮件获知的消息。
# 参数：{ $member } 某人的姓名，{ $group } 团体名称，{ $event } 活动标题，
# { $opportunity } 机会标题，{ $start } 带时区的日期和时间，
# { $place } 活动地点（可能为空），{ $people } { $more } { $events }
# { $opportunities } 数量，{ $kind } 某类通知的名称。

nav-notifications = 通知
nav-notifications-unread = 通知（{ $count } 条未读）
notifications-title = 通知
notifications-empty = 暂无通知。当有与您相关的事情时（有人申请加入您的团体、有名额空出给您、您要参加的活动有变动），会显示在这里。
notifications-mark-all-read = 全部标为已读
notifications-mark-read = 标为已读
notifications-unread-label = 未读
notifications-older = 较早的通知
notifications-settings-link = 选择哪些通知同时通过邮件发送
notifications-settings-title = 通知设置
notifications-settings-intro = 所有通知都会显示在应用内。您可以为每类通知选择是否同时接收电子邮件。
notifications-settings-in-app = 仅在应用内
notifications-settings-mail = 应用内和电子邮件
notifications-settings-save = 保存设置
notifications-settings-saved = 您的通知设置已保存。
unsubscribe-title = 停止接收这些邮件
unsubscribe-intro = 您将不再收到关于“{ $kind }”的邮件。您仍会在应用内看到这些通知。
unsubscribe-confirm = 停止接收这些邮件
unsubscribe-done = 已完成：您将不再收到关于“{ $kind }”的邮件。您可以在通知设置中重新开启。
unsubscribe-settings-link = 通知设置

notification-kind-join-request = 加入您团体的申请
notification-kind-membership-decision = 关于您成员资格的决定
notification-kind-role-changed = 您在团体中角色的变动
notification-kind-waitlist-promoted = 有名额空出给您
notification-kind-event-changed = 您的活动时间或地点的变动
notification-kind-event-cancelled = 已取消的活动
notification-kind-event-reminder = 活动前一天的提醒
notification-kind-new-interest = 您团体的机会收到新的意向
notification-kind-weekly-digest = 为您推荐的新活动和新机会每周摘要
notification-kind-report-outcome = 审核员对您的举报、您发布的信息和您的账号作出的决定
notification-kind-invitation = 加入团体的邀请

notice-time-in-zone = { $time }（{ $zone }）
notice-join-request = { $member } 申请加入 { $group }
notice-join-request-detail = { $member } 希望加入 { $group }。您可以在成员页面批准或拒绝该申请。
notice-membership-approved = 欢迎加入 { $group }：您的申请已获批准
notice-membership-approved-detail = { $group } 的组织者已批准您的申请。您现在是成员了。
notice-membership-rejected = 您加入 { $group } 的申请被拒绝
notice-membership-rejected-detail = { $group } 的组织者拒绝了您的加入申请。您可以稍后再次申请。
notice-membership-removed = 您已被移出 { $group }
notice-membership-removed-detail = { $group } 的组织者已将您移出该团体。
notice-role-organizer = 您现在是 { $group } 的组织者
notice-role-organizer-detail = 您现在可以管理 { $group } 的成员、活动和机会。
notice-role-owner = 您现在是 { $group } 的所有者
notice-role-owner-detail = { $group } 的所有权已移交给您。您现在可以更改该团体的一切设置。
notice-role-member = 您不再是 { $group } 的组织者
notice-role-member-detail = 您仍是 { $group } 的成员，但不再担任组织者。
notice-waitlist-promoted = 名额已归您：{ $event }
notice-waitlist-promoted-detail = 有名额空出，您已从候补名单转入 { $event }（{ $start }）的参加者名单。如果您无法参加，请在活动页面上说明，以便下一位候补者获得您的名额。
notice-event-changed = { $event } 有变动：{ $start }
notice-event-changed-detail = 组织者更改了 { $event } 的时间或地点。现在的时间为 { $start }{ $place ->
        [none] {""}
       *[other] ，地点：{ $place }
    }。
notice-event-cancelled = 已取消：{ $event }
notice-event-cancelled-detail = 组织者取消了原定于 { $start } 举行的 { $event }。
notice-event-reminder = 即将开始：{ $event }，{ $start }
notice-event-reminder-detail = 提醒您：您将参加 { $event }（{ $start }）。活动已作为附件发送，可添加到您的日历。如果您无法参加，请在活动页面上说明，以便候补者获得您的名额。
notice-new-interest = { $people ->
       *[other] 新增 { $people } 人对 { $opportunity } 感兴趣
    }{ $more ->
        [0] {""}
       *[other] ，另有 { $more } 个机会也收到了新的意向
    }
notice-new-interest-detail = 有人对您团体的机会表达了意向。请在机会页面查看他们是谁以及留言内容。
notice-weekly-digest = 本周为您推荐：{ $events ->
       *[other] { $events } 个新活动
    }和{ $opportunities ->
       *[other] { $opportunities } 个新机会
    }
notice-weekly-digest-detail = 有与您的祖籍国、居住国家或技能相关的新活动和新机会发布。

mail-notice-action = 在 { $site } 上查看
mail-notice-why = 您收到此邮件，是因为您在 { $site } 上选择通过邮件接收“{ $kind }”通知。
mail-footer-notice = 您可以一键停止接收这些邮件，或在设置中选择要接收的内容。
mail-unsubscribe-action = 停止接收这些邮件
mail-settings-action = 通知设置

notice-report-dismissed = 您对 { $target } 的举报已被查看
notice-report-dismissed-detail = 一位审核员查看了您对 { $target } 的举报，未采取任何措施。理由：{ $reason }
notice-report-hidden = 您对 { $target } 的举报：已采取措施
notice-report-hidden-detail = 一位审核员根据您的举报采取了措施：{ $target } 已被移除。理由：{ $reason }
notice-report-restored = 您对 { $target } 的举报已被查看
notice-report-restored-detail = 一位审核员决定 { $target } 可以显示。理由：{ $reason }
notice-moderation-hidden = 审核员隐藏了 { $target }
notice-moderation-hidden-detail = 一位审核员隐藏了 { $target }：现在只有其组织者可以看到。理由：{ $reason }。如果您认为这是误判，可以申诉一次。
notice-moderation-restored = { $target } 已重新显示
notice-moderation-restored-detail = 一位审核员重新显示了 { $target }。理由：{ $reason }
notice-moderation-suspended = 您的账号已被封禁
notice-moderation-suspended-detail = 一位审核员封禁了您的账号，您发布的信息已被隐藏。理由：{ $reason }。如果您认为这是误判，可以申诉一次。
notice-moderation-unsuspended = 您的账号已解除封禁
notice-moderation-unsuspended-detail = 一位审核员解除了对您账号的封禁，您发布的信息已重新显示。理由：{ $reason }
notice-appeal-granted = 您的申诉已获批准
notice-appeal-granted-detail = 另一位审核员阅读了您关于 { $target } 的申诉，并撤销了原决定。理由：{ $reason }
notice-appeal-upheld = 您的申诉已有结果：维持原决定
notice-appeal-upheld-detail = 另一位审核员阅读了您关于 { $target } 的申诉，决定维持原决定。理由：{ $reason }
notice-invitation = { $inviter } 邀请您加入 { $group }
notice-invitation-detail = { $inviter } 邀请您加入 { $group }。打开邀请即可加入；邀请有效期至 { $until }。
notice-date-moved = { $event } 从 { $was } 改到 { $start }
notice-date-moved-detail = 组织者调整了 { $event } 的一个日期：原定于 { $was } 的活动现改为 { $start }{ $place ->
        [none] {""}
       *[other] ，{ $place }
    }。您对该日期的回复保持不变；其他日期不受影响。
notice-date-cancelled = { $start } 已取消：{ $event }
notice-date-cancelled-detail = 组织者已取消 { $start } 的 { $event }。其他日期照常举行。
