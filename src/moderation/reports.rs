//! Reports: a member tells moderators that something is wrong. One open report per member and
//! target (a second is `already_reported`), a few an hour per member, and every open report on
//! a target closes together when a moderator acts on it.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::target::{Target, TargetType};
use crate::db::AnyConnection;
use crate::db::schema::reports;
use crate::error::{AppError, AppResult, FieldError};

crate::stored_enum! {
    /// Why a member reports something.
    ReportReason {
        /// Advertising or repeated junk.
        Spam = "spam",
        /// Fraud: fake jobs, visas, investments; asking for money.
        Scam = "scam",
        /// Hate or harassment.
        Hate = "hate",
        /// False or misleading information.
        FalseInformation = "false_information",
        /// Against the law.
        Illegal = "illegal",
        /// Something else (say what in the details).
        Other = "other",
    } invalid = "invalid_report_reason"
}

crate::stored_enum! {
    /// Where a report stands.
    ReportStatus {
        /// Waiting for a moderator.
        Open = "open",
        /// A moderator found nothing to act on.
        Dismissed = "dismissed",
        /// A moderator hid the content (or suspended the member).
        Hidden = "hidden",
        /// A moderator showed the content again.
        Restored = "restored",
    } invalid = "invalid_choice"
}

/// A report as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Report {
    pub id: i64,
    pub reporter_id: i64,
    pub target_type: String,
    pub target_id: String,
    pub reason: String,
    pub details: Option<String>,
    pub status: String,
    pub outcome_reason: Option<String>,
    pub created_at: NaiveDateTime,
    pub resolved_at: Option<NaiveDateTime>,
}

/// A report as its reporter sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportView {
    pub id: i64,
    /// `group`, `event`, `opportunity`, `user` or `imported`.
    pub target_type: String,
    /// The target's id as the API shows it.
    pub target_id: String,
    pub reason: ReportReason,
    pub details: Option<String>,
    /// `open`, `dismissed`, `hidden` or `restored`.
    pub status: String,
    /// The moderator's reason, once decided.
    pub outcome_reason: Option<String>,
    pub created_at: NaiveDateTime,
    pub resolved_at: Option<NaiveDateTime>,
}

impl From<Report> for ReportView {
    fn from(report: Report) -> Self {
        Self {
            id: report.id,
            reason: ReportReason::parse(&report.reason).unwrap_or(ReportReason::Other),
            target_type: report.target_type,
            target_id: report.target_id,
            details: report.details,
            status: report.status,
            outcome_reason: report.outcome_reason,
            created_at: report.created_at,
            resolved_at: report.resolved_at,
        }
    }
}

/// Files a report by `reporter_id`. Call inside a write transaction (the limit and the
/// uniqueness are checked in it).
pub fn file(
    connection: &mut AnyConnection,
    reporter_id: i64,
    target: &Target,
    reason: ReportReason,
    details: Option<String>,
    per_hour: u32,
) -> AppResult<Report> {
    let now = Utc::now().naive_utc();
    let recent: Vec<NaiveDateTime> = reports::table
        .filter(reports::reporter_id.eq(reporter_id))
        .filter(reports::created_at.gt(now - Duration::hours(1)))
        .order(reports::created_at.asc())
        .select(reports::created_at)
        .load(connection)?;
    if recent.len() >= per_hour as usize {
        let oldest = recent.first().copied().unwrap_or(now);
        let wait = (oldest + Duration::hours(1) - now).num_seconds().max(1);
        return Err(AppError::RateLimited(wait as u64));
    }
    let target_type = target.target_type.as_str();
    let inserted = crate::db::insert_unless_taken(connection, |connection| {
        diesel::insert_into(reports::table)
            .values((
                reports::reporter_id.eq(reporter_id),
                reports::target_type.eq(target_type),
                reports::target_id.eq(&target.public_id),
                reports::reason.eq(reason.as_str()),
                reports::details.eq(details.as_deref()),
                reports::status.eq(ReportStatus::Open.as_str()),
                reports::created_at.eq(now),
            ))
            .execute(connection)
    })?;
    if !inserted {
        return Err(AppError::Conflict(FieldError {
            field: "target_id".into(),
            code: "already_reported",
            args: Vec::new(),
        }));
    }
    Ok(reports::table
        .filter(reports::reporter_id.eq(reporter_id))
        .filter(reports::target_type.eq(target_type))
        .filter(reports::target_id.eq(&target.public_id))
        .filter(reports::status.eq(ReportStatus::Open.as_str()))
        .select(Report::as_select())
        .first(connection)?)
}

/// A member's reports, newest first.
pub fn mine(
    connection: &mut AnyConnection,
    reporter_id: i64,
    limit: i64,
) -> QueryResult<Vec<Report>> {
    reports::table
        .filter(reports::reporter_id.eq(reporter_id))
        .order(reports::id.desc())
        .limit(limit)
        .select(Report::as_select())
        .load(connection)
}

/// One report by id.
pub fn find(connection: &mut AnyConnection, id: i64) -> QueryResult<Option<Report>> {
    reports::table
        .find(id)
        .select(Report::as_select())
        .first(connection)
        .optional()
}

/// Open reports on one target, as moderators see them.
#[derive(Debug, Clone)]
pub struct OpenTarget {
    pub target_type: TargetType,
    pub target_id: String,
    /// Oldest first.
    pub reports: Vec<Report>,
}

impl OpenTarget {
    /// The oldest open report's id: acting on it acts on the target.
    pub fn first_report_id(&self) -> i64 {
        self.reports.first().map_or(0, |report| report.id)
    }

    /// Each reason given, once, in the order first given.
    pub fn reasons(&self) -> Vec<String> {
        let mut reasons: Vec<String> = Vec::new();
        for report in &self.reports {
            if !reasons.contains(&report.reason) {
                reasons.push(report.reason.clone());
            }
        }
        reasons
    }
}

/// Open reports grouped by target: most reported first, then oldest first; at most `limit`
/// targets.
pub fn open_by_target(
    connection: &mut AnyConnection,
    limit: usize,
) -> QueryResult<Vec<OpenTarget>> {
    let open: Vec<Report> = reports::table
        .filter(reports::status.eq(ReportStatus::Open.as_str()))
        .order(reports::id.asc())
        .limit(5000)
        .select(Report::as_select())
        .load(connection)?;
    let mut grouped: BTreeMap<(String, String), Vec<Report>> = BTreeMap::new();
    for report in open {
        grouped
            .entry((report.target_type.clone(), report.target_id.clone()))
            .or_default()
            .push(report);
    }
    let mut targets: Vec<OpenTarget> = grouped
        .into_iter()
        .filter_map(|((target_type, target_id), reports)| {
            Some(OpenTarget {
                target_type: TargetType::parse(&target_type).ok()?,
                target_id,
                reports,
            })
        })
        .collect();
    targets.sort_by(|left, right| {
        right
            .reports
            .len()
            .cmp(&left.reports.len())
            .then(left.first_report_id().cmp(&right.first_report_id()))
    });
    targets.truncate(limit);
    Ok(targets)
}

/// Closes every open report on a target with `status` and the moderator's reason; the
/// reporters, to be told.
pub fn close_all(
    connection: &mut AnyConnection,
    target_type: TargetType,
    target_id: &str,
    status: ReportStatus,
    reason: &str,
) -> QueryResult<Vec<i64>> {
    let open = reports::table
        .filter(reports::target_type.eq(target_type.as_str()))
        .filter(reports::target_id.eq(target_id))
        .filter(reports::status.eq(ReportStatus::Open.as_str()));
    let reporters: Vec<i64> = open.select(reports::reporter_id).load(connection)?;
    diesel::update(open)
        .set((
            reports::status.eq(status.as_str()),
            reports::outcome_reason.eq(reason),
            reports::resolved_at.eq(Utc::now().naive_utc()),
        ))
        .execute(connection)?;
    Ok(reporters)
}
