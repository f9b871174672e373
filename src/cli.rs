//! The command line: `serve` (the default), `migrate`, `seed`, `create-admin`, `partners` and
//! `peers`.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::accounts::service::{self, Registration};
use crate::config::{Settings, SettingsOverrides};
use crate::domain::{DisplayName, Email, Locale, Password};
use crate::error::AppError;
use crate::startup::{Application, build_state};

/// diaspora-hub: find and join diaspora groups, events and opportunities.
///
/// Settings come from built-in defaults, then a TOML file (--config, or diaspora-hub.toml when
/// present), then environment variables and flags. Every setting is listed below with its
/// environment variable.
#[derive(Debug, Parser)]
#[command(name = "diaspora-hub", version, about, long_about)]
pub struct CommandLine {
    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Settings.
    #[command(flatten)]
    pub settings: SettingsOverrides,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply migrations and serve HTTP (the default).
    Serve,
    /// Apply pending database migrations, or revert them all with --revert-all.
    Migrate {
        /// Revert every migration (drops all data).
        #[arg(long)]
        revert_all: bool,
    },
    /// Load demo data (--demo: multilingual groups, members, events and opportunities) or
    /// benchmark volumes (--groups N, --events N, --opportunities N: synthetic ones, with a
    /// progress bar).
    Seed {
        /// Load the demo set (running it again adds nothing).
        #[arg(long)]
        demo: bool,
        /// Load this many synthetic groups.
        #[arg(long, value_name = "N")]
        groups: Option<usize>,
        /// Load this many synthetic events (in host groups of a thousand).
        #[arg(long, value_name = "N")]
        events: Option<usize>,
        /// Load this many synthetic opportunities (in host groups of a thousand).
        #[arg(long, value_name = "N")]
        opportunities: Option<usize>,
    },
    /// Create an administrator (or promote an existing account). The password is read from
    /// the DIASPORA_HUB_ADMIN_PASSWORD environment variable, or else from the first line of
    /// standard input; never from an argument, which other users could see.
    CreateAdmin {
        /// Email address to log in with.
        #[arg(long)]
        email: String,
        /// Name shown to others.
        #[arg(long)]
        name: String,
        /// Interface language.
        #[arg(long, default_value = "en")]
        locale: String,
    },
    /// Manage member accounts (roles).
    Users {
        #[command(subcommand)]
        action: UsersCommand,
    },
    /// Manage partner keys for the federation API (create, list, revoke).
    Partners {
        #[command(subcommand)]
        action: crate::federation::admin::PartnersCommand,
    },
    /// Manage the peers this instance pulls listings from (add, list, sync).
    Peers {
        #[command(subcommand)]
        action: crate::federation::admin::PeersCommand,
    },
}

/// `diaspora-hub users …`
#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Give a member the moderator role (`moderator`) or take it back (`user`); recorded in the
    /// audit log. Administrators are made with `create-admin`.
    Role {
        /// The member's email address (or public id).
        email: String,
        /// `moderator` or `user`.
        #[arg(value_parser = ["moderator", "user"])]
        role: String,
        /// Why, for the audit log.
        #[arg(long, default_value = "changed from the command line")]
        reason: String,
    },
}

/// Environment variable `create-admin` reads the password from.
pub const ADMIN_PASSWORD_VARIABLE: &str = "DIASPORA_HUB_ADMIN_PASSWORD";

/// Runs a parsed command line; the exit code says whether it worked.
pub fn run(command_line: CommandLine) -> ExitCode {
    let settings = match Settings::load(&command_line.settings) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("error: {error:#}");
            return ExitCode::from(2);
        }
    };
    crate::telemetry::init(settings.log_format);
    let runtime = actix_web::rt::System::new();
    let result = runtime.block_on(async move {
        match command_line.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(settings).await,
            Command::Migrate { revert_all } => migrate(settings, revert_all).await,
            Command::Seed {
                demo,
                groups,
                events,
                opportunities,
            } => seed(settings, demo, [groups, events, opportunities]).await,
            Command::CreateAdmin {
                email,
                name,
                locale,
            } => create_admin(settings, &email, &name, &locale).await,
            Command::Users { action } => users(settings, action).await,
            Command::Partners { action } => crate::federation::admin::run(settings, action).await,
            Command::Peers { action } => {
                crate::federation::admin::run_peers(settings, action).await
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// How long queued database work may go on once the server has stopped.
const DATABASE_WORK_AT_SHUTDOWN: std::time::Duration = std::time::Duration::from_secs(10);

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let public_url = settings.public_url.clone();
    let application = Application::build(settings).await?;
    crate::federation::maintenance::spawn(application.state().clone());
    if application.state().settings.deliver_mail {
        crate::notifications::delivery::spawn(application.state().clone());
        crate::notifications::schedule::spawn(application.state().clone());
    }
    let address = application.local_url();
    println!("diaspora-hub is serving on {address} (public URL {public_url})");
    let database = application.state().db.clone();
    application.run_until_stopped().await?;
    // The server has answered its last request; database work already queued or running (a
    // background task's, say) finishes before the process ends.
    let finished = actix_web::web::block(move || database.stop(DATABASE_WORK_AT_SHUTDOWN))
        .await
        .unwrap_or(false);
    if !finished {
        tracing::warn!(
            seconds = DATABASE_WORK_AT_SHUTDOWN.as_secs(),
            "database work still running at shutdown was cut short"
        );
    }
    Ok(())
}

async fn migrate(settings: Settings, revert_all: bool) -> anyhow::Result<()> {
    let pool = crate::db::build_pool(&settings.database_url, 1)?;
    let count = actix_web::web::block(move || -> anyhow::Result<usize> {
        let mut connection = pool
            .get()
            .map_err(|error| anyhow::anyhow!("cannot connect: {error}"))?;
        let result = if revert_all {
            crate::db::migrations::revert_all(&mut connection)
        } else {
            crate::db::migrations::run_pending(&mut connection)
        };
        result.map_err(|error| anyhow::anyhow!("{error}"))
    })
    .await??;
    let verb = if revert_all { "reverted" } else { "applied" };
    println!("{verb} {count} migration(s)");
    Ok(())
}

/// Runs the seed command; `volumes` are the synthetic groups, events and opportunities asked for.
async fn seed(
    mut settings: Settings,
    demo: bool,
    volumes: [Option<usize>; 3],
) -> anyhow::Result<()> {
    let [groups, events, opportunities] = volumes;
    // The operator loads the data: the limit on what new accounts publish is not for them.
    settings.new_account_hours = 0;
    anyhow::ensure!(
        demo || volumes.iter().any(Option::is_some),
        "say what to load: --demo, --groups N, --events N and/or --opportunities N"
    );
    let state = build_state(settings).await?;
    if demo {
        let report = crate::seed::demo(&state).await?;
        println!(
            "demo: {} groups, {} events and {} opportunities created, {} groups already there",
            report.groups, report.events, report.opportunities, report.skipped
        );
        if let Some(password) = report.organizer_password {
            println!("demo organizer: demo-organizer@diaspora-hub.invalid, password {password}");
        }
    }
    if let Some(count) = groups {
        let report =
            crate::seed::synthetic(&state, count, crate::seed::progress_bar("groups")).await?;
        println!("synthetic: {} groups created", report.groups);
    }
    if let Some(count) = events {
        let report =
            crate::seed::synthetic_events(&state, count, crate::seed::progress_bar("events"))
                .await?;
        println!("synthetic: {} events created", report.events);
    }
    if let Some(count) = opportunities {
        let report = crate::seed::synthetic_opportunities(
            &state,
            count,
            crate::seed::progress_bar("opportunities"),
        )
        .await?;
        println!("synthetic: {} opportunities created", report.opportunities);
    }
    // A bulk load outruns the planner's statistics (PostgreSQL planned events by country as a
    // walk of every row right after seeding): merge the search indexes the load left in
    // pieces, then measure the tables again before anyone reads.
    crate::db::run(&state.db, |connection| {
        crate::db::search::merge_segments(connection).map_err(AppError::internal)
    })
    .await
    .map_err(|error| anyhow::anyhow!("merging the search indexes failed: {error}"))?;
    crate::seed::refresh_statistics(&state).await
}

async fn users(settings: Settings, action: UsersCommand) -> anyhow::Result<()> {
    let UsersCommand::Role {
        email,
        role,
        reason,
    } = action;
    let role = crate::moderation::service::parse_role(&role)
        .map_err(|_| anyhow::anyhow!("role: moderator or user"))?;
    let state = build_state(settings).await?;
    let changed = crate::db::run(&state.db, move |connection| {
        crate::moderation::service::set_role(
            connection,
            &crate::moderation::audit::Actor::command_line(),
            &email,
            role,
            &reason,
        )
    })
    .await
    .map_err(|error| match error {
        crate::error::AppError::NotFound => anyhow::anyhow!("no member with that email"),
        crate::error::AppError::Forbidden => {
            anyhow::anyhow!("that member is an administrator; their role is not changed here")
        }
        other => anyhow::anyhow!("{other}"),
    })?;
    println!("{} is now: {}", changed.email, changed.role);
    Ok(())
}

async fn create_admin(
    settings: Settings,
    email: &str,
    name: &str,
    locale: &str,
) -> anyhow::Result<()> {
    let password = match std::env::var(ADMIN_PASSWORD_VARIABLE) {
        Ok(password) => password,
        Err(_) => {
            if std::io::stdin().is_terminal() {
                eprintln!("Password for {email} (input is shown; pipe it in to hide it):");
            }
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    let invalid = |field: &str, code: &str| anyhow::anyhow!("{field}: {code}");
    let registration = Registration {
        email: Email::parse(email).map_err(|error| invalid("email", error.code))?,
        password: Password::parse(&password).map_err(|error| invalid("password", error.code))?,
        display_name: DisplayName::parse(name).map_err(|error| invalid("name", error.code))?,
        locale: Locale::parse(locale).map_err(|error| invalid("locale", error.code))?,
        locale_picked: true,
    };
    let state = build_state(settings).await?;
    let user = service::create_admin(&state, registration)
        .await
        .map_err(|error| anyhow::anyhow!("{error}"))?;
    println!("{} is now an administrator (id {})", user.email, user.uuid);
    Ok(())
}
