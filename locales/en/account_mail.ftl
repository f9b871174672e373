# Pages behind account mail: password reset, address confirmation, change of address.
verification-sent = A new confirmation link is on its way to your address.
password-reset-requested = If an account uses this address, a link to choose a new password is on its way. It works for an hour.
email-change-requested = A link is on its way to the new address. Your address changes when you open it.
login-forgot = Forgot your password?
forgot-title = Forgot your password?
forgot-explanation = Give the address of your account, and we will send you a link to choose a new password.
forgot-submit = Send me a link
forgot-back-to-login = Back to signing in
forgot-sent-title = Check your mail
forgot-sent-spam = If nothing arrives within a few minutes, look in your spam folder, and check that you typed the address you signed up with.
reset-title = Choose a new password
reset-ask-again = Ask for a new link
reset-submit = Save the new password
reset-done-title = Your password has changed
reset-done-body = You can sign in with it now. Every device that was signed in has been signed out.
verify-done-title = Your address is confirmed
verify-done-body = Thank you. You can now publish, and be reached at this address.
verify-failed-title = This link does not work
verify-failed-body = You can ask for a new link on your profile page.
change-email-title = Change your email address
change-email-current = Your address now: { $email }
change-email-explanation = We send a link to the new address. Your address changes only when you open it, and we let your current address know.
field-new-email = New email address
change-email-submit = Send the link
change-email-sent-title = Check the new address
change-email-done-title = Your address has changed
change-email-done-body = Your account now uses the new address, and it is confirmed.
profile-email-verified = confirmed
profile-email-unverified = not confirmed yet
profile-send-verification = Send the confirmation link again

# The mail page for administrators.
nav-mail = Mail
mail-admin-title = Mail
mail-admin-transport = Mail goes to { $transport }.
mail-admin-latest = Latest mails
mail-admin-empty = No mail yet.
mail-admin-created = Queued
mail-admin-recipient = To
mail-admin-kind = Kind
mail-admin-status = Status
mail-admin-attempts = Attempts
mail-admin-last-error = Last error
mail-admin-actions = Actions
mail-admin-retry = Try again
mail-admin-flagged = Addresses no longer tried
mail-admin-flagged-intro = Their mail servers refused mail for good several times. Trying a mail again clears its address.
mail-admin-refusals = { $count ->
    [one] { $count } refusal
   *[other] { $count } refusals
}
mail-status-queued = Waiting
mail-status-sending = Sending
mail-status-sent = Sent
mail-status-dead = Given up
mail-kind-email_verification = Address confirmation
mail-kind-password_reset = Password reset
mail-kind-email_change = Change of address
mail-kind-email_change_notice = Change of address (notice)
verify-confirm-title = Confirm your email address
verify-confirm-body = Press the button to confirm that this address is yours.
change-confirm-title = Use your new email address
change-confirm-body = Press the button to make this address your account's address.
