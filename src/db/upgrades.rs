//! One-time data upgrades that SQL cannot do because they need the application's own parsing,
//! run after the migrations at startup. Each runs once per database, inside one transaction
//! with the row in `data_upgrades` that records it, so a crash leaves it to run again whole.
//!
//! - `skill_concepts`: skills stored as free text before skills became shared concepts are read
//!   again with [`Skill::parse`], so "bookkeeping" and "web development" saved last year match
//!   `accounting` and `web-development` today.
//! - `imported_groups_in_directory`: groups imported from peers before the directory listed
//!   them get their directory rows.
//! - `imported_listings_in_groups`: events and opportunities imported from peers before the
//!   listings showed them get their rows (their groups are in the directory by then).

use std::collections::HashSet;

use chrono::Utc;
use diesel::prelude::*;

use super::schema::{data_upgrades, opportunity_skills, users};
use super::{AnyConnection, insert_unless_taken, write_transaction};
use crate::domain::Skill;

/// Runs every upgrade this database has not had yet; returns the names of those that ran.
pub fn run_pending(connection: &mut AnyConnection) -> QueryResult<Vec<&'static str>> {
    let mut ran = Vec::new();
    if run_once(connection, "skill_concepts", skills_as_concepts)? {
        ran.push("skill_concepts");
    }
    if run_once(
        connection,
        "imported_groups_in_directory",
        imported_groups_in_directory,
    )? {
        ran.push("imported_groups_in_directory");
    }
    if run_once(
        connection,
        "imported_listings_in_groups",
        imported_listings_in_groups,
    )? {
        ran.push("imported_listings_in_groups");
    }
    Ok(ran)
}

fn run_once(
    connection: &mut AnyConnection,
    name: &'static str,
    upgrade: fn(&mut AnyConnection) -> QueryResult<()>,
) -> QueryResult<bool> {
    let done = |connection: &mut AnyConnection| -> QueryResult<bool> {
        data_upgrades::table
            .find(name)
            .count()
            .get_result::<i64>(connection)
            .map(|count| count > 0)
    };
    if done(connection)? {
        return Ok(false);
    }
    write_transaction(connection, |connection| {
        // Another instance starting at the same moment may have done it meanwhile.
        if done(connection)? {
            return Ok(false);
        }
        upgrade(connection)?;
        insert_unless_taken(connection, |connection| {
            diesel::insert_into(data_upgrades::table)
                .values((
                    data_upgrades::name.eq(name),
                    data_upgrades::applied_at.eq(Utc::now().naive_utc()),
                ))
                .execute(connection)
        })
    })
}

/// A stored skill as it is parsed today (a concept id where it names one); what no longer
/// parses is kept as it was.
fn reparsed(skill: &str) -> String {
    Skill::parse(skill)
        .map(|parsed| parsed.as_str().to_owned())
        .unwrap_or_else(|_| skill.to_owned())
}

fn skills_as_concepts(connection: &mut AnyConnection) -> QueryResult<()> {
    let profiles: Vec<(i64, String)> = users::table
        .filter(users::skills.ne("[]"))
        .select((users::id, users::skills))
        .load(connection)?;
    for (user_id, stored) in profiles {
        let skills: Vec<String> = serde_json::from_str(&stored).unwrap_or_default();
        let mut seen = HashSet::new();
        let upgraded: Vec<String> = skills
            .iter()
            .map(|skill| reparsed(skill))
            .filter(|skill| seen.insert(skill.clone()))
            .collect();
        if upgraded != skills {
            let json = serde_json::to_string(&upgraded).unwrap_or_else(|_| stored.clone());
            diesel::update(users::table.find(user_id))
                .set(users::skills.eq(json))
                .execute(connection)?;
        }
    }
    let sought: Vec<(i64, String)> = opportunity_skills::table
        .select((
            opportunity_skills::opportunity_id,
            opportunity_skills::skill,
        ))
        .load(connection)?;
    for (opportunity_id, skill) in sought {
        let upgraded = reparsed(&skill);
        if upgraded == skill {
            continue;
        }
        diesel::delete(opportunity_skills::table.find((opportunity_id, &skill)))
            .execute(connection)?;
        // Two old spellings of one concept become one row.
        insert_unless_taken(connection, |connection| {
            diesel::insert_into(opportunity_skills::table)
                .values((
                    opportunity_skills::opportunity_id.eq(opportunity_id),
                    opportunity_skills::skill.eq(&upgraded),
                ))
                .execute(connection)
        })?;
    }
    Ok(())
}

fn imported_groups_in_directory(connection: &mut AnyConnection) -> QueryResult<()> {
    refresh_imported(connection, &["group"])
}

fn imported_listings_in_groups(connection: &mut AnyConnection) -> QueryResult<()> {
    refresh_imported(connection, &["event", "opportunity"])
}

/// Brings the rows of every imported listing of these types in line with it.
fn refresh_imported(connection: &mut AnyConnection, types: &[&str]) -> QueryResult<()> {
    use super::schema::imported_listings;
    let ids: Vec<i64> = imported_listings::table
        .filter(imported_listings::resource_type.eq_any(types))
        .order(imported_listings::id.asc())
        .select(imported_listings::id)
        .load(connection)?;
    for id in ids {
        crate::federation::peers::in_directory::refresh(connection, id)?;
    }
    Ok(())
}
