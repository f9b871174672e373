# Events: listing, event pages, forms, RSVPs and calendar feeds.
# format-* are chrono strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime):
# keep the %-codes, reorder them and change the words around them for your language.

format-datetime = %Y年%-m月%-d日 %A %H:%M
format-date = %Y年%-m月%-d日 %A
format-time = %H:%M

nav-events = 活动
nav-my-events = 我的活动

attendance-in_person = 线下
attendance-online = 线上
attendance-hybrid = 线下和线上

event-time-in-zone = { $time }（{ $zone }）
event-time-for-you = 您的时间：{ $time }（{ $zone }）

events-title = 即将举行的活动
events-from = 起始日期
events-country = 国家
events-attendance-mode = 参加方式
events-any-mode = 不限方式
events-submit = 搜索活动
events-upcoming = 即将举行
events-empty = 没有符合条件的近期活动。

feed-calendar = 在您的日历中订阅（iCalendar）
feed-atom = 新闻订阅（Atom）
feed-add-to-calendar = 添加到我的日历
feed-calendar-name = diaspora-hub 活动

my-events-title = 我的活动
my-events-empty = 您尚未回复任何即将举行的活动。

group-upcoming-events = 即将举行的活动
group-no-events = 暂无即将举行的活动。

event-cancelled = 已取消
event-cancelled-notice = 此活动已被组织者取消。
event-when = 时间
event-next-dates = 后续日期
event-attendance = 参加方式
event-where = 地点
event-online-link = 线上链接
event-online-link-hint = 仅向确认参加的人显示。
event-attendance-count = 参加情况
event-going-count = { $count } 人参加
event-capacity = 共 { $count } 个名额
event-waitlist-count = { $count } 人候补
event-rsvp = 您会参加吗？
event-login-to-rsvp = 登录后回复
rsvp-going = 我会参加
rsvp-you-are-going = 您已确认参加。
rsvp-going-badge = 参加
rsvp-waitlisted-position = 活动名额已满。您在候补名单中排第 { $position } 位；一旦有名额空出，将自动分配给您。
rsvp-withdraw = 我无法参加了
event-edit = 编辑活动
event-cancel = 取消活动
event-delete = 删除活动
event-attendees = 参加者和候补名单
event-no-attendees = 还没有人回复。
event-waitlist-place = 候补第 { $position } 位

event-new-title = 创建活动
event-edit-title = 编辑活动
event-form-texts = 标题和简介
event-title-field = 标题
event-starts-at = 开始时间
event-ends-at = 结束时间
event-all-day = 全天
event-recurrence = 专家规则（iCalendar RRULE）
event-recurrence-hint = 重复规则，例如 FREQ=WEEKLY;BYDAY=TU;COUNT=10（每周二，共十次）或 FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231（每月第二个周二，直至 2027 年底）。单次活动请留空。
event-venue-name = 场地名称
event-venue-address = 地址
event-venue-country = 国家
event-capacity-field = 名额（选填）
event-capacity-hint = 名额满后，报名者将按回复先后顺序进入候补名单。
event-create = 创建活动
event-save = 保存活动
events-to = 截至
event-repeat = 重复
event-repeat-none = 不重复
event-repeat-daily = 每天
event-repeat-weekly = 每周
event-repeat-monthly = 每月
event-repeat-custom = 自定义规则（iCalendar）
event-repeat-interval = 每隔几天、几周或几个月（1 = 每次，2 = 隔一次）
event-repeat-days = 在这些日子（每周）
event-repeat-monthly-choice = 哪一天（每月）
event-repeat-monthly-weekday = 与第一次相同的星期几，例如第二个星期二
event-repeat-monthly-date = 与第一次相同的日期，例如9号
event-repeat-ends = 结束
event-repeat-end-count = 重复一定次数后
event-repeat-count = 总共几次
event-repeat-end-until = 在某个日期
event-repeat-until = 最后日期
event-repeat-skipped = 跳过的日期（可选）
event-repeat-skipped-hint = 没有活动的日期，用逗号分隔，例如 2027-04-06。
weekday-MO = 星期一
weekday-TU = 星期二
weekday-WE = 星期三
weekday-TH = 星期四
weekday-FR = 星期五
weekday-SA = 星期六
weekday-SU = 星期日
event-ends = 结束
rsvp-join-waitlist = 加入候补名单（{ $count } 人等待中）
rsvp-full-explained = 活动已满。如有人取消，候补名单上的第一位将获得名额并收到通知。
calendar-download-ics = 下载（.ics）
calendar-google = Google 日历
calendar-outlook = Outlook
event-hosted-by = 主办方：
event-series-all-dates = 所有日期
event-series-daily = { $interval ->
    [1] 每天
   *[other] 每 { $interval } 天
}
event-series-monthly = { $interval ->
    [1] 每月
   *[other] 每 { $interval } 个月
}
event-series-weekly = { $interval ->
    [1] 每{ $days }
    [2] 每隔一周的{ $days }
   *[other] 每 { $interval } 周的{ $days }
}
rsvp-per-date = 请为每个日期分别回复，或一次回复全部日期。
rsvp-every-date = 我会参加所有日期
rsvp-no-date = 这些日期我都无法参加
