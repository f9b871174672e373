## Reports: what members tell moderators

report-link = Report
report-member-link = Report { $name }
report-title = Report to the moderators
report-intro = Tell the moderators what is wrong. They will look at it, and you will see what they decided under "My reports". The person you report is not told who you are.
report-reason = What is wrong?
report-reason-spam = Spam or advertising
report-reason-scam = Scam or fraud (a fake job, visa or investment offer, or a request for money)
report-reason-hate = Hate or harassment
report-reason-false-information = False or misleading information
report-reason-illegal = Something illegal
report-reason-other = Something else
report-details = Details (optional)
report-details-hint = What should the moderators know? At most 2,000 characters.
report-submit = Send the report
report-filed = Thank you. Your report was sent to the moderators.
report-target-group = Group
report-target-event = Event
report-target-opportunity = Opportunity
report-target-user = Member
report-target-imported = Imported listing
report-status-open = Waiting for a moderator
report-status-dismissed = Looked at: no action taken
report-status-hidden = Action taken: removed
report-status-restored = Looked at: shown again
my-reports-title = My reports
my-reports-intro = What you reported, and what the moderators decided.
my-reports-empty = You have not reported anything.

## What people see of moderation

moderation-hidden-notice = The moderators have hidden this: only its organizers can see it. The notice you received says why, and how to appeal.
safety-notice-title = Stay safe
safety-notice-body = Our team has not verified this organization. Never pay to apply, never send money or identity documents before you have checked who the organizer is, and report offers that ask you to.
directory-verified-only = Verified organizations only

## Verification (administrators, on a group's page)

verification-title = Verification
verification-note = How was this organization checked?
verification-note-hint = For example: the number of a registered association, a letter from the embassy, a call to a known contact.
verification-add = Mark as verified
verification-remove = Remove the verification
verification-note-shown = Verified:

## The moderators' pages

admin-reports-title = Reports
admin-reports-intro = Open reports, grouped by what they are about: the most reported first, then the oldest. Every action needs a reason; the people who reported and the owners are told.
admin-reports-empty = There are no open reports.
admin-reports-count = { $count ->
    [one] One report
   *[other] { $count } reports
}
admin-reports-hidden-now = Hidden now
admin-reports-gone = It has been deleted since it was reported.
admin-reports-creator = Created by { $name }
admin-reports-details = What the reporters said
admin-reports-history = Earlier decisions
admin-reason = Reason (required)
admin-action-dismiss = Dismiss
admin-action-hide = Hide
admin-action-restore = Restore
admin-action-suspend = Suspend the member
admin-action-unsuspend = Lift the suspension
admin-suspend-creator = Suspend { $name }
admin-suspend-creator-reason = Reason to suspend { $name } (required)
admin-hide-and-suspend = When hiding, also suspend { $name }, who created it
admin-appeals-title = Appeals
admin-appeals-empty = There are no open appeals.
admin-appeal-grant = Grant: undo the decision
admin-appeal-uphold = Uphold: the decision stands
admin-audit-title = Audit log
admin-audit-intro = Every action of a moderator or an administrator, newest first. Nothing here can be changed or deleted.
admin-audit-empty = Nothing has been done yet.
admin-audit-when = When
admin-audit-who = Who
admin-audit-what = What
admin-audit-target = About
admin-audit-reason = Reason
admin-audit-older = Older entries

audit-action-dismiss = Reports dismissed by { $actor } on { $date }
audit-action-hide = Hidden by { $actor } on { $date }
audit-action-restore = Restored by { $actor } on { $date }
audit-action-suspend = Suspended by { $actor } on { $date }
audit-action-unsuspend = Suspension lifted by { $actor } on { $date }
audit-action-verify = Verified by { $actor } on { $date }
audit-action-unverify = Verification removed by { $actor } on { $date }
audit-action-grant-moderator = Made a moderator by { $actor } on { $date }
audit-action-revoke-moderator = Moderator role taken back by { $actor } on { $date }
audit-action-uphold-appeal = Appeal refused by { $actor } on { $date }
audit-action-grant-appeal = Appeal granted by { $actor } on { $date }
audit-name-dismiss = Reports dismissed
audit-name-hide = Hidden
audit-name-restore = Restored
audit-name-suspend = Member suspended
audit-name-unsuspend = Suspension lifted
audit-name-verify = Group verified
audit-name-unverify = Verification removed
audit-name-grant-moderator = Moderator role given
audit-name-revoke-moderator = Moderator role taken back
audit-name-uphold-appeal = Appeal refused
audit-name-grant-appeal = Appeal granted

admin-users-title = Moderators
admin-users-intro = Members with a moderator or administrator role. Administrators are made on the server, with the create-admin command.
admin-users-name = Name
admin-users-role = Role
admin-users-change = Give or take back the moderator role
admin-users-submit = Change the role
role-user = Member
role-moderator = Moderator
role-admin = Administrator

## Appeals

appeal-title = Appeal a moderators' decision
appeal-about-suspension = The moderators suspended your account.
appeal-about-hide = The moderators hid:
appeal-decided-on = Decided on
appeal-their-reason = Their reason
appeal-once = You can appeal once. Another moderator will read your appeal and decide, and you will be told.
appeal-text = Why should this decision change?
appeal-submit = Send the appeal
appeal-status-open = Your appeal was sent. Another moderator will decide, and you will be told.
appeal-status-upheld = Your appeal was decided: the decision stands.
appeal-status-granted = Your appeal was granted: the decision was undone.
