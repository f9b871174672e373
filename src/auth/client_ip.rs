//! The client's address, believing `X-Forwarded-For` only from configured proxies.

use std::net::IpAddr;

use actix_web::HttpRequest;

use crate::config::IpRange;

/// The address rate limits are keyed by.
///
/// When the direct peer is a trusted proxy, walks `X-Forwarded-For` from the right and takes
/// the first address that is not itself a trusted proxy; otherwise the header is ignored, so a
/// forged one changes nothing. IPv4 addresses written as IPv6 (`::ffff:10.0.0.1`, as a
/// dual-stack listener reports them) are read as IPv4 first, so they match IPv4 ranges.
pub fn client_ip(request: &HttpRequest, trusted_proxies: &[IpRange]) -> Option<IpAddr> {
    let peer = request.peer_addr()?.ip().to_canonical();
    let is_trusted = |address: IpAddr| trusted_proxies.iter().any(|range| range.contains(address));
    if !is_trusted(peer) {
        return Some(peer);
    }
    let forwarded: Vec<IpAddr> = request
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .filter_map(|part| part.trim().parse::<IpAddr>().ok())
        .map(|address| address.to_canonical())
        .collect();
    Some(
        forwarded
            .into_iter()
            .rev()
            .find(|address| !is_trusted(*address))
            .unwrap_or(peer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn forwarded_header_is_believed_only_from_trusted_proxies() {
        let proxies = vec![IpRange::parse("10.0.0.0/8").unwrap()];
        let from_proxy = TestRequest::default()
            .peer_addr("10.1.1.1:1000".parse().unwrap())
            .insert_header(("x-forwarded-for", "6.6.6.6, 203.0.113.9, 10.2.2.2"))
            .to_http_request();
        assert_eq!(
            client_ip(&from_proxy, &proxies),
            Some("203.0.113.9".parse().unwrap())
        );

        let forged = TestRequest::default()
            .peer_addr("198.51.100.4:1000".parse().unwrap())
            .insert_header(("x-forwarded-for", "203.0.113.9"))
            .to_http_request();
        assert_eq!(
            client_ip(&forged, &proxies),
            Some("198.51.100.4".parse().unwrap())
        );
    }

    #[test]
    fn ipv4_written_as_ipv6_matches_ipv4_proxies() {
        let proxies = vec![IpRange::parse("10.0.0.0/8").unwrap()];
        let dual_stack = TestRequest::default()
            .peer_addr("[::ffff:10.1.1.1]:1000".parse().unwrap())
            .insert_header(("x-forwarded-for", "::ffff:203.0.113.9"))
            .to_http_request();
        assert_eq!(
            client_ip(&dual_stack, &proxies),
            Some("203.0.113.9".parse().unwrap())
        );
    }
}
