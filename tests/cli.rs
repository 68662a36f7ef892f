//! Running the binary from tests.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The result of one `dyad` run.
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `dyad args...` with `stdin` piped in.
pub fn dyad(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn dyad");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait dyad");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The JSON records of a JSONL text (`dyad code`'s events, `dyad query --format json`).
pub fn jsonl(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` as CI lays it out, when `DYAD_SHARED` names it; None (and a note) otherwise.
pub fn shared() -> Option<PathBuf> {
    match std::env::var_os("DYAD_SHARED").map(PathBuf::from) {
        Some(p) if p.join("external").is_dir() => Some(p),
        _ => {
            eprintln!("skipping: DYAD_SHARED is unset or has no external/ (set it to ../shared to run this)");
            None
        }
    }
}
