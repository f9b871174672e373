//! `peers add` refuses internal targets before storing them; `peers remove` forgets a peer.

use std::process::{Command, Output};

fn run(database: &str, arguments: &[&str], allow_private: bool) -> Output {
    Command::new(env!("CARGO_BIN_EXE_diaspora-hub"))
        .args(arguments)
        .env_remove("APP_CONFIG")
        .env("DATABASE_URL", database)
        .env("APP_ALLOW_PRIVATE_PEERS", allow_private.to_string())
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn internal_targets_are_refused_when_added_not_only_at_sync() {
    let (database, _guard) = crate::helpers::fresh_database();

    for target in [
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]:8080",
        "http://0x7f000001",
        "http://10.0.0.1",
        "http://localhost:8080",
    ] {
        let refused = run(
            &database,
            &["peers", "add", target, "--kind", "ical"],
            false,
        );
        assert!(!refused.status.success(), "{target} was stored");
        assert!(
            text(&refused.stderr).contains("private or loopback"),
            "{target}: {}",
            text(&refused.stderr)
        );
    }
    let with_credentials = run(
        &database,
        &["peers", "add", "http://user@127.0.0.1", "--kind", "ical"],
        true,
    );
    let key_in_clear = run(
        &database,
        &["peers", "add", "http://hub.example.org", "--key", "dhk_a_b"],
        false,
    );
    let listed = text(&run(&database, &["peers", "list"], false).stdout);

    assert!(!with_credentials.status.success());
    assert!(text(&with_credentials.stderr).contains("user name or password"));
    assert!(!key_in_clear.status.success());
    assert!(text(&key_in_clear.stderr).contains("only over https://"));
    assert!(listed.contains("no peers yet"), "{listed}");
}

#[test]
fn a_private_target_is_accepted_where_allowed_and_a_peer_can_be_removed() {
    let (database, _guard) = crate::helpers::fresh_database();

    let added = run(
        &database,
        &[
            "peers",
            "add",
            "http://127.0.0.1:9/feed.ics",
            "--kind",
            "ical",
        ],
        true,
    );
    assert!(added.status.success(), "{}", text(&added.stderr));
    // "peer 1 added: …"
    let peer_id = text(&added.stdout)
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_owned();
    let removed = run(&database, &["peers", "remove", &peer_id], false);
    let removed_again = run(&database, &["peers", "remove", &peer_id], false);
    let listed = text(&run(&database, &["peers", "list"], false).stdout);

    assert!(removed.status.success(), "{}", text(&removed.stderr));
    assert!(text(&removed.stdout).contains(&format!("peer {peer_id} removed")));
    assert!(!removed_again.status.success());
    assert!(text(&removed_again.stderr).contains(&format!("no peer {peer_id}")));
    assert!(listed.contains("no peers yet"), "{listed}");
}
