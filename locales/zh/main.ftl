# Interface text: layout, home page and account pages.

site-name = diaspora-hub
skip-to-content = 跳到主要内容
nav-main-label = 主导航
nav-home = 首页
nav-profile = 我的资料
nav-moderation = 审核管理
nav-logout = 退出登录
nav-signed-in-as = 当前登录：{ $name }
nav-login = 登录
nav-register = 注册账号
language-switcher-label = 语言
footer-tagline = 面向海外侨民社群的开放社区网络。
footer-api-docs = API 文档
form-has-errors = 请更正以下问题：
error-back-home = 返回首页

# Each language's name in that language; the same in every locale.
language-autonym-en = English
language-autonym-fr = Français
language-autonym-es = Español
language-autonym-ar = العربية
language-autonym-zh = 中文
language-autonym-ru = Русский
language-autonym-pt = Português

home-heading = 无论身在何方，社群与您同在
home-lead = 用您的语言，寻找侨民团体、活动和回馈家乡的途径。
home-cta-register = 加入 diaspora-hub
home-cta-login = 登录
home-features-heading = 您可以在这里做什么
home-feature-groups-title = 找到同胞
home-feature-groups-text = 按祖籍国、居住地、语言和主题搜索团体。
home-feature-events-title = 相聚交流
home-feature-events-text = 线下、线上或两者结合，时间按您所在的时区显示。
home-feature-opportunities-title = 回馈家乡
home-feature-opportunities-text = 志愿服务、导师辅导、技能传授、投资、工作和培训。
home-feature-languages-title = 使用您的语言
home-feature-languages-text = 网站及其信息支持多种语言，包括从右到左书写的语言。

register-title = 注册账号
register-submit = 创建我的账号
register-have-account = 已有账号？

login-title = 登录
login-submit = 登录
login-no-account = 第一次来？

field-display-name = 您的姓名
field-email = 电子邮件地址
field-password = 密码
field-password-hint = 至少 10 个字符。请勿使用常见密码。
field-locale = 界面语言
field-timezone = 时区
field-timezone-hint = 时间将按此时区显示给您。您所在国家的时区排在最前面。
field-heritage-country = 祖籍国
field-residence-country = 居住国家
field-country-hint = 两个字母的国家代码，例如 SN 或 FR。
field-residence-city = 居住城市
field-languages = 您会说的语言
field-languages-hint = 用逗号或顿号分隔，例如：法语、沃洛夫语。
field-skills = 您可以分享的技能
field-skills-hint = 用英文逗号分隔，例如：会计, 网站开发。
field-current-password = 当前密码
field-new-password = 新密码

profile-title = 我的资料
profile-saved = 您的资料已保存。
profile-email = 登录邮箱：{ $email }
profile-submit = 保存资料
profile-account-heading = 我的账号
profile-export = 下载我的数据（JSON）

password-title = 修改密码
password-explanation = 修改后，您在其他所有设备上的登录都将退出。
password-submit = 修改密码
password-changed = 密码已修改，其他设备已退出登录。

delete-title = 删除我的账号
delete-warning = 此操作将永久删除您的账号和个人数据，且无法撤销。
delete-submit = 永久删除我的账号
deleted-title = 您的账号已删除
deleted-text = 您的个人数据已删除。感谢您曾是社区的一员。
meta-home = 用您的语言，查找身边和祖籍国的侨民团体、活动以及贡献力量的方式。
meta-groups = 按祖籍国、居住地、语言和主题查找侨民团体。
meta-events = 侨民团体即将举行的活动：线下、线上和混合形式，按您的时区显示。
meta-opportunities = 侨民团体提供的志愿服务、导师指导、技能转移、投资、资助、工作和培训机会。
meta-country = 与{ $country }相关的侨民团体和活动。
field-timezone-choose = 选择时区
welcome-new-member = 欢迎，{ $name }！您的账户已准备就绪。
filters-more = 更多筛选条件
filters-apply = 应用筛选
home-member-heading = 我的主页
home-my-events = 您即将参加的活动
home-my-events-empty = 您还没有回复任何即将举行的活动。
home-group-events = 您的群组即将举行
home-group-events-empty = 您的群组暂无计划。加入群组即可了解其活动。
home-group-opportunities = 您的群组正在寻找
home-matches = 适合您的机会
home-matches-profile = 填写您的祖籍、居住地、语言和技能，即可查看适合您的机会。
home-matches-empty = 目前没有与您的资料匹配的开放机会。
home-see-all = 查看全部
nav-account-menu = 我的账户
nav-account-label = 您的账户
tags-remove = 移除 {"{"}name{"}"}
# Between items of a list (languages, skills, days): keep the space where the language has one.
list-separator = 、
