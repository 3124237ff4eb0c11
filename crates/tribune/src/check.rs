//! `tribune check`: the house rules from the command line, one text or a stream of lines.

use std::io::{BufRead, Write};

use moderation::{Decision, Policy, Verdict};

/// Prints a verdict for a person: the decision, then each rule with its score, the
/// highlighted spans and the reader's message.
pub fn explain(text: &str, verdict: &Verdict) -> String {
    let mut out = format!(
        "{}  (fword {:.2}, abusive {:.3}, obscene {:.3})\n",
        verdict.decision.as_str().to_uppercase(),
        verdict.scores.fword,
        verdict.scores.abusive,
        verdict.scores.obscene
    );
    if verdict.reasons.is_empty() {
        out.push_str("  no rule fired\n");
    }
    for reason in &verdict.reasons {
        let spans: Vec<String> = reason
            .spans
            .iter()
            .map(|[s, e]| format!("{:?} at {s}..{e}", &text[*s..*e]))
            .collect();
        out.push_str(&format!(
            "  {} -> {} (score {:.3}): {}\n    {}\n",
            reason.rule.as_str(),
            reason.decision.as_str(),
            reason.score,
            spans.join(", "),
            reason.message
        ));
    }
    out
}

/// Runs `check`: one text from the arguments, or one text per line of standard input, each
/// judged as a comment's body.
/// Returns whether every text was allowed (the exit status reflects it for scripts).
pub fn run(policy: &Policy, text: Option<String>, json: bool) -> anyhow::Result<bool> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut all_allowed = true;
    let mut judge = |line: &str, out: &mut dyn Write| -> anyhow::Result<()> {
        // Judged as a comment body: Markdown that spells out a word is read as shown.
        let verdict = crate::comments::domain::verdict(policy, None, line);
        all_allowed &= verdict.decision == Decision::Allow;
        if json {
            serde_json::to_writer(&mut *out, &verdict)?;
            writeln!(out)?;
        } else {
            write!(out, "{}", explain(line, &verdict))?;
        }
        Ok(())
    };
    match text {
        Some(text) => judge(&text, &mut out)?,
        None => {
            for line in std::io::stdin().lock().lines() {
                judge(&line?, &mut out)?;
            }
        }
    }
    out.flush()?;
    Ok(all_allowed)
}
