//! Kinds of shared passages and stock phrases, on invented articles: a formula
//! of news English shared by unrelated articles is no passage; a statement
//! quoted by both is a `quote`; outlet furniture is `boilerplate`; copied
//! reporting is a `copy`, and only copies lower the original share.

use wirelens::reuse::{find_passages, original_shares, FoundPassage};
use wirelens::{analyze, Document, PassageKind};

fn between(found: &[FoundPassage], a: usize, b: usize) -> Vec<&FoundPassage> {
    found
        .iter()
        .filter(|p| p.a_doc == a && p.b_doc == b)
        .collect()
}

#[test]
fn stock_phrases_shared_by_unrelated_articles_are_not_passages() {
    let a = "The city council approved a new budget for the harbour on Tuesday. The mayor's office did not immediately respond to a request for comment on the vote. The survey of 800 residents has a margin of error of plus or minus three percentage points.";
    let b = "A fire destroyed two warehouses near the rail yard overnight. The owner of the buildings did not immediately respond to a request for comment about the damage. The poll of likely voters has a margin of error of plus or minus three percentage points.";
    let found = find_passages(&[a, b]);
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(original_shares(&[a, b], &found), vec![1.0, 1.0]);
}

#[test]
fn a_running_label_of_names_and_titles_is_not_a_copy() {
    let a = "Voters in the north heard from Republican presidential candidates Senator Anna Keller and Governor Tom Brandt at a rally about farm prices.";
    let b = "Neither of the Republican presidential candidates Senator Anna Keller and Governor Tom Brandt has said how the new tariffs would be paid for.";
    assert!(find_passages(&[a, b]).is_empty());
}

#[test]
fn a_statement_quoted_by_both_articles_is_a_quote_and_keeps_the_original_share() {
    let a = "The minister spoke after the vote. “We will not raise taxes on working families this year or next,” she told the chamber, before leaving for the airport.";
    let b = "Opposition leaders were unconvinced. \"We will not raise taxes on working families this year or next,\" the minister said in a speech that drew jeers from the back benches.";
    let found = find_passages(&[a, b]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, PassageKind::Quote);
    assert_eq!(original_shares(&[a, b], &found), vec![1.0, 1.0]);
}

#[test]
fn outlet_furniture_is_boilerplate() {
    let note = "Editor’s note: This story was corrected to say that the bridge closes at night, not for the whole week. Follow us on Twitter for updates.";
    let a = format!(
        "The river bridge will close for repairs from Monday, the transport office said.\n{note}"
    );
    let b = format!("Farmers say the dry spring has cut the barley harvest by a third.\n{note}");
    let found = find_passages(&[&a, &b]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, PassageKind::Boilerplate);
    assert_eq!(original_shares(&[&a, &b], &found), vec![1.0, 1.0]);
}

#[test]
fn copied_reporting_is_a_copy_and_lowers_the_original_share() {
    let wire = "Floodwater breached the old levee south of Marlow before dawn, forcing some 2,000 residents to leave their homes as crews piled sandbags along the ring road.";
    let a = format!("{wire}\nOur reporter saw families waiting at the school gym.");
    let b = format!("Local officials asked for help from the army.\n{wire}");
    let found = find_passages(&[&a, &b]);
    let pair = between(&found, 0, 1);
    assert_eq!(pair.len(), 1, "{found:?}");
    assert_eq!(pair[0].kind, PassageKind::Copy);
    let shares = original_shares(&[&a, &b], &found);
    assert!(shares[0] < 0.5 && shares[1] < 0.5, "{shares:?}");
}

#[test]
fn the_json_contract_names_each_kind() {
    let quote = "“We will not raise taxes on working families this year or next,” she said.";
    let docs = vec![
        Document::new("a", format!("The minister spoke.\n{quote}")),
        Document::new("b", format!("Critics doubted her.\n{quote}")),
    ];
    let analysis = analyze(&docs);
    let json: serde_json::Value = serde_json::from_str(&analysis.to_json()).unwrap();
    let kinds: Vec<&str> = json["passages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["quote"]);
    assert!(analysis.to_tsv().ends_with("\tquote\n"));
}
