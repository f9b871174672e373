//! Groups' names for cards that name the group they belong to (event lists), loaded for a
//! whole page in one query and picked in the reader's language.

use std::collections::HashMap;

use diesel::prelude::*;

use crate::db::{self, schema::group_translations};
use crate::error::AppResult;
use crate::state::AppState;

/// The names of several groups in every language each has, for cards that name their group:
/// `group id → [(language, name)]`, in one query.
pub async fn names_of(
    state: &AppState,
    group_ids: Vec<i64>,
) -> AppResult<HashMap<i64, Vec<(String, String)>>> {
    if group_ids.is_empty() {
        return Ok(HashMap::new());
    }
    db::run(&state.db, move |connection| {
        let rows: Vec<(i64, String, String)> = db::built_once(
            connection,
            group_translations::table
                .filter(db::among(group_translations::group_id, &group_ids))
                .select((
                    group_translations::group_id,
                    group_translations::language,
                    group_translations::name,
                )),
        )
        .load(connection)?;
        let mut names: HashMap<i64, Vec<(String, String)>> = HashMap::new();
        for (group_id, language, name) in rows {
            names.entry(group_id).or_default().push((language, name));
        }
        Ok(names)
    })
    .await
}
