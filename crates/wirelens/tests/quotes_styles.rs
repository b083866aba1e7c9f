//! Quote attribution on a second, hand-written set in other styles: US and
//! UK newspaper conventions, wire copy, guillemets and German quotes, an
//! interview with a multi-paragraph quote, pronoun chains, two speakers in one
//! paragraph, organisations, "according to", scare quotes and titles.

mod quotes_common;
use quotes_common::{g, run, score, Floors, Gold};

const ARTICLES: [&str; 12] = [
    // 0: US newspaper, "said X" inverted, two speakers in a paragraph.
    "City council approves budget after long debate

The city council voted 7-2 on Tuesday to approve a $4.2 billion budget, ending weeks of tense negotiations.

\"This budget protects the services our residents rely on,\" said Mayor Linda Okafor, who had pushed for the measure since March. \"It is not perfect, but it is balanced.\"

Council member James Whitfield disagreed. \"We are borrowing against our children's future,\" he said. Okafor countered that the plan \"keeps every library open.\"

Whitfield, a former accountant, said he would keep fighting. \"The numbers do not add up, and everyone in this room knows it,\" he told reporters after the vote.

The Metropolitan Police Union said in a statement that it was \"deeply disappointed\" by cuts to overtime.
",
    // 1: UK newspaper, single quotes, "said:" before the quote.
    "Minister defends rail strike response

The transport secretary, Helen Marsh, has defended the government's handling of the rail dispute, insisting ministers had 'bent over backwards' to reach a deal.

Speaking in the Commons on Wednesday, Ms Marsh said: 'We have made a fair offer. It is now for the unions to put it to their members.'

The RMT general secretary, Mick Lynch, dismissed the claim. 'The offer on the table is a pay cut in real terms,' he said. 'Our members will not accept it.'

Labour accused the government of 'sitting on its hands'. A Labour spokesperson said: 'Passengers are paying the price for this government's failure.'

The Rail Delivery Group, which represents train operators, said it was 'disappointed' and urged both sides to return to talks.
",
    // 2: wire copy, dateline, channels, "according to".
    "Storm leaves thousands without power in coastal towns

PORTLAND, Maine (AP) -- A powerful storm knocked out power to more than 40,000 homes on Sunday, according to the state's largest utility.

\"Crews will work around the clock until every customer is restored,\" Central Maine Power said in a statement posted on Facebook.

Governor Janet Mills declared a state of emergency. \"Stay off the roads unless your trip is absolutely necessary,\" Mills wrote on Twitter.

The National Weather Service warned that winds could reach 70 mph overnight. \"This is a dangerous situation,\" forecaster Tom Briggs told The Associated Press in a telephone interview.

According to Briggs, the storm \"will weaken by Tuesday morning.\"
",
    // 3: European marks: « » and „ “.
    "Fishing talks end without agreement

Ministers left Paris on Friday without a deal on fishing quotas.

The French foreign minister, Claire Dubois, said the talks had failed. « We did everything we could, » she told journalists. « The door remains open. »

Her German counterpart was blunter. „Europe cannot wait forever“, said Klaus Richter, Germany's economy minister. Richter added that Berlin would „not sign a bad deal“.
",
    // 4: interview with a multi-paragraph quote.
    "A conversation with the novelist

Maria Santos has written nine novels in twenty years. Her latest, The Quiet Harbour, is set in a fishing village in northern Portugal.

In an interview at her home in Lisbon, she explained why she keeps returning to the sea.

\u{201c}I grew up watching my father leave every morning before dawn. Some days he came back with nothing.

\u{201c}That uncertainty stayed with me. Every book I write is, in some way, about waiting for someone to come home.

\u{201c}I don\u{2019}t think I will ever stop writing about it.\u{201d}

Santos said her next book would be \u{201c}completely different\u{201d} and set in a city.
",
    // 5: pronoun chains, two speakers.
    "Hospital staff warn of winter pressures

Dr Amina Yusuf, who runs the emergency department at St Mary's Hospital, said the unit had seen record numbers this month.

\"We are treating patients in corridors,\" she said. \"That is not safe, and everyone here knows it.\"

Her colleague, senior nurse Paul Grant, described the mood among staff as \"exhausted but determined\".

\"People are leaving the profession faster than we can train them,\" Grant said. He added: \"Without more staff, this winter will be worse than the last.\"

A spokesman for the health board said it was \"working closely with the hospital\" to ease the pressure.

Yusuf said she had written to the health minister. \"I have asked for an urgent meeting,\" she said.
",
    // 6: organisations as speakers, acronyms, "the group", "the company".
    "Climate group sues energy giant

The Green Future Alliance said on Thursday it had filed a lawsuit against Northwind Energy Corp, accusing the company of misleading investors about its emissions.

\u{201c}Northwind has told shareholders one thing and the public another,\u{201d} the group said in a statement. \u{201c}The courts must hold it to account.\u{201d}

Northwind Energy rejected the accusations. \u{201c}These claims are without merit and we will defend ourselves vigorously,\u{201d} the company said.

The International Energy Agency (IEA) said in a report last month that emissions from the sector had \u{201c}barely moved\u{201d} since 2015. The IEA added that companies would need to \u{201c}double their efforts\u{201d} to meet targets.
",
    // 7: two speakers in one paragraph, compound sentence.
    "Union and employer trade blame as talks collapse

Talks between the Transport Workers Union and Metro Rail broke down on Monday evening. Union leader Sarah Kim said: \"We came with a reasonable offer and they walked out.\" Metro Rail chief executive David Osei said the union's demands were \"simply unaffordable\" and called the strike \"reckless\".

Both sides said they were willing to meet again. The union said it would announce further strike dates \"within the week\", while Metro Rail said it was \"ready to talk at any time\".
",
    // 8: sport, split quote, nested single quotes, scare quote in a headline.
    "Team captain hails 'miracle' comeback

\"I told the lads at half-time, 'Believe in yourselves,'\" said captain Joe Marsh, \"and they went out and did exactly that.\"

The coach, Elena Petrova, was more cautious. \"We were lucky in the first half,\" she admitted. \"We cannot defend like that against the top sides.\"

Asked about his own goal, Marsh laughed: \"Let's just say I'm glad it was the winner.\"
",
    // 9: scare quotes and titles in quote marks, which are not quotes.
    "Review: a 'bold' staging of Hamlet

The company's new production, which critics have called \"bold\", opens at the Globe on Friday.

The so-called \"immersive\" staging puts the audience on the stage itself. Director Ana Lopes said the idea came from watching children play. \"They never sit still, so why should an audience?\" she said.

The theatre's artistic director, Tom Reyes, called the production \"the most ambitious thing we have done.\"

The run of \"Hamlet\" ends in June.
",
    // 10 and 11: one statement in two outlets, put in two mouths.
    "Rebels claim capture of border town

The Northern Liberation Front said on Saturday that its fighters had taken control of Kessa, a town on the border.

\"Kessa is free and our forces are in full control of the town,\" the NLF said in a video posted online.

Government spokesman Omar Haddad denied the claim. \"Our troops remain in Kessa and the situation is calm,\" he told a news conference in the capital.
",
    "Fighting reported near Kessa

Rebel fighters claimed on Saturday to control Kessa. \"Our forces fully control the town of Kessa, which is now free,\" rebel commander Yusuf Adan said in a video.

But Omar Haddad, the government's spokesman, said the army \"remains in Kessa\" and that the situation was \"calm\".
",
];

fn gold() -> Vec<Gold> {
    let okafor = Some("Linda Okafor");
    let whitfield = Some("James Whitfield");
    let marsh = Some("Helen Marsh");
    let lynch = Some("Mick Lynch");
    let dubois = Some("Claire Dubois");
    let richter = Some("Klaus Richter");
    let santos = Some("Maria Santos");
    let yusuf = Some("Amina Yusuf");
    let grant = Some("Paul Grant");
    let alliance = Some("Green Future Alliance");
    let iea = Some("International Energy Agency");
    let osei = Some("David Osei");
    let joe = Some("Joe Marsh");
    let petrova = Some("Elena Petrova");
    let haddad = Some("Omar Haddad");
    vec![
        g(
            0,
            "This budget protects",
            "rely on,",
            okafor,
            "Linda Okafor",
            "budget",
        ),
        g(
            0,
            "It is not perfect",
            "it is balanced.",
            okafor,
            "Linda Okafor",
            "budget-2",
        ),
        g(
            0,
            "We are borrowing",
            "children's future,",
            whitfield,
            "he",
            "borrowing",
        ),
        g(
            0,
            "keeps every library open.",
            "keeps every library open.",
            okafor,
            "Okafor",
            "library",
        ),
        g(
            0,
            "The numbers do not add up",
            "knows it,",
            whitfield,
            "he",
            "numbers",
        ),
        g(
            0,
            "deeply disappointed",
            "deeply disappointed",
            Some("Metropolitan Police Union"),
            "Metropolitan Police Union",
            "police",
        ),
        g(
            1,
            "bent over backwards",
            "bent over backwards",
            marsh,
            "Helen Marsh",
            "backwards",
        ),
        g(
            1,
            "We have made a fair offer.",
            "to their members.",
            marsh,
            "Marsh",
            "offer",
        ),
        g(
            1,
            "The offer on the table",
            "in real terms,",
            lynch,
            "he",
            "pay-cut",
        ),
        g(
            1,
            "Our members will not accept it.",
            "accept it.",
            lynch,
            "he",
            "accept",
        ),
        g(
            1,
            "sitting on its hands",
            "sitting on its hands",
            Some("Labour"),
            "Labour",
            "hands",
        ),
        g(
            1,
            "Passengers are paying",
            "government's failure.",
            Some("Labour"),
            "A Labour spokesperson",
            "passengers",
        ),
        g(
            1,
            "disappointed",
            "disappointed",
            Some("Rail Delivery Group"),
            "Rail Delivery Group",
            "rdg",
        ),
        g(
            2,
            "Crews will work",
            "is restored,",
            Some("Central Maine Power"),
            "Central Maine Power",
            "crews",
        ),
        g(
            2,
            "Stay off the roads",
            "absolutely necessary,",
            Some("Janet Mills"),
            "Mills",
            "roads",
        ),
        g(
            2,
            "This is a dangerous situation,",
            "dangerous situation,",
            Some("Tom Briggs"),
            "Tom Briggs",
            "dangerous",
        ),
        g(
            2,
            "will weaken by Tuesday",
            "Tuesday morning.",
            Some("Tom Briggs"),
            "Briggs",
            "weaken",
        ),
        g(
            3,
            "We did everything we could,",
            "we could,",
            dubois,
            "she",
            "everything",
        ),
        g(
            3,
            "The door remains open.",
            "remains open.",
            dubois,
            "she",
            "door",
        ),
        g(
            3,
            "Europe cannot wait forever",
            "wait forever",
            richter,
            "Klaus Richter",
            "europe",
        ),
        g(
            3,
            "not sign a bad deal",
            "not sign a bad deal",
            richter,
            "Richter",
            "bad-deal",
        ),
        g(
            4,
            "I grew up watching",
            "back with nothing.",
            santos,
            "she",
            "harbour",
        ),
        g(
            4,
            "That uncertainty stayed",
            "come home.",
            santos,
            "she",
            "harbour",
        ),
        g(
            4,
            "I don\u{2019}t think",
            "writing about it.",
            santos,
            "she",
            "harbour",
        ),
        g(
            4,
            "completely different",
            "completely different",
            santos,
            "Santos",
            "different",
        ),
        g(
            5,
            "We are treating patients",
            "in corridors,",
            yusuf,
            "she",
            "corridors",
        ),
        g(5, "That is not safe", "knows it.", yusuf, "she", "not-safe"),
        g(
            5,
            "exhausted but determined",
            "exhausted but determined",
            grant,
            "Paul Grant",
            "exhausted",
        ),
        g(
            5,
            "People are leaving",
            "train them,",
            grant,
            "Grant",
            "leaving",
        ),
        g(
            5,
            "Without more staff",
            "than the last.",
            grant,
            "He",
            "without",
        ),
        Gold {
            doc: 5,
            starts: "working closely",
            ends: "with the hospital",
            speaker: None,
            mention: Some("A spokesman"),
            group: "closely",
        },
        g(
            5,
            "I have asked",
            "urgent meeting,",
            yusuf,
            "she",
            "meeting",
        ),
        g(
            6,
            "Northwind has told",
            "the public another,",
            alliance,
            "the group",
            "northwind",
        ),
        g(
            6,
            "The courts must",
            "to account.",
            alliance,
            "the group",
            "courts",
        ),
        g(
            6,
            "These claims are without merit",
            "vigorously,",
            Some("Northwind Energy Corp"),
            "the company",
            "merit",
        ),
        g(
            6,
            "barely moved",
            "barely moved",
            iea,
            "International Energy Agency",
            "barely",
        ),
        g(
            6,
            "double their efforts",
            "double their efforts",
            iea,
            "IEA",
            "double",
        ),
        g(
            7,
            "We came with a reasonable offer",
            "walked out.",
            Some("Sarah Kim"),
            "Sarah Kim",
            "walked",
        ),
        g(
            7,
            "simply unaffordable",
            "simply unaffordable",
            osei,
            "David Osei",
            "unaffordable",
        ),
        g(7, "reckless", "reckless", osei, "David Osei", "reckless"),
        g(
            7,
            "within the week",
            "within the week",
            Some("Transport Workers Union"),
            "The union",
            "week",
        ),
        g(
            7,
            "ready to talk",
            "at any time",
            Some("Metro Rail"),
            "Metro Rail",
            "ready",
        ),
        g(
            8,
            "I told the lads",
            "yourselves,'",
            joe,
            "Joe Marsh",
            "lads",
        ),
        g(
            8,
            "and they went out",
            "exactly that.",
            joe,
            "Joe Marsh",
            "lads",
        ),
        g(8, "We were lucky", "first half,", petrova, "she", "lucky"),
        g(
            8,
            "We cannot defend",
            "top sides.",
            petrova,
            "she",
            "defend",
        ),
        g(8, "Let's just say", "the winner.", joe, "Marsh", "winner"),
        g(
            9,
            "They never sit still",
            "an audience?",
            Some("Ana Lopes"),
            "she",
            "still",
        ),
        g(
            9,
            "the most ambitious thing",
            "we have done.",
            Some("Tom Reyes"),
            "Tom Reyes",
            "ambitious",
        ),
        g(
            10,
            "Kessa is free",
            "control of the town,",
            Some("Northern Liberation Front"),
            "NLF",
            "kessa-free",
        ),
        g(
            10,
            "Our troops remain in Kessa",
            "situation is calm,",
            haddad,
            "he",
            "calm",
        ),
        g(
            11,
            "Our forces fully control",
            "is now free,",
            Some("Yusuf Adan"),
            "Yusuf Adan",
            "kessa-free",
        ),
        g(
            11,
            "remains in Kessa",
            "remains in Kessa",
            haddad,
            "Omar Haddad",
            "calm",
        ),
        g(11, "calm", "calm", haddad, "Omar Haddad", "calm"),
    ]
}

#[test]
fn styles_quotes_meet_targets() {
    let analysis = run(&ARTICLES);
    let scores = score("styles", &ARTICLES, &analysis, &gold());
    assert!(scores.gold >= 40);
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

#[test]
fn one_statement_in_two_mouths_is_a_conflict() {
    let analysis = run(&ARTICLES);
    let nlf = analysis
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Kessa is free"))
        .expect("NLF quote");
    let adan = analysis
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Our forces fully"))
        .expect("Adan quote");
    assert_eq!(nlf.utterance, adan.utterance);
    assert!(analysis.utterances[nlf.utterance].conflict);
    assert_eq!(nlf.channel.as_deref(), Some("video"));
}

#[test]
fn multi_paragraph_quote_is_one_utterance_in_pieces() {
    let analysis = run(&ARTICLES);
    let pieces: Vec<_> = analysis
        .quotes
        .iter()
        .filter(|q| q.doc == "004")
        .take(3)
        .collect();
    assert_eq!(pieces.len(), 3);
    assert!(pieces.iter().all(|q| q.utterance == pieces[0].utterance));
    assert!(pieces
        .iter()
        .all(|q| q.speaker.as_deref() == Some("Maria Santos")));
}

#[test]
fn channels_are_reported() {
    let analysis = run(&ARTICLES);
    let channel = |start: &str| {
        analysis
            .quotes
            .iter()
            .find(|q| q.text.starts_with(start))
            .and_then(|q| q.channel.clone())
    };
    assert_eq!(channel("Stay off the roads").as_deref(), Some("Twitter"));
    assert_eq!(channel("Crews will work").as_deref(), Some("statement"));
    assert_eq!(
        channel("Our troops remain").as_deref(),
        Some("news conference")
    );
    assert_eq!(channel("This is a dangerous").as_deref(), Some("interview"));
}
