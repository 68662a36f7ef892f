//! The web page in real headless Chromium: `dyad serve` on a free port with a fresh database,
//! then `node tests/web/e2e.mjs URL` (playwright-core driving Debian's `/usr/bin/chromium`),
//! which pastes a Spanish story, codes it, and finds its events in the table, the network, the
//! map and the document view.
//!
//! Skips, saying why, when the browser or `tests/web/node_modules` is missing (`.ci/run`
//! installs both: `apt-get install -y chromium`, `npm ci --prefix tests/web`). Set
//! `DYAD_SCREENSHOT=path.png` to keep a screenshot of the page.

use std::path::Path;
use std::process::Command;

use crate::cli::root;
use crate::server::Served;

#[test]
fn the_page_codes_a_pasted_text_and_shows_its_events() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !Path::new(&chromium).exists() {
        eprintln!("skipped: no browser at {chromium} (apt-get install -y chromium)");
        return;
    }
    let modules = root().join("tests/web/node_modules/playwright-core");
    if !modules.exists() {
        eprintln!(
            "skipped: {} missing (npm ci --prefix tests/web)",
            modules.display()
        );
        return;
    }
    let s = Served::start(&[]);
    let out = Command::new("node")
        .arg(root().join("tests/web/e2e.mjs"))
        .arg(format!("http://{}/", s.addr))
        .env("CHROMIUM", &chromium)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .current_dir(root())
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => {
            eprintln!("skipped: cannot run node: {e}");
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "e2e failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    assert!(stdout.contains("e2e: all checks passed"), "{stdout}");
}
