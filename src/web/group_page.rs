//! A group's own page, `/groups/{slug}`, with schema.org `Organization` data for search
//! engines and partners.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::groups::{Standing, place};
use super::page;
use crate::error::AppResult;
use crate::groups::view::pick_translation;
use crate::http::chrome::Chrome;
use crate::http::context::RequestContext;
use crate::i18n::direction;
use crate::state::AppState;

/// Registers the group page.
pub fn routes(config: &mut web::ServiceConfig) {
    config.route("/groups/{slug}", web::get().to(show));
}

/// Another language the group is written in, with a link to it.
pub struct OtherLanguage {
    pub code: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "group.html")]
struct GroupPage {
    chrome: Chrome,
    slug: String,
    /// The group's calendar as a `webcal://` subscription.
    webcal_link: String,
    name: String,
    paragraphs: Vec<String>,
    lang: String,
    dir: &'static str,
    showing_language: String,
    other_languages: Vec<OtherLanguage>,
    heritage: Option<(String, String)>,
    place: Option<String>,
    languages: Vec<String>,
    topics: Vec<String>,
    member_count: i64,
    website: Option<String>,
    contact_email: Option<String>,
    approval: bool,
    verified: bool,
    /// Shown to administrators: how the group was verified.
    verification_note: Option<String>,
    /// Hidden by moderation (only its organizers get here).
    hidden: bool,
    uuid: String,
    link_rel: &'static str,
    standing: Standing,
    json_ld: String,
    events: Vec<super::events::EventCard>,
    opportunities: Vec<super::opportunities::OpportunityCard>,
}

/// `GET /groups/{slug}`
async fn show(
    context: RequestContext,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = crate::groups::service::load(&state, context.identity.as_ref(), &slug).await?;
    let upcoming = crate::events::listing::EventFilters {
        group: Some(loaded.group.slug.clone()),
        limit: 5,
        ..Default::default()
    };
    let events = super::events::upcoming_cards(&state, &context, upcoming).await?;
    // Organizers also see what has closed or expired, to reopen or extend it.
    let organizes = loaded
        .membership
        .as_ref()
        .is_some_and(crate::groups::Membership::can_manage);
    let open = crate::opportunities::listing::OpportunityFilters {
        group: Some(loaded.group.slug.clone()),
        open_only: !organizes,
        limit: 10,
        ..Default::default()
    };
    let opportunities = super::opportunities::open_cards(&state, &context, open).await?;
    let preferences = context.content_preferences();
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    let group = &loaded.group;
    let chosen = pick_translation(
        &loaded.details.translations,
        &preferences,
        &group.primary_language,
    )
    .cloned()
    .unwrap_or_else(|| crate::groups::Translation {
        group_id: group.id,
        language: group.primary_language.clone(),
        name: group.slug.clone(),
        description: String::new(),
    });
    let i18n = &context.i18n;
    let url = format!(
        "{}/groups/{}",
        state.settings.public_url.as_str(),
        group.slug
    );
    let json_ld = organization_json_ld(
        &chosen.name,
        &chosen.description,
        &url,
        group.website.as_deref(),
        &chosen.language,
    );
    page(GroupPage {
        webcal_link: super::calendar_links::webcal(&format!("{url}/events.ics")),
        slug: group.slug.clone(),
        paragraphs: chosen
            .description
            .split("\n\n")
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        dir: direction(&chosen.language),
        showing_language: i18n.language_name(&chosen.language),
        other_languages: loaded
            .details
            .translations
            .iter()
            .filter(|t| t.language != chosen.language)
            .map(|t| OtherLanguage {
                code: t.language.clone(),
                name: i18n.language_name(&t.language),
            })
            .collect(),
        heritage: group
            .heritage_country
            .as_ref()
            .map(|code| (code.clone(), i18n.country_name(code))),
        place: place(
            i18n,
            group.city.as_deref(),
            group.residence_country.as_deref(),
        ),
        languages: loaded
            .details
            .languages
            .iter()
            .map(|tag| i18n.language_name(tag))
            .collect(),
        topics: loaded
            .details
            .topics
            .iter()
            .map(|topic| i18n.plain(&format!("topic-{topic}")))
            .collect(),
        member_count: group.member_count,
        website: group.website.clone(),
        contact_email: group.contact_email.clone(),
        approval: group.join_policy() == crate::groups::JoinPolicy::Approval,
        verified: group.verified,
        verification_note: group.verification_note.clone(),
        hidden: group.hidden.is_some(),
        uuid: group.uuid.clone(),
        link_rel: super::user_link_rel(group.verified),
        standing: Standing::of(&loaded, context.identity.is_some()),
        json_ld,
        events,
        opportunities,
        lang: chosen.language,
        name: chosen.name,
        chrome: Chrome::new(&context),
    })
}

/// schema.org `Organization` as JSON, safe to place inside `<script type="application/ld+json">`:
/// `<`, `>` and `&` are written as `\u003c`-style escapes, so user text cannot close the element.
fn organization_json_ld(
    name: &str,
    description: &str,
    url: &str,
    website: Option<&str>,
    language: &str,
) -> String {
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "description": description,
        "url": url,
        "inLanguage": language,
    });
    if let Some(website) = website {
        value["sameAs"] = serde_json::json!([website]);
    }
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::organization_json_ld;

    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let json = organization_json_ld(
            "</script><script>alert(1)</script>",
            "a & b",
            "https://x.org/groups/a",
            None,
            "fr",
        );
        assert!(!json.contains("</script>"));
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed["name"], "</script><script>alert(1)</script>");
        assert_eq!(parsed["@type"], "Organization");
    }
}
