//! Which bank URLs the core may talk to: the rule lives here so that the configuration and the
//! HTTP client apply the same one.

/// True for `https://…`, and for `http://` only to a loopback host (the embedded sandbox).
pub fn is_acceptable_bank_url(url: &str) -> bool {
    if let Some(rest) = url.strip_prefix("https://") {
        return !rest.is_empty();
    }
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.rsplit_once(':').map_or(authority, |(h, _)| h),
    };
    host == "localhost"
        || host == "::1"
        || host
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http_bank_urls() {
        for ok in [
            "https://bank.example.cn/api",
            "http://127.0.0.1:8080",
            "http://localhost:1/x",
            "http://[::1]:9/",
        ] {
            assert!(is_acceptable_bank_url(ok), "{ok}");
        }
        for bad in [
            "http://bank.example.cn",
            "ftp://x",
            "",
            "https://",
            "http://127.0.0.1.evil.cn/",
            "http://10.0.0.1",
        ] {
            assert!(!is_acceptable_bank_url(bad), "{bad}");
        }
    }
}
