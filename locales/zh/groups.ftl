# Groups: directory, group pages, forms and membership.

nav-groups = 团体
nav-my-groups = 我的团体

topic-culture = 文化
topic-business = 商业与投资
topic-education = 教育
topic-health = 健康
topic-youth = 青年
topic-women = 女性
topic-professionals = 专业人士
topic-students = 学生
topic-faith = 宗教信仰
topic-sports = 体育
topic-advocacy = 权益倡导
topic-humanitarian = 人道援助
topic-development = 发展
topic-arts = 艺术
topic-technology = 科技
topic-families = 家庭
topic-seniors = 长者
topic-legal_support = 法律与移民支持

place-city-country = { $country } { $city }
language-with-region = { $language }（{ $region }）

directory-title = 查找侨民团体
directory-search = 搜索
directory-heritage = 祖籍国
directory-residence = 居住国家
directory-any-country = 不限国家
directory-city = 城市
directory-language = 使用语言
directory-topic = 主题
directory-any-topic = 不限主题
directory-submit = 搜索团体
directory-result-count = { $count ->
    [0] 未找到团体
   *[other] 找到 { $count } 个团体
}
directory-empty = 请尝试减少筛选条件，或创建您要找的团体。
directory-next = 下一页

country-page-title = { $country }海外侨民
country-page-search = 使用更多筛选条件搜索这些团体

my-groups-title = 我的团体
my-groups-empty = 您尚未加入任何团体。
membership-pending = 申请待审核

role-owner = 所有者
role-organizer = 组织者
role-member = 成员

group-verified = 已认证
group-heritage-short = 祖籍国：{ $country }
group-member-count = { $count } 名成员
group-showing-language = 当前显示语言：{ $language }。
group-other-languages = 其他可用语言：
group-heritage = 祖籍国
group-based-in = 所在地
group-languages = 使用语言
group-topics = 主题
group-members = 成员
group-website = 网站
group-contact = 联系邮箱
group-membership = 成员资格
group-login-to-join = 登录后加入
group-you-are-removed = 您已被移出此团体。
group-request-pending = 您的加入申请正在等待组织者审核。
group-withdraw-request = 撤回申请
group-you-are-member = 您是此团体的成员。
group-see-members = 查看成员
group-leave = 退出此团体
group-join-message = 给组织者的留言（选填）
group-ask-to-join = 申请加入
group-join = 加入此团体
group-organizer-tools = 组织者工具
group-edit = 编辑团体
group-manage-members = 管理成员

members-title = 成员
members-back = 返回团体
members-pending = 加入申请
members-no-pending = 暂无待处理的申请。
members-approve = 批准
members-reject = 拒绝
members-active = 成员
members-promote = 设为组织者
members-demote = 设为普通成员
members-remove = 移出团体
members-make-owner = 移交所有权

group-new-title = 创建团体
group-edit-title = 编辑团体
group-form-texts = 名称和简介
group-form-texts-hint = 请至少用一种语言填写名称和简介。可在其他栏位中添加更多语言；留空的栏位将被忽略。
group-primary-language = 团体主要语言
field-language-code-hint = 语言名称，例如法语、阿拉伯语或沃洛夫语。
group-form-translation = 语言 { $number }
group-translation-language = 语言
group-name = 名称
group-description = 简介
group-form-where = 地点与成员背景
group-residence-country = 团体所在国家
group-no-country = 未设置
group-city = 城市
group-visibility = 谁可以查看此团体
visibility-public = 公开
visibility-public-hint = 显示在目录中，所有人可见。
visibility-unlisted = 不公开列出
visibility-unlisted-hint = 不显示在目录中；任何拥有链接的人都可以查看。
visibility-private = 私密
visibility-private-hint = 仅成员可见。
group-join-policy = 加入方式
join-policy-open = 任何人都可以直接加入
join-policy-approval = 每个申请都需经组织者批准
group-form-contact = 联系方式与网址
group-slug = 网址
group-slug-hint = 仅限小写字母、数字和连字符。留空则根据名称自动生成。
group-save = 保存团体
group-create = 创建团体
group-delete-warning = 删除团体将永久移除该团体及其所有成员关系。
group-delete = 删除团体
directory-any-language = 任何语言
