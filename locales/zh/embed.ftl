# 合作网站放在框架中的小组件（/embed/events、/embed/groups、/embed/opportunities），
# 用于制作小组件的页面（/embed），以及列表页上指向该页面的链接。

embed-heading-events = 即将举行的活动
embed-heading-groups = 侨民团体
embed-heading-opportunities = 贡献力量的方式
embed-empty = 暂时没有可显示的内容。
embed-more = 在 { $site } 查看更多
embed-theme-light = 浅色
embed-theme-dark = 深色

embed-offer = 将此列表放到您的网站上
embed-builder-title = 将我们的列表放到您的网站上
embed-builder-intro = 在您自己的网站上展示我们的活动、团体或参与机会：选择要显示的内容和语言，查看预览，然后把代码复制到您的网页中。无需编程，内容会自动更新，也不会设置任何 Cookie。
embed-builder-what = 显示内容
embed-builder-what-hint = 选好显示内容后，请点击“显示预览”：表单随后还会提供该列表特有的筛选条件。
embed-builder-heritage = 侨民祖籍国
embed-builder-country = 所在国家
embed-builder-language = 内容语言
embed-builder-words = 包含词语
embed-builder-lang = 小组件语言
embed-builder-lang-visitor = 每位访客自己的语言
embed-builder-limit = 显示数量（1 至 20）
embed-builder-theme = 颜色
embed-builder-show = 显示预览
embed-builder-preview = 预览
embed-builder-snippet = 放到您网页上的代码
embed-builder-snippet-hint = 请完整复制，并粘贴到您网页 HTML 中希望显示列表的位置。
embed-builder-oembed-hint = 使用 WordPress 或其他可嵌入链接的建站工具？请把我们某个列表页面的网址（例如带有您筛选条件的活动页面）单独粘贴在一行：它就会变成这个小组件。
