//! Who hears what about moderation (the `report_outcome` kind): reporters learn what became of
//! their report; owners learn that their listing was hidden or restored, members that they
//! were suspended or no longer are, with a link to appeal; appellants learn the decision.

use super::appeals;
use super::audit::AuditAction;
use super::reports::ReportStatus;
use super::target::{Target, TargetType};
use crate::db::AnyConnection;
use crate::error::AppResult;
use crate::notifications::{Notice, NotificationKind, Payload, notify};
use crate::state::AppState;

fn notice(title: &'static str, detail: &'static str, link: String, payload: Payload) -> Notice {
    Notice {
        kind: NotificationKind::ReportOutcome,
        title,
        detail,
        link,
        payload,
        once_key: None,
        calendar: None,
        account_matter: false,
    }
}

fn about(target: &Target, reason: &str) -> Payload {
    Payload::default()
        .translated(
            "target",
            vec![(target.label_language.clone(), target.label.clone())],
            &target.label_language,
        )
        .text("reason", reason)
}

/// Tells reporters what became of their reports on `target`.
pub fn tell_reporters(
    connection: &mut AnyConnection,
    state: &AppState,
    reporters: &[i64],
    target: &Target,
    status: ReportStatus,
    reason: &str,
) -> AppResult<()> {
    let (title, detail) = match status {
        ReportStatus::Hidden => ("notice-report-hidden", "notice-report-hidden-detail"),
        ReportStatus::Restored => ("notice-report-restored", "notice-report-restored-detail"),
        _ => ("notice-report-dismissed", "notice-report-dismissed-detail"),
    };
    let notice = notice(title, detail, "/me/reports".into(), about(target, reason));
    notify(connection, state, reporters, &notice)?;
    Ok(())
}

/// Tells the owners of `target` what a moderator did; the member it concerns (`subject`) also
/// gets the link to appeal a hide or a suspension.
pub fn tell_owners(
    connection: &mut AnyConnection,
    state: &AppState,
    target: &Target,
    action: AuditAction,
    action_id: i64,
    subject: Option<i64>,
    reason: &str,
) -> AppResult<()> {
    let (title, detail) = match action {
        AuditAction::Hide => (
            "notice-moderation-hidden",
            "notice-moderation-hidden-detail",
        ),
        AuditAction::Restore => (
            "notice-moderation-restored",
            "notice-moderation-restored-detail",
        ),
        AuditAction::Suspend => (
            "notice-moderation-suspended",
            "notice-moderation-suspended-detail",
        ),
        AuditAction::Unsuspend => (
            "notice-moderation-unsuspended",
            "notice-moderation-unsuspended-detail",
        ),
        _ => return Ok(()),
    };
    if target.target_type == TargetType::Imported {
        return Ok(());
    }
    let listing_link = target.link.clone().unwrap_or_else(|| "/".into());
    let appealable = matches!(action, AuditAction::Hide | AuditAction::Suspend);
    // The member concerned hears it once: with the appeal link when there is one to make.
    let others: Vec<i64> = target
        .owners
        .iter()
        .copied()
        .chain(subject)
        .filter(|owner| !(appealable && Some(*owner) == subject))
        .collect();
    notify(
        connection,
        state,
        &others,
        &notice(title, detail, listing_link.clone(), about(target, reason)),
    )?;
    if let (Some(subject), true) = (subject, appealable) {
        let link = appeals::link(connection, action_id, subject)?;
        // The appeal link must reach them: a suspended member cannot sign in to read it, so it
        // is mailed whatever their settings say.
        let told = Notice {
            account_matter: true,
            ..notice(title, detail, link, about(target, reason))
        };
        notify(connection, state, &[subject], &told)?;
    }
    Ok(())
}

/// Tells an appellant the decision on their appeal.
pub fn tell_appellant(
    connection: &mut AnyConnection,
    state: &AppState,
    appellant: i64,
    target: &Target,
    granted: bool,
    reason: &str,
) -> AppResult<()> {
    let (title, detail) = if granted {
        ("notice-appeal-granted", "notice-appeal-granted-detail")
    } else {
        ("notice-appeal-upheld", "notice-appeal-upheld-detail")
    };
    let link = target.link.clone().unwrap_or_else(|| "/".into());
    notify(
        connection,
        state,
        &[appellant],
        &notice(title, detail, link, about(target, reason)),
    )?;
    Ok(())
}
