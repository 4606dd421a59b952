//! The numbered report of the bundled content: every number computed where
//! the draft has it, and every text knowing where in the YAML it came from.

mod common;
use baocao::content::Files;
use baocao::numbered::{Item, Lead, Paragraph, Text};
use common::*;

fn texts_of_paragraphs<'a>(ps: &'a [Paragraph], out: &mut Vec<&'a Text>) {
    for p in ps {
        out.extend(p.text.iter());
        out.extend(p.clauses.iter());
    }
}

fn texts_of_item<'a>(i: &'a Item, out: &mut Vec<&'a Text>) {
    match &i.lead {
        Lead::Heading(t) | Lead::Numbered(t) => out.push(t),
        Lead::RunIn(t, first) => {
            out.push(t);
            out.extend(first.iter());
        }
        Lead::None => {}
    }
    texts_of_paragraphs(&i.body, out);
    for t in &i.targets {
        out.push(&t.text);
        out.extend(t.lines.iter());
    }
}

#[test]
fn the_bundled_report_is_numbered_as_the_draft() {
    let b = build(&root().join("content")).unwrap_or_else(|d| panic!("{:#?}", d.items));
    let r = &b.report;
    assert_eq!(r.parts.len(), 2);
    assert_eq!(r.parts[0].label, "Phần thứ nhất");
    assert_eq!(r.parts[1].label, "Phần thứ hai");
    let letters: Vec<&str> = r.parts[0]
        .chapters
        .iter()
        .map(|c| c.number.as_str())
        .collect();
    assert_eq!(letters, ["A", "B", "C"]);
    // the main targets, (1)…(24) across the report
    let targets: Vec<usize> = r
        .items()
        .iter()
        .flat_map(|i| i.targets.iter().map(|t| t.number))
        .collect();
    assert_eq!(targets, (1..=24).collect::<Vec<_>>());
    // "1. Chỉ tiêu về kinh tế (10 chỉ tiêu)": the count is the targets'
    let economic = r
        .items()
        .into_iter()
        .find(|i| matches!(&i.lead, Lead::Heading(t) if t.template == "Chỉ tiêu về kinh tế"))
        .expect("the economic targets");
    assert_eq!(economic.count, Some((10, "chỉ tiêu".to_string())));
    assert_eq!(economic.number, "1");
    // the lessons keep the draft's "2." where their position gives II.
    let stated: Vec<(&str, &str)> = r
        .items()
        .iter()
        .filter(|i| i.stated.is_some())
        .map(|i| (i.number.as_str(), i.computed.as_str()))
        .collect();
    assert_eq!(stated, [("2", "II")]);
}

#[test]
fn every_text_knows_its_place_in_the_yaml() {
    let b = build(&root().join("content")).unwrap_or_else(|d| panic!("{:#?}", d.items));
    let mut texts = Vec::new();
    let r = &b.report;
    texts_of_paragraphs(&r.opening, &mut texts);
    texts_of_paragraphs(&r.closing, &mut texts);
    for p in &r.parts {
        texts.push(&p.title);
        texts_of_paragraphs(&p.intro, &mut texts);
        for c in &p.chapters {
            texts.push(&c.title);
            for s in &c.sections {
                texts.push(&s.title);
            }
        }
    }
    for i in r.items() {
        texts_of_item(i, &mut texts);
    }
    assert!(texts.len() > 250, "{} texts", texts.len());
    let files = Files::new();
    for t in texts {
        let span = t.src.resolve(&files).expect("the span resolves");
        let (line, column) = span.line_col().unwrap();
        let file = std::fs::read_to_string(&span.file).unwrap();
        // the value starts there: its first word right at the column
        // (after a quote), or on the next line after a block indicator
        let first = t.template.split_whitespace().next().unwrap_or("");
        let lines: Vec<&str> = file.lines().collect();
        let here: String = lines[line - 1].chars().skip(column - 1).collect();
        let next = lines.get(line).map(|l| l.trim_start()).unwrap_or("");
        let at_start = here.trim_start_matches(['"', '\'']).starts_with(first);
        let block = here.starts_with(['>', '|']) && next.starts_with(first);
        assert!(
            at_start || block,
            "{}:{line}:{column}: `{here}` / `{next}` is not where “{first}” starts",
            span.file.display()
        );
    }
}
