//! `tribune check` and `tribune eval` (#4): the house rules from the command line, with the
//! JSON-lines contract other tools read.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn tribune(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tribune"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tribune");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("tribune output")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_json_judges_each_line_with_byte_spans() {
    let lines = [
        "Thanks for a fair report on the council budget.",
        "What the fück is this council doing?",
        "Who the f*ck wrote this?",
    ];
    let out = tribune(&["check", "--json"], &lines.join("\n"));
    // 3: something was held or refused.
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let verdicts: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    assert_eq!(verdicts.len(), 3);

    assert_eq!(verdicts[0]["decision"], "allow");
    assert_eq!(verdicts[0]["rules"], Value::Array(vec![]));
    for label in ["fword", "abusive", "obscene"] {
        assert!(verdicts[0]["scores"][label].is_number(), "{label}");
    }

    assert_eq!(verdicts[1]["decision"], "refuse");
    let rule = &verdicts[1]["rules"][0];
    assert_eq!(rule["id"], "fword");
    assert!(rule["score"].as_f64().is_some_and(|s| s > 0.9), "{rule}");
    let [start, end] = [&rule["spans"][0][0], &rule["spans"][0][1]]
        .map(|v| v.as_u64().expect("byte offset") as usize);
    assert_eq!(&lines[1][start..end], "fück", "byte offsets into the line");

    // Masked forms are held by the default policy.
    assert_eq!(verdicts[2]["decision"], "hold", "{}", verdicts[2]);
}

#[test]
fn check_explains_one_text_for_people() {
    let out = tribune(&["check", "A calm and careful comment."], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).starts_with("ALLOW"),
        "{}",
        text(&out.stdout)
    );

    let out = tribune(&["check", "what the f.u.c.k"], "");
    assert_eq!(out.status.code(), Some(3));
    let explained = text(&out.stdout);
    assert!(explained.starts_with("REFUSE"), "{explained}");
    assert!(explained.contains("fword -> refuse"), "{explained}");
    assert!(explained.contains("\"f.u.c.k\" at 9..16"), "{explained}");
}

const TEST_TEXTS: &str = "id,comment_text
a1,Thanks for the thorough reporting on the harbour project.
a2,You are a pathetic idiot and a moron.
a3,I disagree with the editorial but it was well argued.
a4,Shut up you stupid worthless loser.
a5,This row was left out of scoring.
";

fn write(dir: &Path, name: &str, contents: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write fixture");
    path.to_string_lossy().into_owned()
}

#[test]
fn eval_joins_jigsaw_test_labels_and_skips_unscored_rows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let texts = write(dir.path(), "test.csv", TEST_TEXTS);
    let labels = write(
        dir.path(),
        "test_labels.csv",
        "id,toxic,severe_toxic,obscene,threat,insult,identity_hate
a1,0,0,0,0,0,0
a2,1,0,0,0,1,0
a3,0,0,0,0,0,0
a4,0,0,0,0,1,0
a5,-1,-1,-1,-1,-1,-1
",
    );
    let out = tribune(&["eval", &texts, "--labels", &labels], "");
    let report = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: String = report
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    // Abusive is any of toxic, severe_toxic, insult, threat, identity_hate; -1 is no label.
    assert!(
        report.contains("abusive n=4 positives=2 ROC AUC 1.0000"),
        "{report}"
    );
    assert!(
        report.contains("obscene n=4 positives=0 ROC AUC n/a"),
        "{report}"
    );
    assert!(report.contains("verdicts/s on one core"), "{report}");
}

#[test]
fn eval_says_what_is_wrong_with_its_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let texts = write(dir.path(), "test.csv", TEST_TEXTS);

    let out = tribune(&["eval", &texts], "");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("no label column"),
        "{}",
        text(&out.stderr)
    );

    let no_id = write(dir.path(), "labels.csv", "toxic\n1\n");
    let out = tribune(&["eval", &texts, "--labels", &no_id], "");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("no id column"),
        "{}",
        text(&out.stderr)
    );

    let missing = dir.path().join("missing.csv");
    let out = tribune(&["eval", &missing.to_string_lossy()], "");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("cannot open"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn r14_eval_reports_a_functional_suite_per_functionality() {
    let dir = tempfile::tempdir().expect("temp dir");
    let suite = write(
        dir.path(),
        "suite.csv",
        "functionality,lang,label,text
swearing,en,1,what the fuck
swearing,en,1,have a nice day
civil,en,0,thanks for the report
civil,ru,0,ну ты и пиздабол
",
    );
    let out = tribune(&["eval", &suite], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: String = text(&out.stdout)
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    // Hateful cases are right when held or refused, the others when allowed.
    for line in [
        "en swearing hateful 50.0% (1 of 2)",
        "en civil non-hateful 100.0% (1 of 1)",
        "ru civil non-hateful 0.0% (0 of 1)",
        "all hateful 50.0% (1 of 2)",
        "all non-hateful 50.0% (1 of 2)",
    ] {
        assert!(report.contains(line), "{line:?} missing from:\n{report}");
    }

    let bad = write(
        dir.path(),
        "bad.csv",
        "functionality,lang,label,text\nswearing,en,yes,hello\n",
    );
    let out = tribune(&["eval", &bad], "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("row 2"), "{}", text(&out.stderr));
}
