# Mails. Every message may use { $site } (the site's name) and { $name } (the recipient's).
mail-greeting = { $name }，您好：
mail-link-fallback = 如果按钮无法使用，请将此地址复制到浏览器中打开：
mail-link-valid-until = 此链接只能使用一次，有效期至 { $time }（{ $zone } 时间）。
mail-footer-account = 账号和安全相关的邮件无法关闭。

mail-verify-subject = 请确认您在 { $site } 的电子邮件地址
mail-verify-body = 请确认此地址属于您。确认后，您就能通过此地址收到消息；在网站要求已确认地址的地方，您也可以发布团体、活动和机会。
mail-verify-action = 确认我的地址
mail-verify-why = 您收到此邮件，是因为有人用此地址在 { $site } 注册了账号。如果不是您本人操作，请忽略此邮件，不会有任何影响。

mail-reset-subject = 为您的 { $site } 账号设置新密码
mail-reset-body = 有人申请重置您账号的密码。如需设置新密码，请打开此链接。
mail-reset-action = 设置新密码
mail-reset-why = 您收到此邮件，是因为有人在 { $site } 为此地址申请了新密码。如果不是您本人操作，请忽略此邮件：您的密码将保持不变。

mail-change-subject = 请确认您在 { $site } 的新电子邮件地址
mail-change-body = 您申请将此地址用于您的账号。打开此链接后即完成更改。
mail-change-action = 使用此地址
mail-change-why = 您收到此邮件，是因为有人申请将 { $site } 上的一个账号改用此地址。如果不是您本人操作，请忽略此邮件，不会有任何更改。

mail-change-notice-subject = 有人申请修改您 { $site } 账号的电子邮件地址
mail-change-notice-body = 有人申请将您的账号改用另一个电子邮件地址。只有在打开发送到新地址的链接后，地址才会更改。
mail-change-notice-advice = 如果不是您本人操作，请立即设置新密码。
mail-change-notice-action = 设置新密码
mail-change-notice-why = 您收到此安全通知，是因为此地址属于 { $site } 上的一个账号。

mail-invitation-subject = { $inviter } 邀请您加入 { $site } 上的 { $group }
mail-invitation-body = { $inviter } 邀请您加入 { $group }，这是 { $site } 上的一个团体。
mail-invitation-register = 打开链接即可查看该团体。您可以在那里注册账号，一分钟内就能加入。
mail-invitation-action = 查看邀请
mail-invitation-why = 您收到此邮件，是因为 { $group } 的一位组织者在 { $site } 上填写了此地址。如果您不想加入，请忽略此邮件，我们不会为您创建账号。
