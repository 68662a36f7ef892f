//! `dyad serve` over HTTP: ingest (JSON and JSONL), queries, the document view, errors and
//! their statuses, the OpenAPI routes, concurrent ingest, and shutdown on SIGTERM.
//!
//! Each test starts its own server on a free port with a fresh database and talks to it with a
//! raw HTTP/1.1 client, so the tests need no HTTP crate.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

use crate::cli::root;

/// A `dyad serve` child on a temporary database, stopped (SIGTERM) when dropped.
pub struct Served {
    child: Option<Child>,
    pub addr: String,
    dir: PathBuf,
    stderr: mpsc::Receiver<String>,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

impl Served {
    /// Starts `dyad serve --addr 127.0.0.1:0 --db <temp> extra...` and waits for its address.
    pub fn start(extra: &[&str]) -> Served {
        let dir = std::env::temp_dir().join(format!(
            "dyad-serve-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let db = dir.join("test.db");
        let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
            .args(["serve", "--addr", "127.0.0.1:0", "--db"])
            .arg(&db)
            .args(extra)
            .current_dir(root())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn dyad serve");
        // Read stderr on a thread for the whole run (a full pipe would block the server).
        let (tx, rx) = mpsc::channel();
        let err = child.stderr.take().expect("stderr");
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut seen = Vec::new();
        let addr = loop {
            match rx.recv_timeout(Duration::from_secs(120)) {
                Ok(line) => {
                    if let Some(rest) = line.split("http://").nth(1) {
                        break rest.split('/').next().unwrap_or_default().to_string();
                    }
                    seen.push(line);
                }
                Err(_) => {
                    let _ = child.kill();
                    panic!("dyad serve did not start: {}", seen.join("\n"));
                }
            }
        };
        Served {
            child: Some(child),
            addr,
            dir,
            stderr: rx,
        }
    }

    pub fn get(&self, path: &str) -> Resp {
        request(&self.addr, "GET", path, "", b"")
    }

    pub fn post(&self, path: &str, content_type: &str, body: &[u8]) -> Resp {
        request(&self.addr, "POST", path, content_type, body)
    }

    /// Sends SIGTERM and waits: the exit status, and what the server printed.
    pub fn stop(&mut self) -> (bool, String) {
        let Some(mut child) = self.child.take() else {
            return (true, String::new());
        };
        let _ = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status();
        let status = child.wait().expect("wait dyad serve");
        let mut lines = Vec::new();
        while let Ok(l) = self.stderr.recv_timeout(Duration::from_millis(500)) {
            lines.push(l);
        }
        (status.success(), lines.join("\n"))
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// One HTTP answer.
pub struct Resp {
    pub status: u16,
    pub content_type: String,
    pub body: String,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// A minimal HTTP/1.1 request (`Connection: close`, so the answer ends at EOF).
pub fn request(addr: &str, method: &str, path: &str, content_type: &str, body: &[u8]) -> Resp {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(300))).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if !content_type.is_empty() {
        head.push_str(&format!("Content-Type: {content_type}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).expect("send head");
    // A server refusing an oversized body may answer and close before reading it all.
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no HTTP status in {text:?}"));
    let header = |name: &str| {
        head.lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_string())
    };
    let body = if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        dechunk(body)
    } else {
        body.to_string()
    };
    Resp {
        status,
        content_type: header("content-type").unwrap_or_default(),
        body,
    }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

pub const SPANISH: &str = r#"{"id": "es-1", "title": "Colombia y Venezuela retoman el diálogo", "text": "El presidente de Colombia se reunió con el gobierno de Venezuela en Bogotá el martes. El ejército venezolano acusó a los rebeldes colombianos de atacar la frontera.", "date": "2024-05-07", "lang": "es", "source": "test"}"#;

const ENGLISH_JSONL: &str = "{\"id\": \"en-1\", \"text\": \"Kenya's president flew to Addis Ababa on Tuesday, and Ethiopia's army later accused Eritrean troops of shelling a border town.\", \"date\": \"2024-06-03\"}\n\n{\"id\": \"en-2\", \"text\": \"Russian forces attacked Ukraine.\", \"date\": \"2024-07-15\"}\n";

fn events(r: &Resp) -> Vec<Value> {
    r.json()["events"].as_array().cloned().unwrap_or_default()
}

fn codes(evs: &[Value]) -> Vec<String> {
    evs.iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e["source"]["code"].as_str().unwrap_or(""),
                e["cameo"].as_str().unwrap_or(""),
                e["target"]["code"].as_str().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn posted_json_and_jsonl_are_coded_stored_and_queried() {
    let s = Served::start(&[]);
    let r = s.post("/documents", "application/json", SPANISH.as_bytes());
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    assert_eq!(j["documents"][0]["id"], "es-1");
    assert_eq!(j["documents"][0]["lang"], "es");
    let es = codes(&events(&r));
    assert!(es.contains(&"COLGOV 040 VENGOV".to_string()), "{es:?}");

    let r = s.post(
        "/documents",
        "application/x-ndjson",
        ENGLISH_JSONL.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["stored"]["documents"], 2);
    let en = codes(&events(&r));
    assert!(en.iter().any(|c| c.starts_with("ETHMIL")), "{en:?}");

    // Filters.
    let all = s.get("/events?limit=1000").json();
    let total = all["total"].as_u64().unwrap();
    assert_eq!(total as usize, es.len() + en.len());
    let r = s.get("/events?doc=es-1").json();
    assert_eq!(r["total"].as_u64().unwrap() as usize, es.len());
    let r = s.get("/events?actor=COLGOV&cameo=04").json();
    assert!(r["total"].as_u64().unwrap() >= 1);
    for e in r["events"].as_array().unwrap() {
        assert!(e["cameo"].as_str().unwrap().starts_with("04"));
    }
    let r = s.get("/events?country=ETH").json();
    assert!(r["total"].as_u64().unwrap() >= 1, "{r}");
    let r = s.get("/events?from=2024-06&to=2024-06").json();
    assert!(r["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["doc_id"] == "en-1"));
    let r = s.get("/events?quad=3").json();
    assert!(r["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["quad_class"] == 3));
    let r = s.get("/events?text=frontera").json();
    assert!(r["total"].as_u64().unwrap() >= 1);
    let r = s
        .get("/events?plover=consult&root=04&source=COL&target=VEN")
        .json();
    assert!(r["total"].as_u64().unwrap() >= 1, "{r}");
    // Paging.
    let page = s.get("/events?limit=1&offset=1").json();
    assert_eq!(page["events"].as_array().unwrap().len(), 1);
    assert_eq!(page["total"].as_u64().unwrap(), total);
    assert_eq!(page["events"][0], all["events"][1]);

    // Dyads per week, actors.
    let d = s.get("/dyads?bucket=week&doc=es-1").json();
    assert_eq!(d["bucket"], "week");
    let row = d["dyads"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["source"] == "COLGOV" && r["target"] == "VENGOV")
        .cloned()
        .expect("COLGOV→VENGOV dyad");
    assert_eq!(row["period"], "2024-W19");
    assert!(row["events"].as_u64().unwrap() >= 1);
    assert!(row["mean_goldstein"].as_f64().unwrap() > 0.0);
    let a = s.get("/actors").json();
    assert!(a["actors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["code"] == "VENGOV"));

    // The document view: its spans mark the words they name.
    let d = s.get("/documents/es-1").json();
    let text = d["text"].as_str().unwrap();
    assert!(text.starts_with("Colombia y Venezuela retoman el diálogo"));
    assert!(d["sentences"].as_array().unwrap().len() >= 2);
    for e in d["events"].as_array().unwrap() {
        let span = |v: &Value| {
            (
                v[0].as_u64().unwrap() as usize,
                v[1].as_u64().unwrap() as usize,
            )
        };
        let (a, b) = span(&e["trigger_span"]);
        assert_eq!(&text[a..b], e["trigger"].as_str().unwrap());
        let (a, b) = span(&e["source"]["span"]);
        assert_eq!(&text[a..b], e["source"]["text"].as_str().unwrap());
    }
    let r = s.get("/documents/nope");
    assert_eq!(r.status, 404);
    assert!(r.json()["error"].as_str().unwrap().contains("nope"));

    // Posting the same document again replaces it.
    let r = s.post("/documents", "application/json", SPANISH.as_bytes());
    assert_eq!(r.json()["stored"]["replaced"], 1);
    let h = s.get("/health").json();
    assert_eq!(h["status"], "ok");
    assert_eq!(h["store"]["documents"], 3);
}

#[test]
fn bad_requests_say_why_with_a_status() {
    let s = Served::start(&["--max-body", "20000"]);
    let bad = |r: Resp, status: u16, needle: &str| {
        assert_eq!(r.status, status, "{}", r.body);
        assert!(
            r.content_type.starts_with("application/json"),
            "{}",
            r.content_type
        );
        let msg = r.json()["error"].as_str().unwrap_or_default().to_string();
        assert!(msg.contains(needle), "{msg:?} lacks {needle:?}");
    };
    bad(
        s.post(
            "/documents",
            "application/json",
            b"{\"text\": \"ok\"}\n{\"text\": }",
        ),
        400,
        "line 2",
    );
    bad(
        s.post(
            "/documents",
            "application/json",
            b"{\"title\": \"no body\", \"text\": \"\", \"lang\": \"fr\"}",
        ),
        400,
        "lang",
    );
    bad(
        s.post("/documents", "application/json", b""),
        400,
        "empty body",
    );
    bad(s.get("/events?colour=red"), 400, "colour");
    bad(s.get("/events?from=May"), 400, "from");
    bad(s.get("/events?limit=lots"), 400, "limit");
    bad(s.get("/dyads?bucket=year"), 400, "bucket");
    bad(s.get("/nowhere"), 404, "/nowhere");
    let big = format!(
        "{{\"text\": \"{}\"}}",
        "Rebels shelled the town. ".repeat(2000)
    );
    bad(
        s.post("/documents", "application/json", big.as_bytes()),
        413,
        "20000",
    );
}

#[test]
fn every_route_of_the_openapi_description_answers() {
    let s = Served::start(&[]);
    let r = s.post("/documents", "application/json", SPANISH.as_bytes());
    assert_eq!(r.status, 200, "{}", r.body);
    let spec = s.get("/openapi.json").json();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."));
    let paths = spec["paths"].as_object().unwrap();
    assert!(paths.len() >= 7);
    for (path, ops) in paths {
        let url = path.replace("{id}", "es-1");
        for method in ops.as_object().unwrap().keys() {
            let r = match method.as_str() {
                "get" => s.get(&url),
                "post" => s.post(&url, "application/json", SPANISH.as_bytes()),
                other => panic!("unexpected method {other} for {path}"),
            };
            assert_eq!(r.status, 200, "{method} {url}: {}", r.body);
            let _ = r.json();
        }
    }
    let page = s.get("/");
    assert_eq!(page.status, 200);
    assert!(page.content_type.starts_with("text/html"));
    for asset in ["/assets/app.js", "/assets/app.css", "/assets/world.txt"] {
        assert_eq!(s.get(asset).status, 200, "{asset}");
    }
}

#[test]
fn concurrent_posts_all_land_and_sigterm_stops_cleanly() {
    let mut s = Served::start(&["--lang", "en"]);
    let addr = s.addr.clone();
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                for i in 0..8 {
                    let body = format!(
                        "{{\"id\": \"t{t}-{i}\", \"text\": \"Russian forces attacked Ukraine on day {i}. Kenya's president met Ethiopia's prime minister.\"}}"
                    );
                    let r = request(&addr, "POST", "/documents", "application/json", body.as_bytes());
                    assert_eq!(r.status, 200, "{}", r.body);
                    // Readers run beside the writer.
                    let q = request(&addr, "GET", "/events?limit=5", "", b"");
                    assert_eq!(q.status, 200, "{}", q.body);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("client thread");
    }
    assert_eq!(s.get("/health").json()["store"]["documents"], 32);
    let (ok, stderr) = s.stop();
    assert!(ok, "dyad serve did not exit cleanly: {stderr}");
    assert!(stderr.contains("stopped"), "{stderr}");
}
