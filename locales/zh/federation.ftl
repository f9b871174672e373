# Listings imported from partner sites.

imported-title = 来自合作网站
imported-intro = 合作社区网站发布的信息，原样转载于此。请点击链接前往原网站参与。
imported-empty = 暂时没有来自合作网站的信息。
imported-upcoming-title = 合作网站上的近期活动
imported-origin = 来源：{ $site }
imported-original = 查看原文
imported-type-group = 群组
imported-type-event = 活动
imported-type-opportunity = 机会

moderation-title = 待审核的信息
moderation-intro = 来自需审核的合作网站的信息。在您发布之前，访客看不到这里的任何内容。
moderation-empty = 没有待审核的信息。
moderation-publish = 发布
moderation-reject = 拒绝
moderation-rejected-title = 已拒绝
moderation-rejected-intro = 已被审核员拒绝。即使合作网站更新了它们，它们也会保持隐藏，除非您仍然选择发布。
moderation-publish-anyway = 仍然发布
