//! `dyad export` (issue 6): Parquet and GDELT files read back by an independent reader
//! (pyarrow) with the same rows as the JSONL export.

use std::path::Path;
use std::process::Command;

use crate::cli::{dyad, jsonl};
use crate::store::{corpus, scratch};

/// True when `python3 -c "import pyarrow"` works; prints why not otherwise.
fn pyarrow() -> bool {
    match Command::new("python3")
        .args(["-c", "import pyarrow, pyarrow.parquet, pyarrow.csv"])
        .output()
    {
        Ok(o) if o.status.success() => true,
        Ok(o) => {
            eprintln!(
                "skipping: pyarrow is not installed (python3 -m pip install pyarrow): {}",
                String::from_utf8_lossy(&o.stderr)
                    .lines()
                    .last()
                    .unwrap_or_default()
            );
            false
        }
        Err(e) => {
            eprintln!("skipping: python3 not found ({e})");
            false
        }
    }
}

fn export(db: &Path, format: &str, out: &Path) {
    let r = dyad(
        &[
            "export",
            "--db",
            db.to_str().unwrap(),
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
}

/// Reads the Parquet and GDELT files with pyarrow and prints, as JSON, the row counts and the
/// columns compared below.
const READER: &str = r#"
import json, sys
import pyarrow.parquet as pq, pyarrow.csv as pc
t = pq.read_table(sys.argv[1])
g = pc.read_csv(sys.argv[2],
    read_options=pc.ReadOptions(autogenerate_column_names=True),
    parse_options=pc.ParseOptions(delimiter="\t", quote_char=False),
    convert_options=pc.ConvertOptions(column_types={f"f{i}": "string" for i in range(61)}))
print(json.dumps({
    "parquet_rows": t.num_rows,
    "parquet_columns": t.column_names,
    "doc_id": t.column("doc_id").to_pylist(),
    "sentence_index": t.column("sentence_index").to_pylist(),
    "cameo": t.column("cameo").to_pylist(),
    "target_code": t.column("target_code").to_pylist(),
    "goldstein": t.column("goldstein").to_pylist(),
    "gdelt_rows": g.num_rows,
    "gdelt_columns": g.num_columns,
    "gdelt_event_code": g.column("f26").to_pylist(),
    "gdelt_actor1": g.column("f5").to_pylist(),
    "gdelt_sqldate": g.column("f1").to_pylist(),
}))
"#;

#[test]
fn parquet_and_gdelt_exports_read_back_with_the_same_rows() {
    let dir = scratch("export");
    let db = dir.join("x.db");
    let input = dir.join("news.jsonl");
    std::fs::write(&input, corpus(120)).unwrap();
    let r = dyad(
        &[
            "code",
            "--db",
            db.to_str().unwrap(),
            input.to_str().unwrap(),
            "examples/news/",
        ],
        b"",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);

    let (jsonl_path, csv, parquet, gdelt) = (
        dir.join("e.jsonl"),
        dir.join("e.csv"),
        dir.join("e.parquet"),
        dir.join("e.tsv"),
    );
    export(&db, "jsonl", &jsonl_path);
    export(&db, "csv", &csv);
    export(&db, "parquet", &parquet);
    export(&db, "gdelt", &gdelt);
    let records = jsonl(&std::fs::read_to_string(&jsonl_path).unwrap());
    assert!(
        records.len() > 50,
        "too few events to compare: {}",
        records.len()
    );

    // CSV and GDELT need no third-party reader for the basics.
    let csv_text = std::fs::read_to_string(&csv).unwrap();
    assert!(csv_text.starts_with("doc_id,sentence_index,date,"));
    let gdelt_text = std::fs::read_to_string(&gdelt).unwrap();
    let lines: Vec<&str> = gdelt_text.lines().collect();
    assert_eq!(lines.len(), records.len());
    for (l, e) in lines.iter().zip(&records) {
        let f: Vec<&str> = l.split('\t').collect();
        assert_eq!(f.len(), 61, "{l}");
        assert_eq!(f[5], e["source"]["code"].as_str().unwrap());
        assert_eq!(f[26], e["cameo"].as_str().unwrap());
        assert_eq!(f[28], e["cameo_root"].as_str().unwrap_or(""));
    }

    // A filter selects the same events in every format.
    let eth = dir.join("eth.jsonl");
    let r = dyad(
        &[
            "export",
            "--db",
            db.to_str().unwrap(),
            "--format",
            "jsonl",
            "--out",
            eth.to_str().unwrap(),
            "--country",
            "ETH",
        ],
        b"",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let n_eth = std::fs::read_to_string(&eth).unwrap().lines().count();
    let expected = records
        .iter()
        .filter(|e| e["source"]["country"] == "ETH" || e["target"]["country"] == "ETH")
        .count();
    assert_eq!(n_eth, expected);
    assert!(n_eth > 0);

    if !pyarrow() {
        return;
    }
    let out = Command::new("python3")
        .args([
            "-c",
            READER,
            parquet.to_str().unwrap(),
            gdelt.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pyarrow failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let n = records.len() as u64;
    assert_eq!(got["parquet_rows"], n);
    assert_eq!(got["gdelt_rows"], n);
    assert_eq!(got["gdelt_columns"], 61);
    assert_eq!(
        got["parquet_columns"].as_array().unwrap().len(),
        dyad_store::FLAT_COLUMNS.len()
    );
    for (i, e) in records.iter().enumerate() {
        assert_eq!(got["doc_id"][i], e["doc_id"], "row {i}");
        assert_eq!(got["sentence_index"][i], e["sentence_index"], "row {i}");
        assert_eq!(got["cameo"][i], e["cameo"], "row {i}");
        assert_eq!(got["target_code"][i], e["target"]["code"], "row {i}");
        assert_eq!(got["goldstein"][i], e["goldstein"], "row {i}");
        assert_eq!(got["gdelt_event_code"][i], e["cameo"], "row {i}");
        assert_eq!(got["gdelt_actor1"][i], e["source"]["code"], "row {i}");
        let date = e["date"].as_str().unwrap_or("").replace('-', "");
        let sqldate = got["gdelt_sqldate"][i].as_str().unwrap_or("");
        assert_eq!(sqldate, date, "row {i}");
    }
    std::fs::remove_dir_all(&dir).ok();
}
