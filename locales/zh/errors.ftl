# Error messages. Ids in snake_case are the stable error codes of the API.

http-status-400 = 请求无效
http-status-401 = 未登录
http-status-403 = 无权访问
http-status-404 = 找不到页面
http-status-409 = 冲突
http-status-410 = 已删除
http-status-413 = 内容过大
http-status-415 = 不支持的格式
http-status-422 = 输入无效
http-status-429 = 尝试次数过多
http-status-500 = 出错了
http-status-503 = 暂时无法使用

validation_failed = 部分字段需要更正。
malformed_body = 无法读取请求，请检查其格式是否正确。
unsupported_media_type = 此处不接受该格式。请以 Content-Type: application/json 发送 JSON。
payload_too_large = 请求过大。
not_authenticated = 请先登录。
invalid_credentials = 电子邮件地址或密码不正确。
forbidden = 您无权执行此操作。
csrf_rejected = 此表单已过期或并非来自本网站。请刷新页面后重试。
insufficient_scope = 此密钥不允许执行该操作。请向网站管理员申请具有相应权限范围的密钥。
not_found = 找不到您要查找的内容。
listing_removed = 此信息已被组织者删除，无法再访问。
rate_limited = 尝试次数过多，请稍候再试。
new_account_limit = 新账户每天只能发布少量团体、活动和参与机会。您可以明天再发布更多，或在账户注册满一天后发布。
service_unavailable = 服务暂时不可用，请稍后重试。
internal_error = 我们这边出了点问题，请稍后再试。

email_taken = 该电子邮件地址已注册，请尝试直接登录。
required = 此项为必填项。
too_long = 最多只能输入 { $max } 个字符。
too_short = 请至少输入 { $min } 个字符。
invalid_characters = 此字段包含不允许使用的字符。
invalid_email = 请输入电子邮件地址，例如 name@example.org。
password_too_long = 密码最长为 { $max } 个字节。
password_too_common = 此密码过于常见，请选择更难猜到的密码。
unknown_locale = 请从以下可用语言中选择：en, fr, es, ar, zh, ru, pt。
unknown_country = 请输入两个字母的国家代码，例如 SN 或 FR。
invalid_language = 请输入语言代码，例如 fr、wo 或 pt-BR。
unknown_timezone = 请输入时区，例如 Europe/Paris 或 Africa/Dakar。
too_many_items = 最多只能列出 { $max } 项。
wrong_password = 密码不正确。

invalid_slug = 请使用 3 到 60 个字符，仅限小写字母、数字和单个连字符，例如 senegalais-de-lyon。
slug_taken = 此网址已被其他团体使用，请另选一个。
unknown_topic = 请从列表中选择主题。
invalid_url = 请输入以 https:// 开头的网址。
invalid_choice = 请从提供的选项中选择一项。
invalid_resource_type = 未知的信息类型。请使用 group、event 或 opportunity，并用逗号分隔。
primary_translation_missing = 请用团体的主要语言填写名称和简介。
duplicate_language = 此语言出现了两次。每种语言只能保留一份翻译。
not_a_member = 您不是此团体的成员。
owner_must_hand_over = 您是所有者，退出前请先将所有权移交给其他成员。
cannot_change_yourself = 您不能对自己执行此操作。
not_possible_for_this_member = 该成员当前的状态不允许执行此操作。
invalid_cursor = 此页面链接已失效，请重新搜索。
cursor_expired = 变更日志中的这个位置太旧：此后的删除记录已不再保留。请从快照重新复制所有信息，然后从快照提供的游标开始跟踪变更。
cursor_from_future = 此游标超出了变更日志的范围。请使用本服务器提供的游标。
out_of_range = 请输入 { $min } 到 { $max } 之间的数字。

invalid_datetime = 请输入日期和时间，例如 2027-03-20T18:00；或仅输入日期，例如 2027-03-20。
end_before_start = 结束时间必须晚于开始时间。
nonexistent_local_time = 所选时区中不存在这个时间（调整时钟时会跳过该时间）。请选择其他时间。
invalid_rrule = 无法读取此重复规则。请使用类似 FREQ=WEEKLY;BYDAY=TU;COUNT=10 的写法。
unsupported_rrule = 活动可以按天、按周或按月重复，可设置间隔、星期几，以及重复次数或结束日期。
rrule_unbounded = 重复活动必须设定结束条件：重复次数（COUNT）或结束日期（UNTIL）。
rrule_too_many = 重复活动最多只能举行 { $max } 次。
rrule_start_mismatch = 第一个日期不符合重复规则。请从规则指定的某一天开始。
event_cancelled = 此活动已取消。
event_past = 此活动已结束。

# Opportunities
invalid_opportunity_kind = 请从列表中选择类型：志愿服务、导师辅导、技能传授、投资、资助、工作、培训或咨询。
invalid_date = 请输入日期，例如 2027-06-30。
expiry_in_past = 此截止日期已过。请选择今天或之后的日期。
expiry_too_far = 截止日期最晚为一年后的今天。
location_required = 请填写举办地点，或标明可远程参与（也可两者都填）。
country_required_for_city = 请选择该城市所在的国家。
way_to_take_part_required = 请提供申请链接，或允许成员在此表达意向（也可两者都选）。
interest_already_expressed = 您已对此机会表达过意向。
interest_not_accepted = 此机会仅接受通过其链接提交的申请。
opportunity_not_open = 此机会已不再开放。
opportunity_expired = 此机会已过期。
date_out_of_range = 请输入 { $min } 年至 { $max } 年之间的日期。
rrule_too_long = 此系列将持续到 { $max } 年以后。请用次数（COUNT）或结束日期（UNTIL）让它更早结束。
email_not_verified = 请先确认您的电子邮件地址：打开我们发送给您的链接，或在“我的资料”页面重新获取链接。
email_already_verified = 您的电子邮件地址已确认。
link_invalid = 此链接已失效：它可能已被使用、已过期，或未完整复制。
email_unchanged = 这已经是您当前的地址。
