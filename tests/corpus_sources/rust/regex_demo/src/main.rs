//! Corpus program: parses a small web-server log with the `regex` crate.
//!
//! Uses captures, named groups, `RegexSet`, `replace_all`, `split` and
//! `find_iter`; output is deterministic (BTreeMap, no hashing order).

use regex::{Regex, RegexSet};
use std::collections::BTreeMap;

const LOG: &str = "\
2024-01-03T10:15:02Z 192.168.1.10 GET /index.html 200 5120 ua=\"curl/8.1\"
2024-01-03T10:15:07Z 10.0.0.7 POST /api/login 401 87 ua=\"Mozilla/5.0\"
2024-01-03T10:16:44Z 10.0.0.7 POST /api/login 200 412 ua=\"Mozilla/5.0\"
2024-01-03T10:17:01Z 172.16.4.2 GET /images/logo.png 304 0 ua=\"Mozilla/5.0\"
2024-01-03T10:19:30Z 192.168.1.10 GET /api/items?page=2&size=50 200 20480 ua=\"curl/8.1\"
2024-01-03T10:21:12Z 203.0.113.9 DELETE /api/items/42 403 66 ua=\"python-requests/2.31\"
2024-01-03T10:22:58Z 10.0.0.7 GET /missing 404 153 ua=\"Mozilla/5.0\"
2024-01-03T10:23:00Z 203.0.113.9 GET /api/items/42 500 999 ua=\"python-requests/2.31\"
this line is garbage and must be rejected
2024-01-03T10:25:13Z 192.168.1.11 PUT /api/items/7 201 301 ua=\"curl/8.1\"
";

#[derive(Default)]
struct Stats {
    requests: u32,
    bytes: u64,
    errors: u32,
}

fn main() {
    let line_re = Regex::new(
        r#"^(?P<date>\d{4}-\d{2}-\d{2})T(?P<time>[\d:]+)Z (?P<ip>(?:\d{1,3}\.){3}\d{1,3}) (?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) (?P<bytes>\d+) ua="(?P<ua>[^"]*)"$"#,
    )
    .expect("valid line regex");
    let kinds = RegexSet::new([
        r"^/api/",
        r"\.(png|jpe?g|gif)$",
        r"\?",
        r"/\d+$",
        r"(?i)LOGIN",
    ])
    .expect("valid set");
    let kind_names = ["api", "image", "query", "by-id", "login"];

    let mut per_ip: BTreeMap<String, Stats> = BTreeMap::new();
    let mut per_kind: BTreeMap<&str, u32> = BTreeMap::new();
    let mut rejected = 0;
    for line in LOG.lines() {
        let Some(caps) = line_re.captures(line) else {
            rejected += 1;
            println!("reject: {:?}", line);
            continue;
        };
        let status: u16 = caps["status"].parse().unwrap();
        let bytes: u64 = caps["bytes"].parse().unwrap();
        let stats = per_ip.entry(caps["ip"].to_string()).or_default();
        stats.requests += 1;
        stats.bytes += bytes;
        if status >= 400 {
            stats.errors += 1;
        }
        let matched: Vec<&str> = kinds.matches(&caps["path"]).into_iter().map(|i| kind_names[i]).collect();
        for k in &matched {
            *per_kind.entry(k).or_insert(0) += 1;
        }
        println!(
            "{} {:>8} {:<15} {:<6} {:<28} {} {:>6} [{}]",
            &caps["date"],
            &caps["time"],
            &caps["ip"],
            &caps["method"],
            &caps["path"],
            status,
            bytes,
            matched.join(",")
        );
    }

    println!("== per ip ==");
    for (ip, s) in &per_ip {
        println!("{ip:<15} req={:<2} bytes={:>6} errors={}", s.requests, s.bytes, s.errors);
    }
    println!("== per kind ==");
    for (k, n) in &per_kind {
        println!("{k:<6} {n}");
    }
    println!("rejected lines: {rejected}");

    // Anonymise IPs: keep the first two octets.
    let ip_re = Regex::new(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b").unwrap();
    let first = LOG.lines().next().unwrap();
    println!("anon: {}", ip_re.replace_all(first, "$1.$2.x.x"));

    // Query-string parsing with find_iter and split.
    let kv_re = Regex::new(r"([a-z]+)=(\d+)").unwrap();
    let q = "page=2&size=50&offset=100";
    let pairs: Vec<String> = kv_re
        .captures_iter(q)
        .map(|c| format!("{}:{}", &c[1], c[2].parse::<u32>().unwrap() * 2))
        .collect();
    println!("doubled: {}", pairs.join(" "));
    let sep = Regex::new(r"[,;\s]+").unwrap();
    let fields: Vec<&str> = sep.split("alpha, beta;gamma  delta,,epsilon").collect();
    println!("fields: {fields:?}");

    // Unicode classes and word boundaries.
    let word = Regex::new(r"\b\p{L}+\b").unwrap();
    let text = "Grüße aus Köln, naïve café — Ωμέγα!";
    let words: Vec<&str> = word.find_iter(text).map(|m| m.as_str()).collect();
    println!("words: {} {:?}", words.len(), words);
    let digits = Regex::new(r"\d+").unwrap();
    let total: u64 = digits.find_iter(LOG).map(|m| m.as_str().parse::<u64>().unwrap_or(0)).sum();
    println!("sum of all digit runs: {total}");
}
