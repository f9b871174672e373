//! Operator commands for federation: `diaspora-hub partners create|list|revoke` and
//! `diaspora-hub peers add|list|remove|sync|publish`.

use clap::Subcommand;

use super::keys;
use crate::config::Settings;
use crate::startup::build_state;

/// `diaspora-hub partners …`
#[derive(Debug, Subcommand)]
pub enum PartnersCommand {
    /// Create a key for a partner (the partner is created if new). The key is printed once;
    /// only a hash of it is kept.
    Create {
        /// The partner's name, e.g. "Embassy of Senegal in France".
        #[arg(long)]
        name: String,
        /// Comma-separated: changes:read, groups:read, events:read, opportunities:read.
        #[arg(long)]
        scopes: String,
    },
    /// List keys with their scopes and when they were last used (never the secrets).
    List,
    /// Revoke a key by its prefix (the part after `dhk_`); it is refused at once.
    Revoke {
        /// The key's prefix, as `partners list` shows it.
        prefix: String,
    },
}

/// Runs a partners command.
pub async fn run(settings: Settings, command: PartnersCommand) -> anyhow::Result<()> {
    let state = build_state(settings).await?;
    let mut connection = state
        .db
        .get()
        .map_err(|error| anyhow::anyhow!("cannot connect: {error}"))?;
    match command {
        PartnersCommand::Create { name, scopes } => {
            let name = name.trim();
            anyhow::ensure!(!name.is_empty(), "give the partner a name with --name");
            let scopes = keys::parse_scopes(&scopes)?;
            let key = keys::create(&mut connection, name, &scopes)?;
            // The key alone on stdout, so `KEY=$(diaspora-hub partners create … | tail -n1)`
            // works; the explanation goes to stderr.
            eprintln!("key for {name} ({}):", scopes.join(", "));
            eprintln!("Give it to the partner now: it is not stored and cannot be shown again.");
            println!("{key}");
        }
        PartnersCommand::List => {
            let listed = keys::list(&mut connection)?;
            if listed.is_empty() {
                println!("no partner keys yet (create one with `partners create`)");
            }
            for key in listed {
                let used = key
                    .last_used_at
                    .map_or("never used".to_owned(), |at| format!("last used {at} UTC"));
                let state = key
                    .revoked_at
                    .map_or("active".to_owned(), |at| format!("revoked {at} UTC"));
                println!(
                    "{}\t{}\t{}\t{used}\t{state}",
                    key.prefix, key.partner, key.scopes
                );
            }
        }
        PartnersCommand::Revoke { prefix } => {
            let prefix = prefix.trim().trim_start_matches("dhk_");
            let prefix = prefix.split('_').next().unwrap_or_default();
            anyhow::ensure!(
                keys::revoke(&mut connection, prefix)?,
                "no active key with prefix {prefix:?} (see `partners list`)"
            );
            println!("revoked {prefix}");
        }
    }
    Ok(())
}

/// `diaspora-hub peers …`
#[derive(Debug, Subcommand)]
pub enum PeersCommand {
    /// Register a peer to pull listings from.
    Add {
        /// Another diaspora-hub's public URL, or an iCalendar feed's URL (http or https).
        url: String,
        /// The partner key the peer gave you (diaspora-hub peers).
        #[arg(long)]
        key: Option<String>,
        /// `diaspora-hub` (its change feed) or `ical` (any iCalendar feed).
        #[arg(long, default_value = "diaspora-hub")]
        kind: String,
        /// `auto` shows imported listings at once; `review` keeps them for a moderator.
        #[arg(long, default_value = "review")]
        trust: String,
    },
    /// List peers with their last success, last error and how many listings came from each.
    List,
    /// Forget a peer and every listing imported from it.
    Remove {
        /// The peer's id, as `peers list` shows it.
        id: i64,
    },
    /// Sync now: one peer by id, or every peer.
    Sync {
        /// The peer's id, as `peers list` shows it.
        id: Option<i64>,
    },
    /// Publish every listing from a `review` peer that is waiting for review.
    Publish {
        /// The peer's id, as `peers list` shows it.
        id: i64,
    },
}

/// Runs a peers command.
pub async fn run_peers(settings: Settings, command: PeersCommand) -> anyhow::Result<()> {
    use super::peers::{self, PeerKind, Trust};
    let state = build_state(settings).await?;
    match command {
        PeersCommand::Add {
            url,
            key,
            kind,
            trust,
        } => {
            let kind = PeerKind::parse(&kind)
                .map_err(|_| anyhow::anyhow!("--kind is diaspora-hub or ical, not {kind:?}"))?;
            let trust = Trust::parse(&trust)
                .map_err(|_| anyhow::anyhow!("--trust is auto or review, not {trust:?}"))?;
            anyhow::ensure!(
                kind == PeerKind::DiasporaHub || key.is_none(),
                "--key is for diaspora-hub peers"
            );
            let allow_private = state.settings.allow_private_peers;
            let target = peers::fetch::check_target(&url, allow_private)?;
            // A name that does not resolve yet is kept (sync checks it again each time); one
            // that resolves inside is refused now rather than at the first sync.
            match peers::fetch::resolve_checked(&target, allow_private).await {
                Ok(_) => {}
                Err(refused @ peers::fetch::FetchError::Refused(_)) => return Err(refused.into()),
                Err(error) => {
                    eprintln!("warning: {error}; the address is checked again at each sync")
                }
            }
            let mut connection = state.db.get()?;
            let peer = peers::add(
                &mut connection,
                &url,
                kind,
                trust,
                key.as_deref(),
                allow_private,
            )?;
            println!(
                "peer {} added: {} ({}, {})",
                peer.id, peer.base_url, peer.kind, peer.trust
            );
        }
        PeersCommand::List => {
            let mut connection = state.db.get()?;
            let listed = peers::list(&mut connection)?;
            if listed.is_empty() {
                println!("no peers yet (add one with `peers add`)");
            }
            for (peer, shown, waiting) in listed {
                let success = peer
                    .last_success_at
                    .map_or("never synced".to_owned(), |at| {
                        format!("last success {at} UTC")
                    });
                let error = peer
                    .last_error
                    .map_or(String::new(), |error| format!("\tlast error: {error}"));
                println!(
                    "{}\t{}\t{}\t{}\t{success}\t{shown} shown, {waiting} not shown (awaiting review or rejected at /admin/imported){error}",
                    peer.id, peer.base_url, peer.kind, peer.trust
                );
            }
        }
        PeersCommand::Remove { id } => {
            let mut connection = state.db.get()?;
            let listings = peers::remove(&mut connection, id)?
                .ok_or_else(|| anyhow::anyhow!("no peer {id} (see `peers list`)"))?;
            println!("peer {id} removed with {listings} imported listing(s)");
        }
        PeersCommand::Publish { id } => {
            let mut connection = state.db.get()?;
            let published = super::peers::imported::publish_all(&mut connection, id)?;
            println!("{published} listing(s) from peer {id} published");
        }
        PeersCommand::Sync { id } => match peers::sync::sync_due_or_all(&state, id).await? {
            peers::sync::Run::Busy => {
                anyhow::bail!("another instance is syncing peers right now; try again shortly")
            }
            peers::sync::Run::Done(results) => {
                anyhow::ensure!(!results.is_empty(), "no such peer (see `peers list`)");
                let mut failed = false;
                for (peer_id, result) in results {
                    match result {
                        Ok(report) => println!(
                            "peer {peer_id}: {} new, {} updated, {} removed, {} unchanged, {} skipped",
                            report.created,
                            report.updated,
                            report.removed,
                            report.unchanged,
                            report.skipped
                        ),
                        Err(error) => {
                            failed = true;
                            println!("peer {peer_id}: failed: {error}");
                        }
                    }
                }
                anyhow::ensure!(!failed, "some peers could not be synced");
            }
        },
    }
    Ok(())
}
