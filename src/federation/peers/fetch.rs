//! Fetching from peers without trusting them: http(s) only; private, loopback and link-local
//! addresses refused unless the `allow_private_peers` setting allows them; the address checked
//! is the one connected to (no DNS rebinding); no redirects; connect and total timeouts; a cap
//! on the body, enforced while reading; conditional GETs with the stored ETag.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use actix_web::http::header;

/// Most bytes read from one response.
pub const MAX_BODY: usize = 5 * 1024 * 1024;
/// How long connecting may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// What went wrong with a fetch; the text goes to the peer's `last_error` and the logs.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The URL is not one we fetch.
    #[error("refused: {0}")]
    Refused(String),
    /// The peer answered with an error status.
    #[error("the peer answered HTTP {0}")]
    Status(u16),
    /// The body was larger than allowed.
    #[error("the answer is larger than {MAX_BODY} bytes")]
    TooLarge,
    /// Timeouts, refused connections, TLS and other transport failures.
    #[error("network: {0}")]
    Network(String),
}

/// A successful answer.
#[derive(Debug)]
pub enum Fetched {
    /// `304`: nothing changed since the ETag we sent.
    NotModified,
    /// `200` with its body and ETag.
    Body { body: Vec<u8>, etag: Option<String> },
    /// `410`: for the change feed, an expired cursor.
    Gone,
}

/// Whether an address is on a private, loopback, link-local or otherwise internal network.
pub fn is_internal(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => {
            let [first, second, third, _] = v4.octets();
            v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_multicast()
                // "This network" (0.0.0.0/8), shared address space (100.64.0.0/10), IETF
                // protocol assignments (192.0.0.0/24), benchmarking (198.18.0.0/15), and the
                // reserved block with the broadcast address (240.0.0.0/4).
                || first == 0
                || first == 100 && (64..128).contains(&second)
                || (first, second, third) == (192, 0, 0)
                || first == 198 && (18..20).contains(&second)
                || first >= 240
        }
        IpAddr::V6(v6) => {
            let segments = v6.segments();
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (segments[0] & 0xfe00) == 0xfc00
                || (segments[0] & 0xffc0) == 0xfe80
                || (segments[0] & 0xffc0) == 0xfec0
                // NAT64 (64:ff9b::/96, and the local-use 64:ff9b:1::/48) and 6to4
                // (2002::/16) can reach IPv4 networks.
                || segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0]
                || segments[..3] == [0x64, 0xff9b, 1]
                || segments[0] == 0x2002
                // IPv4-mapped and IPv4-compatible forms.
                || v6
                    .to_ipv4()
                    .is_some_and(|v4| is_internal(IpAddr::V4(v4)))
        }
    }
}

/// Checks a peer URL as typed: an absolute http(s) URL with a host.
pub fn check_url(url: &str) -> Result<reqwest::Url, FetchError> {
    let parsed = reqwest::Url::parse(url.trim())
        .map_err(|_| FetchError::Refused(format!("{url:?} is not a URL")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(FetchError::Refused(format!(
            "only http and https peers are pulled from, not {}:",
            parsed.scheme()
        )));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(FetchError::Refused(format!("{url:?} has no host")));
    }
    Ok(parsed)
}

/// Checks a peer URL without looking anything up: [`check_url`], no user name or password in
/// it, and (unless `allow_private`) no internal address written as the host, however it is
/// spelled (`0x7f000001`, `[::1]`, `localhost`). The URL parser reads every IPv4 spelling
/// browsers accept, so `0x7f000001` is checked as `127.0.0.1`.
pub fn check_target(url: &str, allow_private: bool) -> Result<reqwest::Url, FetchError> {
    let parsed = check_url(url)?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(FetchError::Refused(format!(
            "{url:?} carries a user name or password; give a diaspora-hub peer's key with --key"
        )));
    }
    if allow_private {
        return Ok(parsed);
    }
    let internal = match parsed.host() {
        Some(url::Host::Ipv4(address)) => is_internal(IpAddr::V4(address)),
        Some(url::Host::Ipv6(address)) => is_internal(IpAddr::V6(address)),
        Some(url::Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
        None => true,
    };
    if internal {
        return Err(private_refused(parsed.host_str().unwrap_or_default()));
    }
    Ok(parsed)
}

/// Resolves the peer's host and refuses it (unless `allow_private`) when any of its addresses
/// is internal; returns the addresses. `peers add` runs this too, so a name that points
/// inside is refused before it is stored.
pub async fn resolve_checked(
    parsed: &reqwest::Url,
    allow_private: bool,
) -> Result<Vec<SocketAddr>, FetchError> {
    let host = parsed.host_str().unwrap_or_default();
    let port = parsed.port_or_known_default().unwrap_or(80);
    let addresses: Vec<SocketAddr> = tokio::net::lookup_host((host.trim_matches(['[', ']']), port))
        .await
        .map_err(|error| FetchError::Network(format!("cannot resolve {host}: {error}")))?
        .collect();
    if addresses.is_empty() {
        return Err(FetchError::Network(format!("{host} has no address")));
    }
    if !allow_private && addresses.iter().any(|address| is_internal(address.ip())) {
        return Err(private_refused(host));
    }
    Ok(addresses)
}

fn private_refused(host: &str) -> FetchError {
    FetchError::Refused(format!(
        "{host} is on a private or loopback address (set allow_private_peers to allow it)"
    ))
}

/// Refuses to send a key over plain `http://` (where anyone on the way could read it) unless
/// private peers are allowed, as on a test machine or a private network.
pub fn check_key_transport(
    parsed: &reqwest::Url,
    has_key: bool,
    allow_private: bool,
) -> Result<(), FetchError> {
    if has_key && parsed.scheme() == "http" && !allow_private {
        return Err(FetchError::Refused(
            "a peer's key is sent only over https:// (set allow_private_peers for a private network)"
                .into(),
        ));
    }
    Ok(())
}

/// How long a request may take.
#[derive(Debug, Clone, Copy)]
enum Patience {
    /// The whole answer within this time.
    Total(Duration),
    /// Each read within this time, however long the answer (a streamed export).
    PerRead(Duration),
}

/// Sends a GET to `url` after the address checks above; answers other than 200, 304 and 410
/// are errors.
async fn send(
    url: &str,
    authorization: Option<&str>,
    etag: Option<&str>,
    allow_private: bool,
    patience: Patience,
) -> Result<reqwest::Response, FetchError> {
    let parsed = check_target(url, allow_private)?;
    check_key_transport(&parsed, authorization.is_some(), allow_private)?;
    let host = parsed.host_str().unwrap_or_default().to_owned();
    let addresses = resolve_checked(&parsed, allow_private).await?;
    let address = addresses[0];
    let (Patience::Total(timeout) | Patience::PerRead(timeout)) = patience;
    // Connect to the address just checked, whatever the name resolves to a moment later.
    let builder = reqwest::Client::builder()
        .resolve(host.trim_matches(['[', ']']), address)
        .redirect(reqwest::redirect::Policy::none())
        // A proxy would connect to whatever the name resolves to, not the address checked.
        .no_proxy()
        .connect_timeout(CONNECT_TIMEOUT.min(timeout))
        .user_agent(concat!(
            "diaspora-hub/",
            env!("CARGO_PKG_VERSION"),
            " (peer sync)"
        ));
    let builder = match patience {
        Patience::Total(timeout) => builder.timeout(timeout),
        Patience::PerRead(timeout) => builder.read_timeout(timeout),
    };
    let client = builder
        .build()
        .map_err(|error| FetchError::Network(error.to_string()))?;
    let mut request = client.get(parsed);
    if let Some(authorization) = authorization {
        request = request.header(
            header::AUTHORIZATION.as_str(),
            format!("Bearer {authorization}"),
        );
    }
    if let Some(etag) = etag {
        request = request.header(header::IF_NONE_MATCH.as_str(), etag);
    }
    let response = request.send().await.map_err(network)?;
    match response.status().as_u16() {
        200 | 304 | 410 => Ok(response),
        status => Err(FetchError::Status(status)),
    }
}

/// Opens a long answer to read as it arrives (a peer's export): the checks above, a 200 only,
/// and `timeout` for each read rather than for the whole answer. The caller bounds what it
/// keeps.
pub async fn open_stream(
    url: &str,
    authorization: Option<&str>,
    allow_private: bool,
    timeout: Duration,
) -> Result<reqwest::Response, FetchError> {
    let response = send(
        url,
        authorization,
        None,
        allow_private,
        Patience::PerRead(timeout),
    )
    .await?;
    match response.status().as_u16() {
        200 => Ok(response),
        status => Err(FetchError::Status(status)),
    }
}

/// Reads the next piece of a streamed answer.
pub async fn next_chunk(
    response: &mut reqwest::Response,
) -> Result<Option<actix_web::web::Bytes>, FetchError> {
    response.chunk().await.map_err(network)
}

/// GETs `url` with the limits above. `authorization` and `etag` are sent when given.
pub async fn get(
    url: &str,
    authorization: Option<&str>,
    etag: Option<&str>,
    allow_private: bool,
    timeout: Duration,
) -> Result<Fetched, FetchError> {
    let mut response = send(
        url,
        authorization,
        etag,
        allow_private,
        Patience::Total(timeout),
    )
    .await?;
    match response.status().as_u16() {
        304 => return Ok(Fetched::NotModified),
        410 => return Ok(Fetched::Gone),
        _ => {}
    }
    if response
        .content_length()
        .is_some_and(|length| length as usize > MAX_BODY)
    {
        return Err(FetchError::TooLarge);
    }
    let etag = response
        .headers()
        .get(header::ETAG.as_str())
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(network)? {
        if body.len() + chunk.len() > MAX_BODY {
            return Err(FetchError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Fetched::Body { body, etag })
}

fn network(error: reqwest::Error) -> FetchError {
    if error.is_timeout() {
        FetchError::Network("timed out".into())
    } else {
        FetchError::Network(error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_addresses_and_odd_schemes_are_recognized() {
        for internal in [
            "127.0.0.1",
            "10.1.2.3",
            "192.168.0.1",
            "169.254.169.254",
            "::1",
            "fd00::1",
            "100.64.0.1",
            "::ffff:127.0.0.1",
            "::10.0.0.1",
            "64:ff9b::a00:1",
            "64:ff9b:1::a00:1",
            "2002:a00:1::1",
            "0.1.2.3",
            "192.0.0.8",
            "198.18.0.1",
            "198.19.255.1",
            "240.0.0.1",
            "255.255.255.255",
        ] {
            assert!(is_internal(internal.parse().unwrap()), "{internal}");
        }
        for public in [
            "93.184.216.34",
            "2606:4700::1111",
            "198.20.0.1",
            "192.0.3.1",
        ] {
            assert!(!is_internal(public.parse().unwrap()), "{public}");
        }
        assert!(check_url("ftp://example.org/feed.ics").is_err());
        assert!(check_url("file:///etc/passwd").is_err());
        assert!(check_url("https://example.org/feed.ics").is_ok());
    }

    #[test]
    fn internal_hosts_are_refused_however_they_are_written() {
        for target in [
            "http://169.254.169.254/latest",
            "http://[::1]:8080",
            "http://0x7f000001",
            "http://2130706433",
            "http://0177.0.0.1",
            "http://127.1",
            "http://10.0.0.1",
            "http://[::ffff:127.0.0.1]",
            "http://localhost:8080",
            "http://LOCALHOST.",
            "http://api.localhost",
            "http://0.0.0.0",
        ] {
            let refused = check_target(target, false).unwrap_err().to_string();
            assert!(
                refused.contains("private or loopback"),
                "{target}: {refused}"
            );
            assert!(
                check_target(target, true).is_ok(),
                "{target} with private peers allowed"
            );
        }
        for target in [
            "http://user@127.0.0.1",
            "https://user:secret@hub.example.org",
        ] {
            assert!(check_target(target, true).is_err(), "{target}");
        }
        assert!(check_target("HTTPS://Hub.Example.org", false).is_ok());
        assert!(check_target("https://xn--hb-zka.example", false).is_ok());
        assert!(check_target("https://hub.example.org:99999", false).is_err());
        let http = check_target("http://hub.example.org", false).unwrap();
        assert!(check_key_transport(&http, true, false).is_err());
        assert!(check_key_transport(&http, false, false).is_ok());
        assert!(check_key_transport(&http, true, true).is_ok());
    }
}
