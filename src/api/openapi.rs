//! The OpenAPI 3.1 document at `/api/v1/openapi.json`: the member API (`/api/v1`) and the
//! partner API (`/federation/v1`), assembled from the `#[utoipa::path]` annotations beside each
//! handler, then completed by rules every operation shares ([`document`]).
//!
//! The annotations say what is particular to an operation (its body, its 403 or 409). What
//! the request layer does to every operation is added here once, so it cannot be forgotten:
//! 401 where a credential is required, 404 for path parameters, 400/413/415/422 for bodies,
//! 400/422 for query strings, 429 where a rate limit applies, and a description on every
//! response (required by the specification). Query parameters shared by the listings get the
//! constraints the server enforces (page sizes, enumerations, country codes, language tags).

use std::sync::OnceLock;

use serde_json::{Map, Value, json};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{
    admin, auth, events, groups, invitations, me, memberships, notifications, opportunities,
    recovery, reports,
};
use crate::domain::TOPICS;
use crate::federation::{discovery, export, partner_api};

/// The annotated operations and schemas.
#[derive(OpenApi)]
#[openapi(
    info(title = "diaspora-hub API", description = "Groups, events and opportunities for diaspora communities, for members (`/api/v1`, bearer token from `POST /api/v1/auth/login`) and for partner sites (`/federation/v1`, partner key with scopes)."),
    paths(
        auth::register, auth::login, auth::logout,
        recovery::verify_email, recovery::resend_verification, recovery::request_reset,
        recovery::confirm_reset, recovery::change_email, recovery::confirm_email_change,
        me::show, me::update, me::delete, me::export, me::change_password,
        notifications::list, notifications::read, notifications::read_all,
        notifications::show_settings, notifications::change_settings,
        groups::list, groups::create, groups::show, groups::update, groups::delete,
        memberships::join, memberships::leave, memberships::members, memberships::decide,
        memberships::my_groups,
        invitations::create, invitations::list, invitations::revoke, invitations::accept,
        events::list, events::create, events::show, events::update, events::delete, events::cancel,
        events::respond, events::change_occurrence, events::attendees, events::my_events,
        opportunities::list, opportunities::create, opportunities::show, opportunities::update,
        opportunities::delete, opportunities::express, opportunities::withdraw,
        opportunities::interests, opportunities::my_interests, opportunities::my_matches,
        opportunities::new_interest,
        reports::report, reports::my_reports, reports::appeal,
        admin::queue, admin::act_on_report, admin::act_on_target, admin::open_appeals,
        admin::decide_appeal, admin::audit_log, admin::change_role, admin::verify, admin::unverify,
        discovery::discovery, partner_api::changes, export::export, partner_api::groups_snapshot,
        partner_api::events_snapshot, partner_api::opportunities_snapshot,
    ),
    components(schemas(crate::http::errors::Problem, crate::http::errors::ProblemField)),
    modifiers(&SecuritySchemes),
    tags(
        (name = "auth", description = "Registration and sessions"),
        (name = "me", description = "The signed-in member's own account"),
        (name = "notifications", description = "What you hear about: in-app notifications and whether each kind also comes by email"),
        (name = "groups", description = "The group directory and group pages"),
        (name = "memberships", description = "Joining groups and managing members"),
        (name = "events", description = "Events, recurrence and RSVPs"),
        (name = "opportunities", description = "Ways to contribute, expressions of interest and matches"),
        (name = "moderation", description = "Reports, what moderators do about them, appeals, the audit log, verified organizations and the moderator role"),
        (name = "federation", description = "The partner API: a change feed with deletions, snapshots of public listings and a streamed export for first copies (see FEDERATION.md)"),
    )
)]
pub struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut member = Http::new(HttpAuthScheme::Bearer);
        member.description =
            Some("A member's session token from `POST /api/v1/auth/login`.".to_owned());
        components.add_security_scheme("bearer", SecurityScheme::Http(member));
        let mut partner = Http::new(HttpAuthScheme::Bearer);
        partner.bearer_format = Some("dhk_<prefix>_<secret>".to_owned());
        partner.description = Some(
            "A partner key created with `diaspora-hub partners create`; the requirement lists the \
             scope the operation needs (changes:read, groups:read, events:read, opportunities:read)."
                .to_owned(),
        );
        components.add_security_scheme("partner_key", SecurityScheme::Http(partner));
    }
}

/// `GET /api/v1/openapi.json`: the document, serialized once on first request.
///
/// Until now every server worker built the document when it started and kept it (Swagger UI's
/// own route), a few megabytes each that no page request ever read.
pub async fn serve() -> actix_web::HttpResponse {
    static SERIALIZED: OnceLock<actix_web::web::Bytes> = OnceLock::new();
    let body = SERIALIZED.get_or_init(|| {
        let serialized = serde_json::to_vec(&document()).expect("the document serializes");
        crate::memory::give_back_freed();
        serialized.into()
    });
    actix_web::HttpResponse::Ok()
        .content_type(actix_web::http::header::ContentType::json())
        .body(body.clone())
}

/// The complete document, as served.
pub fn document() -> utoipa::openapi::OpenApi {
    let mut value = serde_json::to_value(ApiDoc::openapi()).expect("the document serializes");
    complete(&mut value);
    serde_json::from_value(value).expect("the completed document is still an OpenAPI document")
}

/// Applies the shared rules to every operation of a serialized document.
pub fn complete(document: &mut Value) {
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, operation) in item.iter_mut() {
            if let Some(operation) = operation.as_object_mut() {
                complete_operation(path, method, operation);
            }
        }
    }
}

/// Operations with a rate limit of their own: registrations, everything that checks a
/// password (they share the login limit), and invitations (a day's mails per group).
const RATE_LIMITED: [(&str, &str); 8] = [
    ("post", "/api/v1/auth/login"),
    ("post", "/api/v1/auth/register"),
    ("post", "/api/v1/auth/password-reset"),
    ("post", "/api/v1/me/password"),
    ("post", "/api/v1/me/email"),
    ("post", "/api/v1/me/verification-email"),
    ("delete", "/api/v1/me"),
    ("post", "/api/v1/groups/{slug}/invitations"),
];

fn complete_operation(path: &str, method: &str, operation: &mut Map<String, Value>) {
    let rate_limited = RATE_LIMITED.contains(&(method, path));
    // Handlers in different modules share names (`list`, `show`): the tag makes them unique,
    // and gives generated clients names like `groups_list`.
    let tag = operation
        .get("tags")
        .and_then(|tags| tags.get(0))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    if let Some(Value::String(id)) = operation.get_mut("operationId")
        && !tag.is_empty()
        && !id.starts_with(&format!("{tag}_"))
    {
        *id = format!("{tag}_{id}");
    }
    let federation = path.starts_with("/federation/");
    let secured = operation
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(|requirements| !requirements.is_empty());
    let has_body = operation.contains_key("requestBody");
    let parameters = operation
        .get_mut("parameters")
        .and_then(Value::as_array_mut);
    let mut has_query = false;
    if let Some(parameters) = parameters {
        for parameter in parameters.iter_mut() {
            if parameter["in"] == "query" {
                has_query = true;
                constrain(parameter, federation);
            }
        }
    }
    let responses = operation
        .entry("responses")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .expect("responses is an object");
    let mut add = |status: &str, description: &str| {
        responses.entry(status).or_insert_with(|| {
            json!({
                "description": description,
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
            })
        });
    };
    if secured {
        add("401", "No valid credential: send `Authorization: Bearer …`");
    }
    if path.contains('{') {
        add("404", "No such resource, or one you may not see");
    }
    if ["/groups/{slug}", "/events/{id}", "/opportunities/{id}"]
        .iter()
        .any(|listing| path.contains(listing))
    {
        add(
            "410",
            "The listing was deleted; `tombstone` says what it was and when it went",
        );
    }
    if has_body {
        add("400", "The body is not well-formed JSON");
        add("413", "The body is larger than 256 KiB");
        add("415", "The body is not `application/json`");
        add("422", "Invalid fields: `errors` names each one");
    }
    if has_query {
        add(
            "400",
            "A query parameter has the wrong type (a page size that is not a number)",
        );
        add("422", "Invalid query parameters: `errors` names each one");
    }
    if federation && secured {
        add("429", "The key's rate limit is spent; see `Retry-After`");
    }
    if rate_limited {
        add(
            "429",
            "Too many attempts from this address or for this account; see `Retry-After`",
        );
    }
    for (status, response) in responses.iter_mut() {
        let Some(response) = response.as_object_mut() else {
            continue;
        };
        let described = response
            .get("description")
            .and_then(Value::as_str)
            .is_some_and(|text| !text.is_empty());
        if !described {
            response.insert("description".into(), json!(reason(status)));
        }
    }
}

/// A description for a response the annotation left without one.
fn reason(status: &str) -> &'static str {
    match status {
        "200" => "Success",
        "201" => "Created",
        "204" => "Done; no content",
        "304" => "Not modified",
        "400" => "Bad request",
        "401" => "Not signed in",
        "403" => "Not allowed",
        "404" => "Not found",
        "409" => "Conflict with the current state",
        "410" => "Gone",
        "422" => "Invalid input: `errors` names each field",
        "429" => "Too many requests; see `Retry-After`",
        _ => "See the problem document",
    }
}

/// The constraints the server enforces on the query parameters the listings share.
fn constrain(parameter: &mut Value, federation: bool) {
    let name = parameter["name"].as_str().unwrap_or_default().to_owned();
    let schema = match name.as_str() {
        "limit" => json!({"type": "integer", "format": "int64", "minimum": 1,
            "maximum": if federation { 500 } else { 100 }}),
        "heritage" | "country" | "residence" => {
            let codes: Vec<&str> = crate::domain::assigned_country_codes().collect();
            json!({"type": "string", "enum": codes})
        }
        "language" => json!({"type": "string", "pattern": LANGUAGE_TAG_PATTERN}),
        "topic" => json!({"type": "string", "enum": TOPICS}),
        "attendance_mode" => json!({"type": "string", "enum": ["in_person", "online", "hybrid"]}),
        "kind" => json!({"type": "string", "enum": crate::opportunities::OpportunityKind::ALL
            .iter().map(|kind| kind.as_str()).collect::<Vec<_>>()}),
        "remote" => json!({"type": "string", "enum": ["true", "false"]}),
        "status" => json!({"type": "string", "enum": ["open", "all"]}),
        "skill" => json!({"type": "string", "maxLength": 60, "pattern": NO_CONTROL_CHARACTERS}),
        "types" => json!({"type": "string",
            "pattern": "^(group|event|opportunity)(,(group|event|opportunity))*$"}),
        "from" | "to" => json!({"type": "string", "pattern": DATE_OR_INSTANT_PATTERN}),
        _ => return,
    };
    parameter["schema"] = schema;
}

/// Well-formed language tags: a language (two or three letters, not `und`), then optionally
/// a script and a region (`wo`, `pt-BR`, `zh-Hant`, `sr-Latn-RS`).
const LANGUAGE_TAG_PATTERN: &str =
    "^(?!und(-|$))[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$";

/// Text without control characters (line breaks and tabs included), which the server refuses.
const NO_CONTROL_CHARACTERS: &str = "^[^\\x00-\\x1f\\x7f-\\x9f]*$";

/// A date (`2027-03-20`) or an RFC 3339 instant with its offset (`2027-03-20T18:00:00+01:00`).
/// (29 February, accepted in leap years, is left out of the pattern.)
const DATE_OR_INSTANT_PATTERN: &str = concat!(
    "^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])",
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))",
    "(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?",
    "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9]))?$"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_response_is_described_and_shared_statuses_are_added() {
        let mut document = json!({"paths": {
            "/api/v1/things/{id}": {"patch": {
                "security": [{"bearer": []}],
                "requestBody": {"content": {}},
                "parameters": [{"name": "limit", "in": "query"}],
                "responses": {"200": {"content": {}}}
            }},
            "/federation/v1/changes": {"get": {
                "security": [{"partner_key": ["changes:read"]}],
                "parameters": [{"name": "limit", "in": "query"}],
                "responses": {"200": {"description": "A page"}}
            }}
        }});

        complete(&mut document);

        let patch = &document["paths"]["/api/v1/things/{id}"]["patch"];
        for status in ["200", "400", "401", "404", "413", "415", "422"] {
            assert!(
                patch["responses"][status]["description"]
                    .as_str()
                    .is_some_and(|text| !text.is_empty()),
                "{status}"
            );
        }
        assert_eq!(patch["parameters"][0]["schema"]["maximum"], 100);
        let changes = &document["paths"]["/federation/v1/changes"]["get"];
        assert_eq!(changes["responses"]["200"]["description"], "A page");
        assert!(changes["responses"]["429"].is_object());
        assert_eq!(changes["parameters"][0]["schema"]["maximum"], 500);
    }
}
