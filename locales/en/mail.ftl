# Mails. Every message may use { $site } (the site's name) and { $name } (the recipient's).
mail-greeting = Hello { $name },
mail-link-fallback = If the button does not work, copy this address into your browser:
mail-link-valid-until = The link works once, until { $time } ({ $zone }).
mail-footer-account = Account and security messages cannot be turned off.

mail-verify-subject = Confirm your email address on { $site }
mail-verify-body = Please confirm that this address is yours. Then you can be reached here, and you can publish groups, events and opportunities where the site asks for a confirmed address.
mail-verify-action = Confirm my address
mail-verify-why = You receive this because an account on { $site } was registered with this address. If it was not you, ignore this mail and nothing happens.

mail-reset-subject = Choose a new password for { $site }
mail-reset-body = Someone asked to reset the password of your account. To choose a new one, open this link.
mail-reset-action = Choose a new password
mail-reset-why = You receive this because a new password was asked for this address on { $site }. If it was not you, ignore this mail: your password stays as it is.

mail-change-subject = Confirm your new email address on { $site }
mail-change-body = You asked to use this address for your account. The change happens when you open this link.
mail-change-action = Use this address
mail-change-why = You receive this because someone asked to move an account on { $site } to this address. If it was not you, ignore this mail and nothing changes.

mail-change-notice-subject = A change of address was asked for your { $site } account
mail-change-notice-body = Someone asked to move your account to another email address. It changes only when the link sent to the new address is opened.
mail-change-notice-advice = If it was not you, choose a new password now.
mail-change-notice-action = Choose a new password
mail-change-notice-why = You receive this security notice because this address belongs to an account on { $site }.

mail-invitation-subject = { $inviter } invites you to join { $group } on { $site }
mail-invitation-body = { $inviter } invited you to join { $group }, a group on { $site }.
mail-invitation-register = Open the link to see the group. You can create an account there and join in a minute.
mail-invitation-action = See the invitation
mail-invitation-why = You receive this because an organizer of { $group } entered this address on { $site }. If you do not want to join, ignore this mail: no account is made for you.
