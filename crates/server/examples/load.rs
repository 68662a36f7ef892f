//! Load test of a running `dyad serve`: writers post documents while readers query, then the
//! store is checked to hold every document posted.
//!
//! ```sh
//! cargo build --release
//! target/release/dyad serve --db /tmp/bench.db --addr 127.0.0.1:8099 &
//! cargo run --release -p dyad-server --example load -- http://127.0.0.1:8099 [DOCS] [WRITERS] [READERS] [BATCH]
//! ```
//!
//! Defaults: 10,000 documents, 8 writer clients, 2 reader clients, 1 document per request.
//! Documents are short (one to three sentences, English and Spanish from templates) with unique
//! ids, so the store must end with exactly as many more documents as were posted. Prints
//! throughput (documents/s), p50/p99 latency of posts and queries, and errors; exits non-zero
//! when a document is lost or any request failed. Uses a raw HTTP/1.1 client over `TcpStream`
//! so that the server crate needs no HTTP client.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ACTORS_EN: [&str; 8] = [
    "Kenya's president",
    "Ethiopia's army",
    "Russian forces",
    "The French government",
    "Chinese diplomats",
    "Brazil's foreign minister",
    "Police in Nigeria",
    "The United Nations",
];
const TARGETS_EN: [&str; 8] = [
    "Eritrean troops",
    "Ukraine",
    "the Iranian government",
    "Somali rebels",
    "Japan's prime minister",
    "protesters in Chile",
    "Turkey",
    "the Mexican army",
];
const VERBS_EN: [&str; 6] = [
    "accused {t} of shelling a border town",
    "met {t}",
    "attacked {t}",
    "praised {t}",
    "threatened {t} with sanctions",
    "agreed to provide aid to {t}",
];
const ACTORS_ES: [&str; 6] = [
    "El presidente de Colombia",
    "El ejército venezolano",
    "El gobierno de México",
    "La policía peruana",
    "El canciller argentino",
    "Los rebeldes colombianos",
];
const TARGETS_ES: [&str; 6] = [
    "el gobierno de Venezuela",
    "los manifestantes chilenos",
    "Ecuador",
    "el presidente de Bolivia",
    "las tropas de Brasil",
    "Cuba",
];
const VERBS_ES: [&str; 5] = [
    "se reunió con {t}",
    "acusó a {t} de atacar la frontera",
    "criticó a {t}",
    "amenazó a {t}",
    "ofreció ayuda humanitaria a {t}",
];

/// Document `i`: one to three sentences, English or Spanish, dated within 2024.
fn document(i: usize) -> String {
    let spanish = i.is_multiple_of(3);
    let n = 1 + i % 3;
    let mut text = String::new();
    for k in 0..n {
        let j = i.wrapping_mul(7919).wrapping_add(k * 104_729);
        let s = if spanish {
            let v =
                VERBS_ES[j % VERBS_ES.len()].replace("{t}", TARGETS_ES[(j / 5) % TARGETS_ES.len()]);
            format!("{} {v}. ", ACTORS_ES[(j / 7) % ACTORS_ES.len()])
        } else {
            let v =
                VERBS_EN[j % VERBS_EN.len()].replace("{t}", TARGETS_EN[(j / 5) % TARGETS_EN.len()]);
            format!("{} {v}. ", ACTORS_EN[(j / 7) % ACTORS_EN.len()])
        };
        text.push_str(&s);
    }
    let date = format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
    serde_json::json!({
        "id": format!("load-{i}"),
        "text": text.trim_end(),
        "date": date,
        "lang": if spanish { "es" } else { "en" },
    })
    .to_string()
}

/// One request; the status and body, or an I/O error.
fn request(addr: &str, method: &str, path: &str, body: &[u8]) -> std::io::Result<(u16, String)> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(300)))?;
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes())?;
    s.write_all(body)?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((status, body.to_string()))
}

fn stored_documents(addr: &str) -> u64 {
    let (status, body) = request(addr, "GET", "/health", b"").expect("GET /health");
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("health JSON");
    v["store"]["documents"].as_u64().expect("store.documents")
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let url = args
        .first()
        .cloned()
        .unwrap_or_else(|| "http://127.0.0.1:8099".into());
    let addr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let arg = |i: usize, d: usize| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(d);
    let (docs, writers, readers, batch) = (arg(1, 10_000), arg(2, 8), arg(3, 2), arg(4, 1));

    let before = stored_documents(&addr);
    let next = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let post_lat = Arc::new(Mutex::new(Vec::new()));
    let query_lat = Arc::new(Mutex::new(Vec::new()));
    let errors = Arc::new(Mutex::new(Vec::<String>::new()));
    let posted = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();

    let mut handles = Vec::new();
    for _ in 0..writers {
        let (addr, next, lat, errors, posted) = (
            addr.clone(),
            next.clone(),
            post_lat.clone(),
            errors.clone(),
            posted.clone(),
        );
        handles.push(std::thread::spawn(move || loop {
            let first = next.fetch_add(batch, Ordering::Relaxed);
            if first >= docs {
                break;
            }
            let body: Vec<String> = (first..(first + batch).min(docs)).map(document).collect();
            let t = Instant::now();
            match request(&addr, "POST", "/documents", body.join("\n").as_bytes()) {
                Ok((200, _)) => {
                    posted.fetch_add(body.len(), Ordering::Relaxed);
                    lat.lock().unwrap().push(t.elapsed());
                }
                Ok((s, b)) => errors.lock().unwrap().push(format!("POST {s}: {b}")),
                Err(e) => errors.lock().unwrap().push(format!("POST: {e}")),
            }
        }));
    }
    let queries = [
        "/events?limit=50",
        "/events?actor=COL&limit=20",
        "/events?quad=4&from=2024-03&to=2024-06",
        "/dyads?bucket=week",
        "/actors?limit=20",
        "/health",
    ];
    let mut reader_handles = Vec::new();
    for r in 0..readers {
        let (addr, done, lat, errors) = (
            addr.clone(),
            done.clone(),
            query_lat.clone(),
            errors.clone(),
        );
        reader_handles.push(std::thread::spawn(move || {
            let mut i = r;
            while !done.load(Ordering::Relaxed) {
                let q = queries[i % queries.len()];
                i += 1;
                let t = Instant::now();
                match request(&addr, "GET", q, b"") {
                    Ok((200, _)) => lat.lock().unwrap().push(t.elapsed()),
                    Ok((s, b)) => errors.lock().unwrap().push(format!("GET {q} {s}: {b}")),
                    Err(e) => errors.lock().unwrap().push(format!("GET {q}: {e}")),
                }
            }
        }));
    }
    for h in handles {
        h.join().expect("writer thread");
    }
    let elapsed = start.elapsed();
    done.store(true, Ordering::Relaxed);
    for h in reader_handles {
        h.join().expect("reader thread");
    }

    let after = stored_documents(&addr);
    let posted = posted.load(Ordering::Relaxed) as u64;
    let stored = after - before;
    let mut post_lat = post_lat.lock().unwrap().clone();
    let mut query_lat = query_lat.lock().unwrap().clone();
    post_lat.sort();
    query_lat.sort();
    let errors = errors.lock().unwrap().clone();
    println!(
        "load: {docs} documents, {writers} writers ({batch} per request), {readers} readers, {:.1} s",
        elapsed.as_secs_f64()
    );
    println!(
        "throughput: {:.0} documents/s",
        posted as f64 / elapsed.as_secs_f64()
    );
    println!(
        "posts: {} requests, p50 {:.1} ms, p99 {:.1} ms",
        post_lat.len(),
        percentile(&post_lat, 0.5).as_secs_f64() * 1e3,
        percentile(&post_lat, 0.99).as_secs_f64() * 1e3
    );
    println!(
        "queries: {} requests, p50 {:.1} ms, p99 {:.1} ms",
        query_lat.len(),
        percentile(&query_lat, 0.5).as_secs_f64() * 1e3,
        percentile(&query_lat, 0.99).as_secs_f64() * 1e3
    );
    println!(
        "documents: posted {posted}, stored {stored}, lost {}",
        posted.saturating_sub(stored)
    );
    println!("errors: {}", errors.len());
    for e in errors.iter().take(5) {
        println!("  {e}");
    }
    if stored != posted || posted != docs as u64 || !errors.is_empty() {
        std::process::exit(1);
    }
}
