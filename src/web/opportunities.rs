//! Opportunity pages: the listing (`/opportunities`) and an opportunity (`/opportunities/{id}`)
//! with the interest form and organizer tools. Forms to publish and edit live in
//! `opportunity_forms`; "My interests" and "Matches for me" in `my_opportunities`.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::Utc;

use super::groups::{Choice, country_choices, language_choices};
use super::opportunity_json_ld::{PostingText, job_posting};
use super::{FormErrors, page, page_with_status};
use crate::error::{AppError, AppResult};
use crate::http::chrome::Chrome;
use crate::http::context::{CurrentUser, RequestContext};
use crate::http::redirect::see_other;
use crate::i18n::direction;
use crate::languages_in_use::ListingKind;
use crate::opportunities::interest::{self, InterestedMember};
use crate::opportunities::listing::{self, OpportunityFilters, OpportunityQuery};
use crate::opportunities::service::{self, LoadedOpportunity};
use crate::opportunities::view::pick;
use crate::state::AppState;

pub use super::opportunity_cards::{OpportunityCard, kind_choices, open_cards};
use super::opportunity_cards::{ended_label, open_until_in_zone, where_text};

/// Registers the opportunity pages.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/opportunities", web::get().to(list_page))
        .route("/opportunities/{id}", web::get().to(show))
        .route("/opportunities/{id}/interest", web::post().to(express))
        .route(
            "/opportunities/{id}/interest/withdraw",
            web::post().to(withdraw),
        );
}

#[derive(Template)]
#[template(path = "opportunities.html")]
struct OpportunitiesPage {
    chrome: Chrome,
    errors: FormErrors,
    query: OpportunityQuery,
    kinds: Vec<Choice>,
    country_choices: Vec<Choice>,
    heritage_choices: Vec<Choice>,
    language_choices: Vec<Choice>,
    remote_choices: Vec<Choice>,
    cards: Vec<OpportunityCard>,
    next_href: Option<String>,
    feed_href: String,
    /// The oEmbed discovery link and the widget builder with these filters.
    embed: super::embed_builder::EmbedLinks,
}

impl OpportunitiesPage {
    /// Whether a filter beyond the search words is set: the folded filters then show open.
    fn filters_set(&self) -> bool {
        super::any_set(&[
            &self.query.kind,
            &self.query.heritage,
            &self.query.country,
            &self.query.remote,
            &self.query.skill,
            &self.query.language,
            &self.query.origin,
        ])
    }
}

/// `GET /opportunities`
async fn list_page(
    context: RequestContext,
    state: web::Data<AppState>,
    query: web::Query<OpportunityQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let (errors, filters) = match query.parse() {
        Ok(filters) => (FormErrors::default(), filters),
        Err(error) => (
            FormErrors::from_error(&context.i18n, error)?,
            OpportunityFilters::default(),
        ),
    };
    let found = listing::search(&state, context.user_id(), filters).await?;
    let next_href = found
        .next_cursor
        .clone()
        .map(|cursor| crate::paging::listing_link("/opportunities", &query, Some(&cursor)));
    let i18n = &context.i18n;
    let remote = query.remote.clone().unwrap_or_default();
    let in_use = crate::languages_in_use::of(&state, ListingKind::Opportunities).await?;
    page(OpportunitiesPage {
        embed: super::embed_builder::EmbedLinks::of(
            &state,
            super::embed::Listing::Opportunities,
            &query,
        ),
        language_choices: language_choices(i18n, &in_use, query.language.as_deref()),
        kinds: kind_choices(i18n, query.kind.as_deref().unwrap_or_default()),
        country_choices: country_choices(i18n, query.country.as_deref()),
        heritage_choices: country_choices(i18n, query.heritage.as_deref()),
        remote_choices: [
            ("true", "opportunity-remote-only"),
            ("false", "opportunity-on-site-only"),
        ]
        .iter()
        .map(|(value, label)| Choice {
            value: (*value).into(),
            label: i18n.plain(label).into(),
            selected: remote == *value,
        })
        .collect(),
        cards: found
            .items
            .iter()
            .map(|listed| OpportunityCard::new(listed, &context))
            .collect(),
        feed_href: crate::paging::listing_link("/feeds/opportunities.atom", &query, None),
        next_href,
        errors,
        query,
        chrome: Chrome::new(&context),
    })
}

#[derive(Template)]
#[template(path = "opportunity.html")]
struct OpportunityPage {
    chrome: Chrome,
    errors: FormErrors,
    id: String,
    title: String,
    paragraphs: Vec<String>,
    lang: String,
    dir: &'static str,
    other_languages: Vec<(String, String)>,
    kind_label: String,
    group_slug: String,
    group_name: String,
    facts: Vec<(String, String)>,
    skills: Vec<String>,
    apply_url: Option<String>,
    link_rel: &'static str,
    /// A job or investment from a group that is not a verified organization: warn people.
    safety_notice: bool,
    /// Hidden by moderation, on its own or with its group (only organizers get here).
    hidden: bool,
    accepts_interest: bool,
    taking_people: bool,
    ended: Option<String>,
    signed_in: bool,
    my_interest: Option<(String, String)>,
    message: String,
    organizer: bool,
    status: String,
    interested: Vec<InterestedMember>,
    json_ld: String,
}

/// `GET /opportunities/{id}`
async fn show(
    context: RequestContext,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = service::load(&state, context.identity.as_ref(), &id).await?;
    let interested = match (&context.identity, loaded.viewer_organizes()) {
        (Some(identity), true) => interest::interested_members(&state, identity, &id).await?,
        _ => Vec::new(),
    };
    page(opportunity_page(
        &context,
        &state,
        loaded,
        interested,
        FormErrors::default(),
        String::new(),
    ))
}

fn opportunity_page(
    context: &RequestContext,
    state: &AppState,
    loaded: LoadedOpportunity,
    interested: Vec<InterestedMember>,
    errors: FormErrors,
    message: String,
) -> OpportunityPage {
    let i18n = &context.i18n;
    let preferences = context.content_preferences();
    let preferences: Vec<&str> = preferences.iter().map(String::as_str).collect();
    let opportunity = &loaded.opportunity;
    let chosen = pick(
        &loaded.details.translations,
        &preferences,
        &opportunity.primary_language,
    )
    .cloned();
    let (lang, title, description) = chosen
        .map(|t| (t.language, t.title, t.description))
        .unwrap_or_default();
    let group_name = crate::groups::view::pick_translation(
        &loaded.group_details.translations,
        &preferences,
        &loaded.group.primary_language,
    )
    .map_or_else(|| loaded.group.slug.clone(), |t| t.name.clone());
    let base = state.settings.public_url.as_str();
    let url = format!("{base}/opportunities/{}", opportunity.uuid);
    let group_url = format!("{base}/groups/{}", loaded.group.slug);
    let mut facts: Vec<(String, String)> = Vec::new();
    let mut fact = |label: &str, value: Option<String>| {
        if let Some(value) = value {
            facts.push((i18n.t(label), value));
        }
    };
    fact(
        "opportunity-heritage",
        opportunity
            .heritage_country
            .as_deref()
            .map(|code| i18n.country_name(code)),
    );
    fact("opportunity-where", where_text(i18n, opportunity));
    fact("opportunity-commitment", opportunity.commitment.clone());
    fact("opportunity-compensation", opportunity.compensation.clone());
    fact(
        "opportunity-languages",
        (!loaded.details.languages.is_empty()).then(|| {
            loaded
                .details
                .languages
                .iter()
                .map(|tag| i18n.language_name(tag))
                .collect::<Vec<_>>()
                .join(", ")
        }),
    );
    fact(
        "opportunity-expiry",
        Some(open_until_in_zone(i18n, opportunity)),
    );
    let skills: Vec<String> = loaded
        .details
        .skills
        .iter()
        .map(|skill| i18n.skill_name(skill))
        .collect();
    OpportunityPage {
        json_ld: job_posting(
            &loaded,
            &PostingText {
                title: &title,
                description: &description,
                language: &lang,
                url: &url,
                group_name: &group_name,
                group_url: &group_url,
                skills: &skills,
            },
        ),
        id: opportunity.uuid.clone(),
        link_rel: super::user_link_rel(loaded.group.verified),
        safety_notice: !loaded.group.verified
            && matches!(
                opportunity.kind(),
                crate::opportunities::OpportunityKind::Job
                    | crate::opportunities::OpportunityKind::Investment
            ),
        hidden: opportunity.hidden.is_some() || loaded.group.hidden.is_some(),
        paragraphs: description
            .split("\n\n")
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        dir: direction(&lang),
        other_languages: loaded
            .details
            .translations
            .iter()
            .filter(|t| t.language != lang)
            .map(|t| (t.language.clone(), i18n.language_name(&t.language)))
            .collect(),
        lang,
        title,
        kind_label: i18n.plain(&format!("opportunity-kind-{}", opportunity.kind)),
        group_slug: loaded.group.slug.clone(),
        group_name,
        facts,
        skills,
        apply_url: opportunity.apply_url.clone(),
        accepts_interest: opportunity.accepts_interest,
        taking_people: opportunity.is_taking_people(Utc::now().naive_utc()),
        ended: ended_label(i18n, opportunity),
        signed_in: context.identity.is_some(),
        my_interest: loaded.my_interest.as_ref().map(|mine| {
            (
                i18n.format_time(&mine.created_at.and_utc(), "format-date"),
                mine.message.clone(),
            )
        }),
        message,
        organizer: loaded.viewer_organizes(),
        status: opportunity.status.clone(),
        interested,
        errors,
        chrome: Chrome::new(context),
    }
}

#[derive(serde::Deserialize)]
struct InterestForm {
    #[serde(default)]
    message: String,
}

/// `POST /opportunities/{id}/interest`
async fn express(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
    form: web::Form<InterestForm>,
) -> AppResult<HttpResponse> {
    let result = match interest::parse_message(Some(&form.message)) {
        Ok(message) => interest::express(&state, &user.identity, &id, message).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/opportunities/{id}"))),
        Err(error @ (AppError::Validation(_) | AppError::Conflict(_))) => {
            let errors = FormErrors::from_error(&user.context.i18n, error)?;
            let loaded = service::load(&state, Some(&user.identity), &id).await?;
            let status = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
            page_with_status(
                status,
                opportunity_page(
                    &user.context,
                    &state,
                    loaded,
                    Vec::new(),
                    errors,
                    form.into_inner().message,
                ),
            )
        }
        Err(other) => Err(other),
    }
}

/// `POST /opportunities/{id}/interest/withdraw`
async fn withdraw(
    user: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    interest::withdraw(&state, &user.identity, &id).await?;
    Ok(see_other(&format!("/opportunities/{id}")))
}
