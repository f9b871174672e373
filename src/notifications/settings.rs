//! Each member's choice per kind: in the app only, or also by mail. A kind without a stored
//! choice follows its default ([`NotificationKind::mails_by_default`]).

use std::collections::{BTreeMap, HashSet};

use chrono::Utc;
use diesel::prelude::*;

use super::kinds::NotificationKind;
use crate::db::AnyConnection;
use crate::db::schema::notification_settings;

crate::stored_enum! {
    /// How a member hears about one kind.
    Delivery {
        /// In the app only.
        InApp = "in_app",
        /// In the app and by mail.
        Mail = "mail",
    } invalid = "invalid_choice"
}

impl Delivery {
    fn by_mail(self) -> bool {
        self == Self::Mail
    }

    fn from_mail(by_mail: bool) -> Self {
        if by_mail { Self::Mail } else { Self::InApp }
    }
}

/// Which of `user_ids` want `kind` by mail.
pub fn mail_wanted(
    connection: &mut AnyConnection,
    user_ids: &[i64],
    kind: NotificationKind,
) -> QueryResult<HashSet<i64>> {
    let stored: BTreeMap<i64, bool> = notification_settings::table
        .filter(notification_settings::user_id.eq_any(user_ids))
        .filter(notification_settings::kind.eq(kind.as_str()))
        .select((
            notification_settings::user_id,
            notification_settings::by_mail,
        ))
        .load::<(i64, bool)>(connection)?
        .into_iter()
        .collect();
    Ok(user_ids
        .iter()
        .copied()
        .filter(|id| stored.get(id).copied().unwrap_or(kind.mails_by_default()))
        .collect())
}

/// Every kind with how `user_id` hears about it, in the order of [`NotificationKind::ALL`].
pub fn for_member(
    connection: &mut AnyConnection,
    user_id: i64,
) -> QueryResult<Vec<(NotificationKind, Delivery)>> {
    let stored: BTreeMap<String, bool> = notification_settings::table
        .filter(notification_settings::user_id.eq(user_id))
        .select((notification_settings::kind, notification_settings::by_mail))
        .load::<(String, bool)>(connection)?
        .into_iter()
        .collect();
    Ok(NotificationKind::ALL
        .iter()
        .map(|kind| {
            let by_mail = stored
                .get(kind.as_str())
                .copied()
                .unwrap_or(kind.mails_by_default());
            (*kind, Delivery::from_mail(by_mail))
        })
        .collect())
}

/// Stores `user_id`'s choices (kinds not named keep theirs).
pub fn change(
    connection: &mut AnyConnection,
    user_id: i64,
    choices: &[(NotificationKind, Delivery)],
) -> QueryResult<()> {
    // One upsert per kind, so two changes at the same moment never collide.
    let statement = "INSERT INTO notification_settings (user_id, kind, by_mail, updated_at) \
                     VALUES (#1, #2, #3, #4) ON CONFLICT (user_id, kind) DO UPDATE SET \
                     by_mail = excluded.by_mail, updated_at = excluded.updated_at";
    let statement = crate::db::numbered_parameters(connection, statement);
    let now = Utc::now().naive_utc();
    for (kind, delivery) in choices {
        diesel::sql_query(&statement)
            .bind::<diesel::sql_types::BigInt, _>(user_id)
            .bind::<diesel::sql_types::Text, _>(kind.as_str())
            .bind::<diesel::sql_types::Bool, _>(delivery.by_mail())
            .bind::<diesel::sql_types::Timestamp, _>(now)
            .execute(connection)?;
    }
    Ok(())
}
