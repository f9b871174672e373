//! Imported groups in our directory. A group a peer sent, published here and not rejected, gets
//! a read-only row among ours (with its translations, languages, topics and search text), so the
//! directory's filters, country pages and search find it beside our own. The row points at its
//! imported listing and is deleted with it (`ON DELETE CASCADE`); it has no page here (its card
//! links to the original), no members, and never enters our change log, partner snapshots or
//! sitemap, so it cannot echo back to its source.

use std::collections::BTreeMap;

use chrono::Utc;
use diesel::prelude::*;
use serde::Deserialize;

use super::PeerKind;
use super::imported::ImportedListing;
use crate::db::AnyConnection;
use crate::db::schema::{
    events, group_languages, group_topics, group_translations, groups, imported_listings,
    opportunities, peers,
};
use crate::db::search::{self, SearchIndex};
use crate::domain::{CountryCode, LanguageTag, Topic};

/// Longest name or description kept from a peer (a longer one is cut).
const LONGEST_TEXT: usize = 20_000;

/// The parts of a peer's group object the directory needs.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PeerGroup {
    primary_language: String,
    translations: BTreeMap<String, PeerText>,
    heritage_country: Option<String>,
    residence_country: Option<String>,
    city: Option<String>,
    languages: Vec<String>,
    topics: Vec<String>,
    website: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PeerText {
    name: String,
    description: String,
}

fn cut(text: &str) -> String {
    text.chars().take(LONGEST_TEXT).collect()
}

/// Brings the directory row of imported listing `listing_id` in line with it: written when it
/// is a published, not rejected group, removed otherwise. Runs in the caller's transaction.
/// An imported event or opportunity goes to [`super::in_listings`]; a group that enters the
/// directory brings in the events and opportunities of it that waited for it.
pub fn refresh(connection: &mut AnyConnection, listing_id: i64) -> QueryResult<()> {
    let found: Option<(ImportedListing, String, String)> = imported_listings::table
        .inner_join(peers::table)
        .filter(imported_listings::id.eq(listing_id))
        .select((ImportedListing::as_select(), peers::base_url, peers::kind))
        .first(connection)
        .optional()?;
    match &found {
        Some((listing, peer_url, kind)) if kind.as_str() == PeerKind::Ical.as_str() => {
            return super::in_calendar::refresh_event(connection, listing, peer_url);
        }
        Some((listing, ..)) if listing.resource_type == "event" => {
            return super::in_listings::refresh_event(connection, listing);
        }
        Some((listing, ..)) if listing.resource_type == "opportunity" => {
            return super::in_listings::refresh_opportunity(connection, listing);
        }
        _ => {}
    }
    let found = found.map(|(listing, peer_url, _)| (listing, peer_url));
    let entered = refresh_group(connection, listing_id, found.clone())?;
    if let (true, Some((listing, _))) = (entered, found)
        && let Some(url) = listing.canonical_url
    {
        super::in_listings::refresh_listings_in(connection, listing.peer_id, &url)?;
    }
    Ok(())
}

/// The group part of [`refresh`]; whether the group has just entered the directory.
fn refresh_group(
    connection: &mut AnyConnection,
    listing_id: i64,
    found: Option<(ImportedListing, String)>,
) -> QueryResult<bool> {
    let current: Option<i64> = groups::table
        .filter(groups::imported_listing_id.eq(listing_id))
        .select(groups::id)
        .first(connection)
        .optional()?;
    let listed = found.filter(|(listing, _)| {
        listing.resource_type == "group" && listing.published && listing.rejected_at.is_none()
    });
    let Some((listing, peer)) = listed else {
        remove(connection, current)?;
        return Ok(false);
    };
    let object: PeerGroup = serde_json::from_str(&listing.document).unwrap_or_default();
    let country = |code: &Option<String>| {
        code.as_deref()
            .and_then(|code| CountryCode::parse(code).ok())
    };
    let texts: Vec<(LanguageTag, String, String)> = object
        .translations
        .iter()
        .filter_map(|(language, text)| {
            let language = LanguageTag::parse(language).ok()?;
            let name = cut(text.name.trim());
            (!name.is_empty()).then(|| (language, name, cut(&text.description)))
        })
        .collect();
    let primary = LanguageTag::parse(&object.primary_language)
        .ok()
        .or_else(|| texts.first().map(|(language, ..)| language.clone()));
    let Some(primary) = primary else {
        // Nothing a card could show: kept out of the directory (still on `/imported`).
        remove(connection, current)?;
        return Ok(false);
    };
    let now = Utc::now().naive_utc();
    let fields = (
        groups::primary_language.eq(primary.as_str().to_owned()),
        groups::heritage_country
            .eq(country(&object.heritage_country).map(|c| c.as_str().to_owned())),
        groups::residence_country
            .eq(country(&object.residence_country).map(|c| c.as_str().to_owned())),
        groups::city.eq(object.city.as_deref().map(cut)),
        groups::website.eq(object.website.as_deref().map(cut)),
        groups::version.eq(listing.remote_version),
        groups::updated_at.eq(now),
        groups::origin_peer.eq(Some(peer)),
        groups::origin_url.eq(listing.canonical_url.clone()),
    );
    let group_id = match current {
        Some(group_id) => {
            diesel::update(groups::table.find(group_id))
                .set(fields)
                .execute(connection)?;
            group_id
        }
        None => diesel::insert_into(groups::table)
            .values((
                groups::uuid.eq(uuid::Uuid::now_v7().to_string()),
                // Never a slug of ours (ours have no `~`), and never routed: no page here.
                groups::slug.eq(format!("~peer-{listing_id}")),
                groups::visibility.eq("public"),
                groups::join_policy.eq("open"),
                groups::verified.eq(false),
                groups::member_count.eq(0_i64),
                groups::created_at.eq(now),
                groups::imported_listing_id.eq(listing_id),
                fields,
            ))
            .returning(groups::id)
            .get_result(connection)?,
    };
    diesel::delete(group_translations::table.filter(group_translations::group_id.eq(group_id)))
        .execute(connection)?;
    diesel::delete(group_languages::table.filter(group_languages::group_id.eq(group_id)))
        .execute(connection)?;
    diesel::delete(group_topics::table.filter(group_topics::group_id.eq(group_id)))
        .execute(connection)?;
    for (language, name, description) in &texts {
        diesel::insert_into(group_translations::table)
            .values((
                group_translations::group_id.eq(group_id),
                group_translations::language.eq(language.as_str()),
                group_translations::name.eq(name),
                group_translations::description.eq(description),
            ))
            .execute(connection)?;
    }
    let mut languages: Vec<String> = object
        .languages
        .iter()
        .filter_map(|tag| LanguageTag::parse(tag).ok())
        .map(|tag| tag.as_str().to_owned())
        .collect();
    languages.sort();
    languages.dedup();
    for language in languages {
        diesel::insert_into(group_languages::table)
            .values((
                group_languages::group_id.eq(group_id),
                group_languages::language.eq(language),
            ))
            .execute(connection)?;
    }
    let mut topics: Vec<String> = object
        .topics
        .iter()
        .filter_map(|topic| Topic::parse(topic).ok())
        .map(|topic| topic.as_str().to_owned())
        .collect();
    topics.sort();
    topics.dedup();
    for topic in topics {
        diesel::insert_into(group_topics::table)
            .values((
                group_topics::group_id.eq(group_id),
                group_topics::topic.eq(topic),
            ))
            .execute(connection)?;
    }
    let text: Vec<String> = texts
        .iter()
        .map(|(_, name, description)| format!("{name} {description}"))
        .collect();
    search::index(connection, SearchIndex::Groups, group_id, &text.join("\n"))?;
    Ok(current.is_none())
}

/// Takes a group's directory row away (its events and opportunities go with it), with their
/// search text, if it has one.
fn remove(connection: &mut AnyConnection, group_id: Option<i64>) -> QueryResult<()> {
    if let Some(group_id) = group_id {
        forget_search_text(connection, &[group_id], &[])?;
        diesel::delete(groups::table.find(group_id)).execute(connection)?;
    }
    Ok(())
}

/// Takes away the search text of the rows projected from the listings `listing_ids` (with the
/// events and opportunities of a projected group), just before those listings are deleted: the
/// rows go by cascade, but SQLite's full-text rows have no cascade and would be left behind.
pub fn forget(connection: &mut AnyConnection, listing_ids: &[i64]) -> QueryResult<()> {
    for chunk in listing_ids.chunks(500) {
        let group_ids: Vec<i64> = groups::table
            .filter(groups::imported_listing_id.eq_any(chunk))
            .select(groups::id)
            .load(connection)?;
        forget_search_text(connection, &group_ids, chunk)?;
    }
    Ok(())
}

/// Removes the search text of groups `group_ids` and of their events and opportunities, and
/// of the events and opportunities projected from `listing_ids`.
fn forget_search_text(
    connection: &mut AnyConnection,
    group_ids: &[i64],
    listing_ids: &[i64],
) -> QueryResult<()> {
    let event_ids: Vec<i64> = events::table
        .filter(
            events::group_id
                .eq_any(group_ids)
                .or(events::imported_listing_id.eq_any(listing_ids)),
        )
        .select(events::id)
        .load(connection)?;
    let opportunity_ids: Vec<i64> = opportunities::table
        .filter(
            opportunities::group_id
                .eq_any(group_ids)
                .or(opportunities::imported_listing_id.eq_any(listing_ids)),
        )
        .select(opportunities::id)
        .load(connection)?;
    for (index, ids) in [
        (SearchIndex::Groups, group_ids),
        (SearchIndex::Events, &event_ids),
        (SearchIndex::Opportunities, &opportunity_ids),
    ] {
        for id in ids {
            search::remove(connection, index, *id)?;
        }
    }
    Ok(())
}

/// [`refresh`] for every listing of `peer_id`, groups first (after a bulk change such as
/// "publish all").
pub fn refresh_peer(connection: &mut AnyConnection, peer_id: i64) -> QueryResult<()> {
    let of_peer = || imported_listings::table.filter(imported_listings::peer_id.eq(peer_id));
    let groups: Vec<i64> = of_peer()
        .filter(imported_listings::resource_type.eq("group"))
        .order(imported_listings::id.asc())
        .select(imported_listings::id)
        .load(connection)?;
    let listed_in_groups: Vec<i64> = of_peer()
        .filter(imported_listings::resource_type.eq_any(["event", "opportunity"]))
        .order(imported_listings::id.asc())
        .select(imported_listings::id)
        .load(connection)?;
    for id in groups.into_iter().chain(listed_in_groups) {
        refresh(connection, id)?;
    }
    Ok(())
}
