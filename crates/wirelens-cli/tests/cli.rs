//! End-to-end tests of the `wirelens` binary: a temp dir, the real program,
//! its stdout, stderr and exit status.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// A fresh folder under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("wirelens-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn wirelens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wirelens"))
        .args(args)
        .output()
        .expect("run wirelens")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn help_explains_itself() {
    let out = wirelens(&["--help"]);
    assert!(out.status.success());
    let text = stdout(&out);
    for needle in ["analyze", "--json", "--tsv", "byte offsets", "Exit status"] {
        assert!(text.contains(needle), "help lacks {needle}");
    }
}

#[test]
fn seeds_json_has_every_document_with_contract_fields() {
    let seeds = seeds_dir();
    let out = wirelens(&["analyze", seeds.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    for key in [
        "documents",
        "passages",
        "quotes",
        "speakers",
        "utterances",
        "carried",
    ] {
        assert!(v[key].is_array(), "{key} is missing");
    }
    let docs = v["documents"].as_array().unwrap();
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "000_3f04ed3890fa3ca4",
            "001_3a15821f95648dd1",
            "002_fad698e21613d5de",
            "003_81a701cb0d8ed4aa",
            "004_22fdcdff3e63ad71"
        ]
    );
    assert_eq!(docs[0]["bytes"], 2058);
    assert_eq!(
        docs[3]["title"],
        "Taliban flags fly over Panjshir but fighters vow resistance"
    );
    for d in docs {
        let share = d["original_share"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&share));
        assert!(d["credits"].is_array(), "every document has its credits");
    }
    // 001 credits the Associated Press, then AFP, each for one sentence.
    let credits: Vec<(&str, &str)> = docs[1]["credits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["agency"].as_str().unwrap(), c["scope"].as_str().unwrap()))
        .collect();
    assert_eq!(
        credits,
        [("Associated Press", "sentence"), ("AFP", "sentence")]
    );
    let carried: Vec<(&str, &str, usize)> = v["carried"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["agency"].as_str().unwrap(),
                c["kind"].as_str().unwrap(),
                c["uncredited"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        carried,
        [("Associated Press", "copy", 1), ("AFP", "quote", 2)]
    );
    for s in v["speakers"].as_array().unwrap() {
        let kind = s["kind"].as_str().expect("speaker kind");
        assert!(["person", "organisation", "document"].contains(&kind));
    }
    let mut kinds = Vec::new();
    for u in v["utterances"].as_array().unwrap() {
        let kind = &u["conflict_kind"];
        assert!(
            u.get("conflict_kind").is_some(),
            "conflict_kind is in the contract"
        );
        assert_eq!(u["conflict"].as_bool().unwrap(), !kind.is_null());
        if let Some(kind) = kind.as_str() {
            assert!(["speaker", "same_source", "channel"].contains(&kind));
            kinds.push(kind);
        }
    }
    kinds.sort_unstable();
    assert_eq!(
        kinds,
        [
            "channel",
            "same_source",
            "same_source",
            "same_source",
            "same_source"
        ]
    );
}

#[test]
fn json_offsets_point_into_the_text_as_read() {
    let seeds = seeds_dir();
    let out = wirelens(&["analyze", seeds.to_str().unwrap(), "--json"]);
    let v = json(&out);
    let text_of = |id: &str| std::fs::read_to_string(seeds.join(format!("{id}.txt"))).unwrap();
    for q in v["quotes"].as_array().unwrap() {
        let text = text_of(q["doc"].as_str().unwrap());
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], q["text"].as_str().unwrap());
    }
    for p in v["passages"].as_array().unwrap() {
        for side in ["a", "b"] {
            let text = text_of(p[side]["doc"].as_str().unwrap());
            let (s, e) = (
                p[side]["start"].as_u64().unwrap() as usize,
                p[side]["end"].as_u64().unwrap() as usize,
            );
            assert!(
                s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
            );
        }
    }
}

#[test]
fn output_is_deterministic() {
    let seeds = seeds_dir();
    let a = wirelens(&["analyze", seeds.to_str().unwrap(), "--json"]);
    let b = wirelens(&["analyze", seeds.to_str().unwrap(), "--json"]);
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn tsv_has_seven_columns_matching_json_passages() {
    let seeds = seeds_dir();
    let tsv = wirelens(&["analyze", seeds.to_str().unwrap(), "--tsv"]);
    let v = json(&wirelens(&["analyze", seeds.to_str().unwrap(), "--json"]));
    let lines: Vec<String> = stdout(&tsv).lines().map(String::from).collect();
    let passages = v["passages"].as_array().unwrap();
    assert_eq!(lines.len(), passages.len());
    for (line, p) in lines.iter().zip(passages) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 7, "{line}");
        assert_eq!(cols[0], p["a"]["doc"].as_str().unwrap());
        assert_eq!(cols[1], p["a"]["start"].to_string());
        assert_eq!(cols[5], p["b"]["end"].to_string());
        assert_eq!(cols[6], p["kind"].as_str().unwrap());
    }
}

#[test]
fn bad_files_are_named_and_skipped_the_rest_analysed() {
    let dir = TempDir::new("bad");
    dir.write(
        "good.txt",
        "A perfectly ordinary article about a valley.\n".as_bytes(),
    );
    dir.write("empty.txt", b"   \n\n");
    dir.write("binary.txt", &[0x7f, b'E', b'L', b'F', 0, 0, 0, 1, 2, 3]);
    dir.write(
        "notes.bin",
        b"ignored: not an article extension inside a folder",
    );
    let out = wirelens(&["analyze", dir.0.to_str().unwrap(), "--json"]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(err.contains("empty.txt") && err.contains("empty"), "{err}");
    assert!(
        err.contains("binary.txt") && err.contains("binary"),
        "{err}"
    );
    assert!(!err.contains("notes.bin"));
    let v = json(&out);
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
    assert_eq!(v["documents"][0]["id"], "good");
}

#[test]
fn nothing_readable_exits_1_and_missing_path_is_named() {
    let dir = TempDir::new("none");
    let empty = dir.write("empty.txt", b"");
    let out = wirelens(&[
        "analyze",
        empty.to_str().unwrap(),
        "/no/such/place",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("/no/such/place: no such file or folder"),
        "{err}"
    );
    assert!(err.contains("no article could be analysed"));
    assert!(out.stdout.is_empty());
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(wirelens(&["analyze"]).status.code(), Some(2));
    assert_eq!(wirelens(&["analyze", "x", "--nope"]).status.code(), Some(2));
    assert_eq!(wirelens(&["bogus"]).status.code(), Some(2));
}

#[test]
fn encodings_html_and_markdown_are_read() {
    let dir = TempDir::new("enc");
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice("BOM title\r\nBody text here.\r\n".as_bytes());
    dir.write("bom.txt", &bom);
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "UTF-16 title\nMore text.".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    dir.write("wide.txt", &utf16);
    dir.write("latin.txt", b"Caf\xe9 title\nText.");
    dir.write(
        "page.html",
        b"<html><head><script>x()</script></head><body><h1>Html &amp; title</h1><p>Para.</p></body></html>",
    );
    dir.write("notes.md", b"# Markdown title\n\nSome *text*.");
    let v = json(&wirelens(&["analyze", dir.0.to_str().unwrap(), "--json"]));
    let titles: Vec<(&str, &str)> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["title"].as_str().unwrap()))
        .collect();
    assert_eq!(
        titles,
        [
            ("bom", "BOM title"),
            ("latin", "Café title"),
            ("notes", "Markdown title"),
            ("page", "Html & title"),
            ("wide", "UTF-16 title")
        ]
    );
}

#[test]
fn same_stem_in_two_folders_gets_distinct_ids() {
    let dir = TempDir::new("ids");
    dir.write("a/story.txt", b"First story text.");
    dir.write("b/story.txt", b"Second story text.");
    let v = json(&wirelens(&["analyze", dir.0.to_str().unwrap(), "--json"]));
    let ids: Vec<&str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["story", "story-2"]);
}

#[test]
fn summary_is_readable() {
    let out = wirelens(&["analyze", seeds_dir().to_str().unwrap()]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("5 articles,"), "{text}");
    assert!(
        text.contains("conflicts: 0 different speakers, 4 spokesperson vs own organisation, 1 same speaker on another channel"),
        "{text}"
    );
    assert!(text.contains("003_81a701cb0d8ed4aa"));
}

#[test]
fn summary_says_where_credited_words_were_carried_without_credit() {
    let out = wirelens(&["analyze", seeds_dir().to_str().unwrap()]);
    let text = stdout(&out);
    let likely: Vec<&str> = text.lines().filter(|l| l.contains("likely from")).collect();
    // 001 credits the Associated Press for the witnesses' account, which 002
    // carries, and AFP for Mujahid's statement, which 002 and 003 carry.
    assert_eq!(likely.len(), 2, "{text}");
    assert!(likely[0].contains("likely from Associated Press"), "{text}");
    assert!(likely[0].contains("eight districts of Panjshir"), "{text}");
    assert!(likely[0]
        .contains("credited in 001_3a15821f95648dd1, without credit in 002_fad698e21613d5de"));
    assert!(likely[1].contains("likely from AFP"), "{text}");
    assert!(likely[1].contains("quagmire"), "{text}");
    assert!(
        likely[1].contains("credited in 001_3a15821f95648dd1, without credit in 002_fad698e21613d5de, 003_81a701cb0d8ed4aa"),
        "{text}"
    );
    assert!(!text.contains("whirlpool"), "{text}");
}
