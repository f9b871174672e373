# 参与机会：贡献方式、意向表达与匹配推荐。

nav-opportunities = 参与机会
nav-my-matches = 为我推荐

opportunity-kind-volunteering = 志愿服务
opportunity-kind-mentoring = 导师辅导
opportunity-kind-skills_transfer = 技能传授
opportunity-kind-investment = 投资
opportunity-kind-grant = 资助
opportunity-kind-job = 工作
opportunity-kind-training = 培训
opportunity-kind-consultation = 咨询

opportunities-title = 贡献力量的机会
opportunities-intro = 侨民团体发布的志愿服务、导师辅导、技能传授、投资、资助、工作、培训和咨询机会。
opportunities-any-kind = 不限类型
opportunities-submit = 搜索机会
opportunities-open = 正在开放
opportunities-empty = 没有符合条件的开放机会。
opportunity-remote-filter = 远程或现场
opportunity-remote-any = 均可
opportunity-remote-only = 仅限远程
opportunity-on-site-only = 仅限现场
opportunity-skill = 技能

opportunity-kind = 类型
opportunity-heritage = 面向国家
opportunity-country = 举办国家
opportunity-where = 地点
opportunity-remote = 远程
opportunity-place-or-remote = { $place }，或远程
opportunity-commitment = 时间投入
opportunity-compensation = 报酬
opportunity-skills = 所需技能
opportunity-languages = 语言
opportunity-expiry = 截止日期
opportunity-open-until = 开放至 { $date }
opportunity-open-until-zone = 开放至 { $date }（截至当天结束，{ $zone } 时间）
opportunity-status-closed = 已关闭
opportunity-status-filled = 已满员
opportunity-status-expired = 已过期
opportunity-no-longer-taking = 不再接受报名。
listing-also-in = 其他语言：

opportunity-take-part = 如何参与
opportunity-apply-external = 前往组织者网站申请
interest-message = 给组织者的留言（选填）
interest-message-hint = 说明您能提供什么以及何时可以参与。组织者会看到您的姓名、技能和语言。
interest-express = 我感兴趣
interest-login = 登录后表达意向
interest-sent-on = 您已于 { $date } 表达意向。
interest-withdraw = 撤回意向
interest-list-title = 感兴趣的成员
interest-new-badge = 新
interest-new-title = 您的机会有新的意向
interest-new-count = { $count } 位新的感兴趣者
interest-none = 还没有人表达意向。

opportunity-edit = 编辑机会
opportunity-close = 关闭
opportunity-mark-filled = 标记为已满员
opportunity-reopen = 重新开放
opportunity-delete = 删除机会

opportunity-new-title = 发布机会
opportunity-edit-title = 编辑机会
opportunity-form-what = 机会内容
opportunity-form-where = 面向对象与地点
opportunity-choose-kind = 请选择类型
opportunity-title-field = 标题
opportunity-skills-hint = 技能之间用英文逗号分隔，例如：会计, 网站开发。
opportunity-commitment-hint = 例如：每周 2 小时，持续 3 个月。
opportunity-compensation-hint = 如有薪酬、补贴或费用报销，请注明。
opportunity-remote-field = 可远程参与
opportunity-accepts-interest = 成员可以在此表达意向
opportunity-apply-url = 外部申请链接
opportunity-apply-url-hint = 以 https:// 开头的网址
opportunity-expires-field = 开放至
opportunity-expires-hint = 接受报名的最后一天，最晚为一年后的今天。
opportunity-timezone-hint = 截止日期在此时区的午夜结束。
opportunity-publish = 发布
opportunity-save = 保存机会

group-opportunities = 贡献力量的机会
group-no-opportunities = 暂无开放的机会。
group-all-opportunities = 全部机会

my-interests-title = 我的意向
my-interests-empty = 您尚未对任何机会表达意向。

matches-title = 为我推荐
matches-intro = 根据您的技能、语言、祖籍国和居住地排序的开放机会。
matches-edit-profile = 更新我的资料
matches-profile-empty = 请在资料中添加您的技能、语言、祖籍国或居住国家，以查看推荐的机会。
matches-empty = 暂无与您的资料相符的开放机会。
match-why = 推荐理由：
match-reason-skill = 技能：{ $value }
match-reason-language = 会说{ $value }
match-reason-heritage = 祖籍国：{ $value }
match-reason-residence_country = 位于{ $value }，您居住的国家
match-reason-residence_city = 位于{ $value }，您所在的城市
match-reason-remote = 可远程参与

feed-opportunities-name = diaspora-hub 参与机会
