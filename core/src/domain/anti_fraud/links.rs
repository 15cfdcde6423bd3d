//! Link checks: find links in a message and say what is wrong with each.

use std::ops::Range;

use serde::Serialize;

use crate::domain::text::fold_full_width;

/// What is wrong with a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkFlag {
    /// The host is a bare IP address: no real bank links to one.
    IpHost,
    /// The host is punycode (`xn--`): it can render as a look-alike of a real name.
    Punycode,
    /// The host imitates a bank's (or a courier's, shop's or payment service's) domain
    /// without being it.
    LookAlike,
    /// A link shortener hides the destination.
    Shortener,
    /// A download of an Android app package from outside an app store.
    Apk,
    /// Not encrypted.
    PlainHttp,
}

impl LinkFlag {
    /// The signal concept the rule pack scores.
    pub fn concept(self) -> &'static str {
        match self {
            LinkFlag::IpHost => "@link_ip",
            LinkFlag::Punycode => "@link_punycode",
            LinkFlag::LookAlike => "@link_lookalike",
            LinkFlag::Shortener => "@link_shortener",
            LinkFlag::Apk => "@link_apk",
            LinkFlag::PlainHttp => "@link_plain_http",
        }
    }
}

/// A link found in a message (or given by the shell) and its problems.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LinkCheck {
    /// Byte span in the message, when found in it.
    pub span: Option<Range<usize>>,
    /// The link, folded to half-width and lower case.
    pub url: String,
    /// The host name.
    pub host: String,
    /// What is wrong with it (empty: nothing we know of).
    pub flags: Vec<LinkFlag>,
}

/// Official domains of the major banks (and their own short-link domains).
const BANK_DOMAINS: &[&str] = &[
    "icbc.com.cn",
    "icbc.com",
    "ccb.com",
    "ccb.cn",
    "abchina.com",
    "boc.cn",
    "bankofchina.com",
    "bankcomm.com",
    "psbc.com",
    "cmbchina.com",
    "cmbt.cn",
    "citicbank.com",
    "cebbank.com",
    "cib.com.cn",
    "spdb.com.cn",
    "cmbc.com.cn",
    "pingan.com",
    "pingan.com.cn",
    "hxb.com.cn",
    "cgbchina.com.cn",
];

/// Brand words that appear in bank domains; a host using one without being official imitates.
const BANK_BRANDS: &[&str] = &[
    "icbc",
    "ccb",
    "abchina",
    "boc",
    "bankofchina",
    "bankcomm",
    "psbc",
    "cmbchina",
    "citicbank",
    "cebbank",
    "cib",
    "spdb",
    "cmbc",
    "pingan",
    "hxb",
    "cgbchina",
    "95588",
    "95533",
    "95599",
    "95566",
    "95559",
    "95580",
    "95555",
    "95558",
    "95595",
    "95561",
    "95528",
    "95568",
    "95511",
    "95577",
    "95508",
];

/// Official domains of couriers, shops, payment services and game stores that scam texts
/// imitate ("your parcel is held, pay the fee at royalmail-redeliver.info").
const COMPANY_DOMAINS: &[&str] = &[
    "royalmail.com",
    "royalmail.co.uk",
    "usps.com",
    "fedex.com",
    "dhl.com",
    "dhl.de",
    "evri.com",
    "parcelforce.com",
    "auspost.com.au",
    "canadapost.ca",
    "amazon.com",
    "amazon.co.uk",
    "amazon.de",
    "amazon.cn",
    "amazon.co.jp",
    "paypal.com",
    "paypal.me",
    "apple.com",
    "icloud.com",
    "ebay.com",
    "ebay.co.uk",
    "netflix.com",
    "taobao.com",
    "tmall.com",
    "alipay.com",
    "pinduoduo.com",
    "yangkeduo.com",
    "meituan.com",
    "shopee.tw",
    "shopee.cn",
    "shopee.com",
    "steampowered.com",
    "steamcommunity.com",
    "roblox.com",
    "microsoft.com",
];

/// Their names as they appear in domain labels. Only whole labels (or label parts between
/// hyphens) count, or one swapped letter in a long name: these are ordinary words more often
/// than bank codes are, so prefixes and suffixes alone (`pineapple`) do not.
const COMPANY_BRANDS: &[&str] = &[
    "royalmail",
    "usps",
    "fedex",
    "dhl",
    "evri",
    "parcelforce",
    "auspost",
    "canadapost",
    "amazon",
    "paypal",
    "appleid",
    "icloud",
    "ebay",
    "netflix",
    "taobao",
    "tmall",
    "alipay",
    "pinduoduo",
    "meituan",
    "shopee",
    "steampowered",
    "steamcommunity",
    "roblox",
    "microsoft",
];

/// Public link shorteners.
const SHORTENERS: &[&str] = &[
    "t.cn",
    "url.cn",
    "dwz.cn",
    "suo.im",
    "suo.nz",
    "bit.ly",
    "tinyurl.com",
    "is.gd",
    "goo.gl",
    "t.co",
    "ow.ly",
    "rb.gy",
    "cutt.ly",
    "shorturl.at",
    "tiny.cc",
    "s.id",
    "w.url.cn",
    "reurl.cc",
    "pse.is",
    "lihi.cc",
    "lihi1.cc",
    "bit.do",
    "v.gd",
];

fn is_url_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c.is_ascii_punctuation()
            && !matches!(
                c,
                '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}' | '(' | ')'
            ))
}

/// Finds links in free text: with a scheme, starting `www.`, or a bare host with a
/// letter-only top-level domain (`icbc-vip.top/login`) or an IP address with a path.
///
/// Every link we recognise has a dot (a host name, `www.` or an IP address), so only the run
/// of URL characters around each dot is looked at; text without dots costs one byte scan.
pub fn find_links(text: &str) -> Vec<LinkCheck> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(dot) = next_dot(text, from) {
        let start = text
            .get(..dot)
            .unwrap_or_default()
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_url_char(fold_full_width(c)))
            .last()
            .map_or(dot, |(i, _)| i);
        let after = text.get(dot..).unwrap_or_default();
        let end = after
            .char_indices()
            .find(|&(_, c)| !is_url_char(fold_full_width(c)))
            .map_or(text.len(), |(i, _)| dot + i);
        if let Some(link) = link_in_slice(text, start..end) {
            out.push(link);
        }
        // A dot always extends its run by at least itself, so this moves forward.
        from = end.max(dot + 1);
    }
    out
}

/// Byte offset of the next `.` or full-width `．` at or after `from` (a character boundary).
fn next_dot(text: &str, from: usize) -> Option<usize> {
    // Searching for the full-width dot's last byte (`EF BC 8E`) rather than its first: the
    // first is shared by all full-width punctuation, which Chinese text is full of.
    const FULL_WIDTH_DOT: &[u8] = "．".as_bytes();
    let bytes = text.as_bytes();
    let mut i = from;
    loop {
        i += memchr::memchr2(b'.', FULL_WIDTH_DOT[2], bytes.get(i..)?)?;
        if bytes.get(i) == Some(&b'.') {
            return Some(i);
        }
        let start = i.saturating_sub(2);
        if start >= from && bytes.get(start..=i) == Some(FULL_WIDTH_DOT) {
            return Some(start);
        }
        i += 1;
    }
}

/// Looks for a link in a run of URL characters of the original text.
fn link_in_slice(text: &str, span: Range<usize>) -> Option<LinkCheck> {
    if !could_be_link(text.get(span.clone())?) {
        return None;
    }
    link_in_folded_slice(text, span)
}

/// Folds a run of URL characters of the original text to ASCII, keeping each character's
/// original span, and looks for a link in it.
fn link_in_folded_slice(text: &str, span: Range<usize>) -> Option<LinkCheck> {
    let slice = text.get(span.clone())?;
    let mut run = String::with_capacity(slice.len());
    let mut origins = Vec::with_capacity(slice.len());
    for (i, raw) in slice.char_indices() {
        run.push(fold_full_width(raw).to_ascii_lowercase());
        origins.push(span.start + i..span.start + i + raw.len_utf8());
    }
    link_in_run(&run, &origins)
}

/// Cheap test before any folding or allocation: every link has a dot that is not merely
/// trailing punctuation (or a scheme's colon), and a letter (scheme, `www.`, top-level
/// domain) or a slash (an IP address with a path). Numbers such as `8,650.00` fail it.
fn could_be_link(run: &str) -> bool {
    let trailing = |c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'');
    let body = run.trim_end_matches(|c| trailing(fold_full_width(c)));
    let (mut dot_or_colon, mut letter_or_slash) = (false, false);
    for c in body.chars().map(fold_full_width) {
        dot_or_colon |= c == '.' || c == ':';
        letter_or_slash |= c.is_ascii_alphabetic() || c == '/';
    }
    dot_or_colon && letter_or_slash
}

fn link_in_run(run: &str, origins: &[Range<usize>]) -> Option<LinkCheck> {
    // Sentence punctuation glued to the end of a link is not part of it.
    let trimmed = run.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'']);
    // Text glued to the front (`网址:http://…` folds to `:http://…`): start at the scheme.
    // (A run is ASCII: every URL character folds to one.)
    let bytes = trimmed.as_bytes();
    let from = (0..bytes.len()).find(|&i| {
        bytes.get(i..).is_some_and(|rest| {
            [&b"https://"[..], b"http://", b"www."]
                .iter()
                .any(|p| rest.starts_with(p))
        })
    });
    let url = match from {
        Some(at) => trimmed.get(at..).unwrap_or_default(),
        None => trimmed.trim_start_matches([':', '/', '.', ',']),
    };
    let has_scheme = url.starts_with("http://") || url.starts_with("https://");
    let host = host_of(url);
    if host.is_empty() {
        return None;
    }
    let plausible = has_scheme
        || url.starts_with("www.")
        || (!url.contains('@') && (has_letter_tld(&host) || (is_ipv4(&host) && url.contains('/'))));
    if !plausible {
        return None;
    }
    // `url` is a suffix of `trimmed`, which starts where `run` does.
    let offset = trimmed.len() - url.len();
    let first = origins.get(offset)?;
    let last = origins.get(offset + url.len().checked_sub(1)?)?;
    let span = first.start..last.end;
    Some(LinkCheck {
        span: Some(span),
        url: url.to_owned(),
        flags: flags_for(url, &host),
        host,
    })
}

/// Checks a link given on its own (pasted by the customer, or from a shell's link preview).
pub fn check_link(link: &str) -> LinkCheck {
    let url: String = link
        .trim()
        .chars()
        .map(fold_full_width)
        .collect::<String>()
        .to_ascii_lowercase();
    let host = host_of(&url);
    LinkCheck {
        span: None,
        flags: flags_for(&url, &host),
        url,
        host,
    }
}

fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if authority.starts_with('[') {
        authority.split_inclusive(']').next().unwrap_or_default()
    } else {
        authority.split(':').next().unwrap_or_default()
    };
    host.trim_end_matches('.').to_owned()
}

fn has_letter_tld(host: &str) -> bool {
    let mut labels = host.split('.');
    let Some(tld) = host.rsplit('.').next() else {
        return false;
    };
    host.contains('.')
        && (2..=12).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        && (tld.starts_with("xn--") || tld.chars().all(|c| c.is_ascii_alphabetic()))
        && labels.all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

fn is_ipv4(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u8>().is_ok())
}

fn flags_for(url: &str, host: &str) -> Vec<LinkFlag> {
    let mut flags = Vec::new();
    if is_ipv4(host) || host.starts_with('[') {
        flags.push(LinkFlag::IpHost);
    }
    if host.split('.').any(|l| l.starts_with("xn--")) {
        flags.push(LinkFlag::Punycode);
    }
    if imitates_a_brand(host) {
        flags.push(LinkFlag::LookAlike);
    }
    if SHORTENERS.contains(&host) {
        flags.push(LinkFlag::Shortener);
    }
    let path = url.split(['?', '#']).next().unwrap_or_default();
    if path.ends_with(".apk") {
        flags.push(LinkFlag::Apk);
    }
    if url.starts_with("http://") {
        flags.push(LinkFlag::PlainHttp);
    }
    flags
}

fn is_official(host: &str) -> bool {
    BANK_DOMAINS
        .iter()
        .chain(COMPANY_DOMAINS)
        .any(|d| host == *d || host.strip_suffix(d).is_some_and(|p| p.ends_with('.')))
}

/// Undo the character swaps used in look-alike names (0→o, 1→l, rn→m, vv→w).
fn deconfuse(s: &str) -> String {
    s.replace("rn", "m")
        .replace("vv", "w")
        .replace('0', "o")
        .replace('1', "l")
}

fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

fn imitates_a_brand(host: &str) -> bool {
    if host.is_empty() || is_official(host) || is_ipv4(host) {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let Some((_, names)) = labels.split_last() else {
        return false;
    };
    names.iter().flat_map(|l| l.split('-')).any(|part| {
        let plain = deconfuse(part);
        let company = COMPANY_BRANDS.iter().any(|brand| {
            plain == *brand
                || (brand.len() >= 6
                    && plain.len() == brand.len()
                    && within_one_edit(&plain, brand))
        });
        company
            || BANK_BRANDS.iter().any(|brand| {
                let long = brand.len() >= 4;
                plain == *brand
                    || (long && (plain.starts_with(brand) || plain.ends_with(brand)))
                    || (brand.len() >= 5 && within_one_edit(&plain, brand))
                    || (long
                        && brand.chars().all(|c| c.is_ascii_alphabetic())
                        && plain.len() == brand.len()
                        && within_one_edit(&plain, brand))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(url: &str) -> Vec<LinkFlag> {
        check_link(url).flags
    }

    #[test]
    fn official_bank_domains_are_clean() {
        assert!(flags("https://www.icbc.com.cn/page").is_empty());
        assert!(flags("https://mobile.cmbchina.com/x").is_empty());
        assert!(flags("https://cmbt.cn/a1b2").is_empty());
        assert!(flags("https://www.10086.cn/").is_empty());
        assert!(flags("https://www.jd.com/").is_empty());
        assert!(flags("https://www.royalmail.com/track").is_empty());
        assert!(flags("https://store.steampowered.com/app/1").is_empty());
        assert!(flags("https://www.pineapple-recipes.com/").is_empty());
        assert!(flags("https://cloud.example.com/").is_empty());
    }

    #[test]
    fn bad_links_are_named() {
        assert_eq!(
            flags("http://103.45.67.89/login"),
            vec![LinkFlag::IpHost, LinkFlag::PlainHttp]
        );
        assert_eq!(
            flags("https://xn--icbc-8n0a.com"),
            vec![LinkFlag::Punycode, LinkFlag::LookAlike]
        );
        assert_eq!(
            flags("https://icbc-vip.top/verify"),
            vec![LinkFlag::LookAlike]
        );
        assert_eq!(
            flags("https://1cbc.com.cn.secure-login.xyz"),
            vec![LinkFlag::LookAlike]
        );
        assert_eq!(flags("https://cmbchlna.com"), vec![LinkFlag::LookAlike]);
        assert_eq!(
            flags("royalmail-redeliver.info/pay"),
            vec![LinkFlag::LookAlike]
        );
        assert_eq!(
            flags("https://paypa1.com.verify.top"),
            vec![LinkFlag::LookAlike]
        );
        assert_eq!(flags("https://amazom.co/prime"), vec![LinkFlag::LookAlike]);
        assert_eq!(flags("https://t.cn/A6abcd"), vec![LinkFlag::Shortener]);
        assert_eq!(
            flags("https://dl.example.top/loan.apk"),
            vec![LinkFlag::Apk]
        );
        assert_eq!(flags("http://example.org"), vec![LinkFlag::PlainHttp]);
    }

    /// The plain way to find links: split the text into maximal runs of URL characters and
    /// look at every run with a dot. `find_links` must agree while only visiting dots.
    fn links_by_runs(text: &str) -> Vec<LinkCheck> {
        let mut out = Vec::new();
        let mut run: Option<usize> = None;
        let ends = text
            .char_indices()
            .map(|(i, c)| (i, Some(c)))
            .chain(std::iter::once((text.len(), None)));
        for (i, c) in ends {
            let url = c.is_some_and(|c| is_url_char(fold_full_width(c)));
            match (url, run) {
                (true, None) => run = Some(i),
                (false, Some(start)) => {
                    run = None;
                    let slice = &text[start..i];
                    if slice.contains(['.', '．']) {
                        out.extend(link_in_folded_slice(text, start..i));
                    }
                }
                _ => {}
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn scanning_from_dots_finds_what_scanning_runs_finds(
            s in "[a-z0-9.．/:ｈｔｐ＿汇款，。 ]{0,60}"
        ) {
            let fast = find_links(&s);
            proptest::prop_assert_eq!(&fast, &links_by_runs(&s));
            for l in &fast {
                let span = l.span.clone().unwrap_or(0..0);
                proptest::prop_assert!(s.get(span).is_some());
            }
        }
    }

    #[test]
    fn finds_links_in_chinese_text_with_exact_spans() {
        let text = "点击ｈｔｔｐ：／／１０３.４５.６７.８９／ｌ领取，或访问icbc-vip.top。金额3.5元";
        let links = find_links(text);
        assert_eq!(links.len(), 2, "{links:?}");
        assert_eq!(
            &text[links[0].span.clone().unwrap()],
            "ｈｔｔｐ：／／１０３.４５.６７.８９／ｌ"
        );
        assert_eq!(links[0].host, "103.45.67.89");
        assert_eq!(&text[links[1].span.clone().unwrap()], "icbc-vip.top");
        assert!(find_links("利率3.85%，e.g. 1,000.00元 mail a@b.com").is_empty());
    }
}
