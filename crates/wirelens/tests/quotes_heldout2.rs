//! A second held-out set, written after every rule was settled. First
//! (blind) run: span precision 1.000, recall 0.867 (F1 0.929), speaker
//! accuracy 0.923, mention accuracy 1.000. The failures led to three general
//! changes: a name follows the last title of a capitalised run ("State
//! Attorney General Ken Paxley"); a subject right before its cue keeps a short
//! quote even when it names nobody known ("The agriculture ministry said …");
//! more organisation head words in `data/org_heads.txt` ("Lumen Labs"). Since
//! then the set is no longer blind.

mod quotes_common;
use quotes_common::{g, run, score, Floors, Gold};

const ARTICLES: [&str; 5] = [
    "A federal judge on Friday blocked the state's new voting law from taking effect.

In a 40-page ruling, Judge Maria Alvarez wrote that the law placed \"an undue burden on the right to vote.\" She ordered the state to keep the old rules in place until a full trial.

State Attorney General Ken Paxley said he would appeal. \"This ruling ignores the will of the voters,\" Paxley said in a statement.

Voting rights groups welcomed the decision. \"Today is a victory for every eligible voter,\" said Dana Whitmore, director of the Fair Ballot Project.
",
    "Researchers say they have found water ice in craters near the Moon's south pole.

\u{201c}The signal is unmistakable,\u{201d} said lead author Dr Kenji Watanabe of Kyoto University. \u{201c}There is far more ice than we expected.\u{201d}

Not everyone is convinced. Sarah Oduya, a planetary scientist who was not involved in the study, called the results \u{201c}intriguing but preliminary\u{201d}.

The space agency said in a statement that it would send a rover to the region in 2027.
",
    "Liverpool manager Arne Slot praised his side's resilience after a 2-1 win at Brentford.

\"We didn't play our best football, but the lads kept going,\" Slot told reporters. \"That is what champions do.\"

Brentford boss Keith Andrews was frustrated by the late penalty. \"I have watched it ten times and I still don't think it's a foul,\" he said.
",
    "The company behind the popular Lumen app has apologised after a data leak exposed the email addresses of two million users.

In a blog post, Lumen Labs said it had \"fixed the vulnerability\" and notified regulators. \"We are deeply sorry,\" the company wrote.

Privacy campaigner Tom Ashby said the apology came too late. \"Users were left in the dark for weeks,\" he said.
",
    "Farmers in the region are bracing for a second year of drought.

\"We have not had proper rain since March,\" said Joao Pereira, who grows olives near Evora. His neighbour, Ana Costa, said she had already sold half her herd. \"I had no choice,\" she said.

The agriculture ministry said it would release emergency funds \"in the coming weeks\".
",
];

fn gold() -> Vec<Gold> {
    vec![
        g(
            0,
            "an undue burden",
            "right to vote.",
            "Maria Alvarez",
            "Maria Alvarez",
            "burden",
        ),
        g(
            0,
            "This ruling ignores",
            "the voters,",
            "Ken Paxley",
            "Paxley",
            "ruling",
        ),
        g(
            0,
            "Today is a victory",
            "eligible voter,",
            "Dana Whitmore",
            "Dana Whitmore",
            "victory",
        ),
        g(
            1,
            "The signal is unmistakable,",
            "unmistakable,",
            "Kenji Watanabe",
            "Kenji Watanabe",
            "signal",
        ),
        g(
            1,
            "There is far more ice",
            "we expected.",
            "Kenji Watanabe",
            "Kenji Watanabe",
            "ice",
        ),
        g(
            1,
            "intriguing but preliminary",
            "intriguing but preliminary",
            "Sarah Oduya",
            "Sarah Oduya",
            "intriguing",
        ),
        g(
            2,
            "We didn't play",
            "kept going,",
            "Arne Slot",
            "Slot",
            "football",
        ),
        g(
            2,
            "That is what champions do.",
            "champions do.",
            "Arne Slot",
            "Slot",
            "champions",
        ),
        g(
            2,
            "I have watched it ten times",
            "a foul,",
            "Keith Andrews",
            "he",
            "foul",
        ),
        g(
            3,
            "fixed the vulnerability",
            "fixed the vulnerability",
            "Lumen Labs",
            "Lumen Labs",
            "fixed",
        ),
        g(
            3,
            "We are deeply sorry,",
            "deeply sorry,",
            "Lumen Labs",
            "the company",
            "sorry",
        ),
        g(
            3,
            "Users were left in the dark",
            "for weeks,",
            "Tom Ashby",
            "he",
            "dark",
        ),
        g(
            4,
            "We have not had proper rain",
            "since March,",
            "Joao Pereira",
            "Joao Pereira",
            "rain",
        ),
        g(
            4,
            "I had no choice,",
            "no choice,",
            "Ana Costa",
            "she",
            "choice",
        ),
        Gold {
            doc: 4,
            starts: "in the coming weeks",
            ends: "in the coming weeks",
            speaker: None,
            mention: Some("The agriculture ministry"),
            group: "weeks",
        },
    ]
}

#[test]
fn second_heldout_set_meets_targets() {
    let analysis = run(&ARTICLES);
    let scores = score("heldout2", &ARTICLES, &analysis, &gold());
    scores.assert_at_least(&Floors {
        precision: 0.95,
        recall: 0.95,
        f1: 0.95,
        speaker: 0.95,
        mention: 0.85,
        utterance_precision: 0.9,
        utterance_recall: 0.8,
    });
}
