//! The OpenAPI document served at `/api/v1/openapi.json`, generated from the handlers'
//! annotations and the request and response types, so it cannot drift from the code.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::{account, auth, billing, campaigns, comments, enforcement, mail, sites, webhooks};

#[derive(OpenApi)]
#[openapi(
    info(title = "Tribune API", description = "Threaded comments, house rules, bans and supporters for a news site. \
        Errors are always `{\"error\": {\"code\", \"message\"}}`."),
    paths(
        comments::handlers::thread, comments::handlers::create, comments::handlers::get_one, comments::handlers::edit, comments::handlers::delete,
        comments::handlers::vote, comments::handlers::preview,
        sites::counts_get, sites::counts_post,
        auth::signup, auth::login, auth::logout, auth::sso, account::me, account::export, account::delete_account,
        enforcement::queue::queue, enforcement::queue::act_on_comment, enforcement::queue::bulk,
        enforcement::bans::create_ban, enforcement::bans::list_bans, enforcement::bans::lift_ban,
        enforcement::readers::reader, enforcement::readers::warn, enforcement::readers::unwarn,
        enforcement::readers::premod_reader, enforcement::log::log, enforcement::readers::search,
        enforcement::appeals::list_appeals, enforcement::appeals::resolve_appeal,
        enforcement::settings::set_premod, enforcement::settings::get_premod,
        enforcement::reports::report, enforcement::appeals::appeal, enforcement::readers::notices,
        enforcement::readers::team, enforcement::readers::set_role,
        campaigns::handlers::list, campaigns::handlers::one, campaigns::handlers::ban, campaigns::handlers::hold, campaigns::handlers::dismiss,
        billing::plans, billing::checkout, billing::portal, billing::webhook, enforcement::readers::grant_support,
        webhooks::handlers::create, webhooks::handlers::list, webhooks::handlers::one, webhooks::handlers::change,
        webhooks::handlers::remove, webhooks::handlers::deliveries, webhooks::handlers::test, webhooks::handlers::replay,
        webhooks::handlers::set_hook, webhooks::handlers::get_hook, webhooks::handlers::remove_hook,
        mail::links::confirm_api, mail::links::request_reset, mail::links::reset_api, mail::links::request_verify,
        mail::handlers::subscribe, mail::handlers::moderator_mail, mail::handlers::set_moderator_mail, mail::handlers::queue_state,
    ),
    modifiers(&BearerAuth),
    tags((name = "comments"), (name = "auth"), (name = "moderation", description = "Moderators only: the queue, actions, bans, the log"),
        (name = "billing", description = "Supporter plans, Stripe checkout and webhooks"),
        (name = "webhooks", description = "Site admins: signed webhooks (Standard Webhooks) and their delivery log"),
        (name = "mail", description = "E-mail: opt-ins, moderators' digests, the queue"))
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
            );
        }
    }
}
