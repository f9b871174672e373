//! Membership through pages: join, leave, the members list with organizer tools, and
//! "My groups" (with the interest in their groups' opportunities organizers have not seen).

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::groups::{GroupCard, Standing};
use super::opportunity_cards::OpportunityCard;
use super::page;
use crate::error::{AppError, AppResult};
use crate::groups::directory;
use crate::groups::membership::{self, MemberDecision, MemberView};
use crate::groups::{MemberRole, MemberStatus};
use crate::http::chrome::Chrome;
use crate::http::context::CurrentUser;
use crate::http::redirect::see_other;
use crate::opportunities::unread;
use crate::state::AppState;

/// Registers the membership routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/groups/{slug}/join", web::post().to(join))
        .route("/groups/{slug}/leave", web::post().to(leave))
        .route("/groups/{slug}/members", web::get().to(members))
        .route(
            "/groups/{slug}/members/{user_id}/{action}",
            web::post().to(decide),
        )
        .route("/me/groups", web::get().to(my_groups));
}

#[derive(Deserialize)]
struct JoinForm {
    message: Option<String>,
}

/// `POST /groups/{slug}/join`
async fn join(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<JoinForm>,
) -> AppResult<HttpResponse> {
    membership::join(&state, &user.identity, &slug, form.into_inner().message).await?;
    // Back to the membership box, where the change shows, not the top of the page.
    Ok(see_other(&format!("/groups/{slug}#membership")))
}

/// `POST /groups/{slug}/leave`
async fn leave(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    membership::leave(&state, &user.identity, &slug).await?;
    Ok(see_other(&format!("/groups/{slug}#membership")))
}

/// One row of the members page.
pub struct MemberRow {
    pub member: MemberView,
    pub role_label: String,
    pub pending: bool,
    pub organizer: bool,
    pub owner: bool,
}

#[derive(Template)]
#[template(path = "members.html")]
struct MembersPage {
    chrome: Chrome,
    slug: String,
    standing: Standing,
    pending: Vec<MemberRow>,
    active: Vec<MemberRow>,
}

/// `GET /groups/{slug}/members` (members only).
async fn members(
    user: CurrentUser,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let loaded = crate::groups::service::load(&state, Some(&user.identity), &slug).await?;
    let (group, members) = membership::members(&state, Some(&user.identity), &slug).await?;
    let i18n = &user.context.i18n;
    let rows: Vec<MemberRow> = members
        .into_iter()
        .map(|member| MemberRow {
            role_label: i18n.plain(&format!("role-{}", member.role.as_str())),
            pending: member.status == MemberStatus::Pending,
            organizer: member.role == MemberRole::Organizer,
            owner: member.role == MemberRole::Owner,
            member,
        })
        .collect();
    let (pending, active) = rows.into_iter().partition(|row| row.pending);
    page(MembersPage {
        chrome: Chrome::new(&user.context),
        slug: group.slug,
        standing: Standing::of(&loaded, true),
        pending,
        active,
    })
}

/// `POST /groups/{slug}/members/{user_id}/{action}` (organizers).
async fn decide(
    user: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> AppResult<HttpResponse> {
    let (slug, member, action) = path.into_inner();
    let decision = MemberDecision::parse(&action).ok_or(AppError::NotFound)?;
    membership::decide(&state, &user.identity, &slug, &member, decision).await?;
    Ok(see_other(&format!("/groups/{slug}/members")))
}

/// A group on "My groups", with the member's standing.
pub struct MyGroupRow {
    pub card: GroupCard,
    pub status_label: String,
}

/// An opportunity of a group the member runs, with interest they have not looked at yet.
pub struct NewInterestRow {
    pub card: OpportunityCard,
    pub group_name: String,
    pub count_label: String,
}

#[derive(Template)]
#[template(path = "my_groups.html")]
struct MyGroupsPage {
    chrome: Chrome,
    rows: Vec<MyGroupRow>,
    new_interest: Vec<NewInterestRow>,
}

/// `GET /me/groups`
async fn my_groups(user: CurrentUser, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let groups = directory::of_member(&state, user.identity.user.id).await?;
    let i18n = &user.context.i18n;
    let rows = groups
        .iter()
        .map(|(group, details, membership)| MyGroupRow {
            card: GroupCard::new(group, details, &user.context),
            status_label: if membership.status() == MemberStatus::Pending {
                i18n.plain("membership-pending")
            } else {
                i18n.plain(&format!("role-{}", membership.role().as_str()))
            },
        })
        .collect();
    let new_interest = unread::for_organizer(&state, &user.identity)
        .await?
        .into_iter()
        .map(|item| NewInterestRow {
            group_name: groups
                .iter()
                .find(|(group, ..)| group.id == item.listed.group.id)
                .map(|(group, details, _)| GroupCard::new(group, details, &user.context).name)
                .unwrap_or_else(|| item.listed.group.slug.clone()),
            count_label: i18n.t1("interest-new-count", "count", item.count),
            card: OpportunityCard::new(&item.listed, &user.context),
        })
        .collect();
    page(MyGroupsPage {
        chrome: Chrome::new(&user.context),
        rows,
        new_interest,
    })
}
