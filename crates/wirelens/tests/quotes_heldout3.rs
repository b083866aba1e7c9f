//! A third held-out set, written by someone who had not read the quote rules
//! (the lead), in styles the other sets use little: a Q&A interview, UK single
//! quote marks, guillemets in English copy, a multi-paragraph quote, a quote
//! with the speaker named in its middle, "according to", a book title and a
//! scare quote that are not speech, and an organisation speaking through "it".
//! First (blind) run, the honest estimate on unseen text: span precision
//! 1.000, recall 0.944 (F1 0.971), speaker accuracy 0.765, mention accuracy
//! 0.765, utterance pairs precision 1.000 / recall 0.500 (the gold groups
//! follow the contract: the parts of a split or multi-paragraph quote are one
//! utterance; the engine groups the multi-paragraph quote and the split with
//! the name in its middle, but not the two splits whose second part follows
//! the attribution's full stop). The other
//! misses, left for a later change to the rules and lexicons:
//! "Councillor" is not a known title (so "Councillor Priya Nair" becomes the
//! canonical name); a «…», said X quote with the comma outside the guillemet
//! gets no speaker; "the official said" resolves to the last named person
//! instead of staying unnamed; an unnamed "The carmaker said it was
//! "disappointed"" is dropped as a scare quote. No rule was changed after it.
//! After the issue-11 rules (written against PolNeAR train): speaker and
//! mention accuracy 0.882; floors raised to 0.85.

mod quotes_common;
use quotes_common::{g, run, score, Floors, Gold};

const ARTICLES: [&str; 5] = [
    "Flood defences held overnight in the river town of Marlow, officials said.

'We were lucky this time,' said Councillor Priya Nair, who chairs the town's emergency committee. 'The barriers were finished only in June.'

The Environment Agency said in a statement that water levels had peaked. It added that residents \"should stay away from the riverbanks until at least Thursday\".

Local shopkeeper Martin Hale was less relieved. 'Every winter we hold our breath,' he told the BBC.
",
    "Q&A: the economist who predicted the slump

Nadia Rahman, chief economist at Halden Bank, spoke to us about rates and rents.

\"Inflation is falling faster than the central bank admits,\" Rahman said in the interview. \"Rates should come down by spring.\"

Asked about housing, she was blunt. \"Rents will keep rising for two more years. There is no quick fix.\"

Her book, \"The Long Squeeze\", is published next month.
",
    "The summit ended without a joint statement, according to two diplomats present.

«We made progress on trade, but not on borders», said the French foreign minister, Claire Dubois, at a news conference in Geneva.

Her German counterpart, Lukas Brandt, struck a similar note. «The door remains open,» he said on Twitter.

According to a senior official, the talks will resume in March. \"Nobody walked out,\" the official said.
",
    "The union has called a strike at three car plants from Monday.

\"Our members have waited two years for a fair offer,\" said Gareth Lloyd, general secretary of the Metalworkers Union.

\"They are tired of promises. They want to see it in their pay packets.

\"If management will not move, the lines will stop,\" he said.

The carmaker said it was \"disappointed\" by the decision and remained open to talks.
",
    "Scientists have warned that the glacier could lose half its mass by 2050.

\"What we are seeing,\" said Professor Elena Sokolova of the Polar Institute, \"is faster than any model predicted.\"

The so-called \"tipping point\" is not a single moment, the team cautioned in its report.

Sokolova's colleague, Dr Ben Okafor, was more hopeful. \"Cutting emissions now still makes a difference,\" he said, adding that \"it is not too late\".
",
];

fn gold() -> Vec<Gold> {
    vec![
        // 0: UK single quotes, an organisation speaking through "It".
        g(
            0,
            "We were lucky",
            "this time,",
            Some("Priya Nair"),
            Some("Priya Nair"),
            "lucky",
        ),
        g(
            0,
            "The barriers were",
            "in June.",
            Some("Priya Nair"),
            Some("Priya Nair"),
            "lucky",
        ),
        g(
            0,
            "should stay away",
            "Thursday",
            Some("Environment Agency"),
            Some("It"),
            "riverbanks",
        ),
        g(
            0,
            "Every winter",
            "our breath,",
            Some("Martin Hale"),
            Some("he"),
            "winter",
        ),
        // 1: interview; the book title is not speech.
        g(
            1,
            "Inflation is falling",
            "admits,",
            Some("Nadia Rahman"),
            Some("Rahman"),
            "inflation",
        ),
        g(
            1,
            "Rates should come down",
            "spring.",
            Some("Nadia Rahman"),
            Some("Rahman"),
            "inflation",
        ),
        g(
            1,
            "Rents will keep rising",
            "no quick fix.",
            Some("Nadia Rahman"),
            Some("she"),
            "rents",
        ),
        // 2: guillemets in English copy; an unnamed official.
        g(
            2,
            "We made progress",
            "not on borders",
            Some("Claire Dubois"),
            Some("Claire Dubois"),
            "progress",
        ),
        g(
            2,
            "The door remains open,",
            "open,",
            Some("Lukas Brandt"),
            Some("he"),
            "door",
        ),
        g(
            2,
            "Nobody walked out,",
            "walked out,",
            None,
            Some("the official"),
            "walkout",
        ),
        // 3: a multi-paragraph quote (no closing mark until the end).
        g(
            3,
            "Our members have waited",
            "fair offer,",
            Some("Gareth Lloyd"),
            Some("Gareth Lloyd"),
            "members",
        ),
        g(
            3,
            "They are tired",
            "pay packets.",
            Some("Gareth Lloyd"),
            Some("Gareth Lloyd"),
            "tired",
        ),
        g(
            3,
            "If management will not move",
            "will stop,",
            Some("Gareth Lloyd"),
            Some("he"),
            "tired",
        ),
        g(
            3,
            "disappointed",
            "disappointed",
            None,
            Some("The carmaker"),
            "disappointed",
        ),
        // 4: speaker named in the middle of a split quote; a scare quote.
        g(
            4,
            "What we are seeing,",
            "seeing,",
            Some("Elena Sokolova"),
            Some("Elena Sokolova"),
            "seeing",
        ),
        g(
            4,
            "is faster than",
            "predicted.",
            Some("Elena Sokolova"),
            Some("Elena Sokolova"),
            "seeing",
        ),
        g(
            4,
            "Cutting emissions now",
            "difference,",
            Some("Ben Okafor"),
            Some("he"),
            "emissions",
        ),
        g(
            4,
            "it is not too late",
            "too late",
            Some("Ben Okafor"),
            Some("he"),
            "late",
        ),
    ]
}

#[test]
fn third_held_out_set_scores() {
    let analysis = run(&ARTICLES);
    let gold = gold();
    let scores = score("heldout3", &ARTICLES, &analysis, &gold);
    println!("heldout3: {scores:?}");
    // Floors just under the first (blind) run: see the note at the top.
    scores.assert_at_least(&Floors {
        precision: 0.95,
        recall: 0.9,
        f1: 0.95,
        speaker: 0.85,
        mention: 0.85,
        utterance_precision: 0.9,
        utterance_recall: 0.5,
    });
}
