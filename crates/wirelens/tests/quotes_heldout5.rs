//! A fifth held-out set, written for the second round of issue 11 before
//! any rule of that round was changed: a cycling stage, a copper miner's
//! output cut in Chile, a volcano watch in Iceland, a rail strike in
//! Germany, a rugby team selection in New Zealand and a coral survey in
//! Australia. Six invented articles, 40 hand-annotated quotes. It tries the
//! kinds left over from the first round: pronouns with two people in play,
//! a speaker named in the sentence before, a quote in a sentence that opens
//! with "Although", "-based" adjectives before a name, organisations and a
//! survey's report as speakers, two people sharing a surname, short quotes
//! with a clear speaker, and titles, nicknames and a word in single quotes
//! inside a quote that are not speech.
//!
//! First (blind) run, before any rule of the second round was changed: span
//! precision 0.976, recall 1.000 (F1 0.988: the nickname "The Conductor"
//! reported as a quote), speaker accuracy 0.750 (30 of 40), mention
//! accuracy 0.850, utterance pairs precision 1.000 / recall 0.111 (a quote
//! and its continuation after the attribution's full stop are not grouped,
//! as in held-out sets 3 and 4). The ten wrong speakers: "Kranjc" not
//! joined to "the Slovenian Matej Kranjc" (twice); a quote in an
//! "Although Rojas was …, she said" sentence given to Rojas (twice); a
//! university taken for the professor before it ("Prof. Páll Einarsson of
//! the University of Iceland"); the company named in the sentence before
//! taken for "said the railway's personnel director, Martin Seidel";
//! "Iceland Meteorological Office" for "Iceland's Meteorological Office";
//! "said the survey's lead author, Dr. Emma Whitford" given no speaker; "The
//! report" and "Economists at the Kiel Institute" given no speaker.
//!
//! After the second round's rules (written against PolNeAR train, not this
//! set): unchanged, span F1 0.988, speaker accuracy 0.750, mention accuracy
//! 0.850. None of the round's rules (a capitalised cue word inside a name,
//! "who" as the mention of a relative clause, a name after a long role,
//! unnamed sources, outlets after "the") meets a case of this set; the ten
//! errors above remain.
//!
//! From the sixth round this set is a tuning set (its errors were read and
//! sorted into kinds); held-out set 6 is the blind one. After the sixth
//! round: speaker 0.875 (35 of 40), mention 0.925 ("Prof. Páll Einarsson
//! of the University of Iceland said" now right: an organisation after "of
//! the" is no subject next to the cue).

mod quotes_common;
use quotes_common::{g, run, score, Floors, Gold};

const ARTICLES: [&str; 6] = [
    "Vos wins bunched sprint in N\u{ee}mes

N\u{ce}MES, France \u{2014} Dutch rider Joris Vos won the 12th stage of the Tour de France on Thursday in a bunched sprint, while the Slovenian Matej Kranjc kept the yellow jersey.

\"I had the legs today, and the team put me in the perfect spot,\" Vos said after the finish. \"Two hundred metres out I knew nobody would come past.\"

Kranjc, who finished safely in the main group, said the stage had been \"nervous\" because of the crosswinds. Asked about Saturday's mountain stage, he smiled. \"That is where the Tour starts for me.\"

His rival, the Colombian climber Andr\u{e9}s Felipe Rojas, was less relaxed. Rojas lost 40 seconds when the peloton split and blamed his team. \"We were asleep at the front. It cannot happen again,\" he said.

Team director H\u{e9}l\u{e8}ne Marchand defended her riders. Although Rojas was \"angry, and he has a right to be\", she said, the split \"was nobody's fault\".
",
    "Andes Copper to cut output as prices slump

SANTIAGO \u{2014} Andes Copper, the world's third-largest copper miner, said on Monday it would cut production at two mines by a fifth after prices fell to a four-year low.

\u{201c}We will not sell copper at a loss,\u{201d} chief executive Rodrigo Ib\u{e1}\u{f1}ez told analysts on a conference call. \u{201c}The cuts are painful, but they protect the company.\u{201d}

The Santiago-based company said about 1,200 contract jobs would go. The miners' union, Sindicato Unido, called the decision \u{201c}a betrayal\u{201d} and said it would strike next month.

Mining minister Carolina Pe\u{f1}a said she was \u{201c}surprised and disappointed\u{201d}. \u{201c}We expect companies that mine our resources to talk to us first,\u{201d} she said.

A London-based analyst at Berenberg, Tom Whitlock, said the market had expected the move. \u{201c}Everyone else is cutting. Andes Copper held out longer than most,\u{201d} he said in a note to clients. The bank's report, titled \u{201c}Copper's Long Winter\u{201d}, forecast prices would stay low until 2027.
",
    "Scientists warn of new eruption on Reykjanes peninsula

REYKJAVIK \u{2014} Magma is building up again beneath the Reykjanes peninsula, and a new eruption could start \"within weeks\", Iceland's Meteorological Office said on Tuesday.

The town of Grindav\u{ed}k, evacuated twice last year, may have to be cleared again. \"We are watching the data every hour,\" said Krist\u{ed}n J\u{f3}nsd\u{f3}ttir, who heads the office's volcano monitoring team. \"The ground has risen four centimetres since March.\"

Not everyone agrees on the timing. Prof. P\u{e1}ll Einarsson of the University of Iceland said the uplift was \"slower than before the last eruption\" and that residents should not panic. J\u{f3}nsd\u{f3}ttir said she respected his view. \"He may be right. But we would rather warn too early than too late,\" she said.

The volcanic activity has inspired a documentary, \"Fire Under the Town\", which opens in Reykjavik cinemas next week. Its director, Sigr\u{fa}n Helgad\u{f3}ttir, said the residents she filmed were \"tired, but stubborn\".
",
    "Rail strike halts trains for third day

BERLIN \u{2014} Most long-distance trains in Germany stood still for a third day on Friday as train drivers extended their strike over pay and working hours.

The drivers' union VTF said the strike would go on until Monday. \"The company has had months to make a serious offer,\" union leader Klaus Wegener told reporters in Frankfurt. \"It chose to wait us out.\"

The rail operator Nordbahn called the strike \"irresponsible\" and said it had offered a 10% pay rise. \"We have made the best offer in our history,\" said the railway's personnel director, Martin Seidel. He accused the union of \"holding the country hostage\".

Transport Minister Volker Brandt urged both sides to return to talks. Commuters were less patient. \"I have been late for work three days running,\" said Anja Kr\u{fc}ger, a nurse waiting at Berlin's main station. \"My boss is not happy, and neither am I.\"

Economists at the Kiel Institute put the cost of the strike at \"up to 100 million euros a day\".
",
    "All Blacks name uncapped fly-half for Twickenham test

WELLINGTON \u{2014} New Zealand coach Scott Rennie named the uncapped Aidan Tane-Walker at fly-half on Thursday for next week's test against England, leaving out the veteran Beauden Mills.

\"Aidan has earned this. He has been the best ten in Super Rugby all season,\" Rennie said. \"Beauden understands. He is still a big part of this group.\"

Mills, known to fans as \"The Conductor\", posted on Instagram that he was \"gutted but proud of the young fella\".

England coach Mark Hollis said New Zealand's choice was \"no surprise at all\". \"They have picked on form, and we will do the same,\" Hollis told the BBC. He names his own side on Friday.

His father, Hemi Tane-Walker, a former M\u{101}ori All Black, said the family was \"over the moon\". \"When he was five he told me he would play for the All Blacks,\" he said. \"I laughed. I am not laughing now.\"
",
    "Ocean heatwave bleached half of reef, survey finds

PERTH \u{2014} Nearly half of the corals on Ningaloo Reef were bleached during this year's marine heatwave, according to a survey by the Australian Institute of Marine Science published on Wednesday.

\u{201c}This is the worst event we have recorded on Ningaloo,\u{201d} said the survey's lead author, Dr. Emma Whitford. She said some reefs could recover \u{201c}if the water cools quickly\u{201d}, but warned that others had already died.

The report said the heatwave was \u{201c}made far more likely by climate change\u{201d}.

Fishing charter operator Dale Prentice said bookings had fallen by a third. \u{201c}People see the word 'bleaching' and cancel,\u{201d} he said. \u{201c}Most of the reef is still beautiful.\u{201d}
",
];

fn gold() -> Vec<Gold> {
    vec![
        // 0: cycling; a speaker in the sentence before; "Although".
        g(
            0,
            "I had the legs",
            "perfect spot,",
            "Joris Vos",
            "Vos",
            "legs",
        ),
        g(
            0,
            "Two hundred metres",
            "come past.",
            "Joris Vos",
            "Vos",
            "legs",
        ),
        g(0, "nervous", "nervous", "Matej Kranjc", "Kranjc", "nervous"),
        g(0, "That is where", "for me.", "Matej Kranjc", "he", "tour"),
        g(
            0,
            "We were asleep",
            "happen again,",
            "Andr\u{e9}s Felipe Rojas",
            "he",
            "asleep",
        ),
        g(
            0,
            "angry, and he",
            "right to be",
            "H\u{e9}l\u{e8}ne Marchand",
            "she",
            "angry",
        ),
        g(
            0,
            "was nobody's",
            "fault",
            "H\u{e9}l\u{e8}ne Marchand",
            "she",
            "angry",
        ),
        // 1: mining; "-based"; a union; a report title is no quote.
        g(
            1,
            "We will not sell",
            "at a loss,",
            "Rodrigo Ib\u{e1}\u{f1}ez",
            "Rodrigo Ib\u{e1}\u{f1}ez",
            "loss",
        ),
        g(
            1,
            "The cuts are painful",
            "the company.",
            "Rodrigo Ib\u{e1}\u{f1}ez",
            "Rodrigo Ib\u{e1}\u{f1}ez",
            "loss",
        ),
        g(
            1,
            "a betrayal",
            "a betrayal",
            "Sindicato Unido",
            "Sindicato Unido",
            "betrayal",
        ),
        g(
            1,
            "surprised and",
            "disappointed",
            "Carolina Pe\u{f1}a",
            "Carolina Pe\u{f1}a",
            "surprised",
        ),
        g(
            1,
            "We expect companies",
            "to us first,",
            "Carolina Pe\u{f1}a",
            "she",
            "expect",
        ),
        g(
            1,
            "Everyone else",
            "longer than most,",
            "Tom Whitlock",
            "he",
            "everyone",
        ),
        // 2: volcano; an agency; two people in play; a film title.
        g(
            2,
            "within weeks",
            "within weeks",
            "Meteorological Office",
            "Meteorological Office",
            "weeks",
        ),
        g(
            2,
            "We are watching",
            "every hour,",
            "Krist\u{ed}n J\u{f3}nsd\u{f3}ttir",
            "Krist\u{ed}n J\u{f3}nsd\u{f3}ttir",
            "watching",
        ),
        g(
            2,
            "The ground has risen",
            "since March.",
            "Krist\u{ed}n J\u{f3}nsd\u{f3}ttir",
            "Krist\u{ed}n J\u{f3}nsd\u{f3}ttir",
            "watching",
        ),
        g(
            2,
            "slower than before",
            "last eruption",
            "P\u{e1}ll Einarsson",
            "P\u{e1}ll Einarsson",
            "slower",
        ),
        g(
            2,
            "He may be right",
            "than too late,",
            "Krist\u{ed}n J\u{f3}nsd\u{f3}ttir",
            "she",
            "right",
        ),
        g(
            2,
            "tired, but",
            "stubborn",
            "Sigr\u{fa}n Helgad\u{f3}ttir",
            "Sigr\u{fa}n Helgad\u{f3}ttir",
            "tired",
        ),
        // 3: rail strike; a union leader, a company, a pronoun, a research institute.
        g(
            3,
            "The company has had",
            "serious offer,",
            "Klaus Wegener",
            "Klaus Wegener",
            "months",
        ),
        g(
            3,
            "It chose to wait",
            "us out.",
            "Klaus Wegener",
            "Klaus Wegener",
            "months",
        ),
        g(
            3,
            "irresponsible",
            "irresponsible",
            "Nordbahn",
            "Nordbahn",
            "irresponsible",
        ),
        g(
            3,
            "We have made the best",
            "our history,",
            "Martin Seidel",
            "Martin Seidel",
            "best",
        ),
        g(
            3,
            "holding the country",
            "hostage",
            "Martin Seidel",
            "He",
            "hostage",
        ),
        g(
            3,
            "I have been late",
            "days running,",
            "Anja Kr\u{fc}ger",
            "Anja Kr\u{fc}ger",
            "late",
        ),
        g(
            3,
            "My boss is not",
            "neither am I.",
            "Anja Kr\u{fc}ger",
            "Anja Kr\u{fc}ger",
            "late",
        ),
        g(
            3,
            "up to 100 million",
            "a day",
            "Kiel Institute",
            "Kiel Institute",
            "cost",
        ),
        // 4: rugby; a nickname is no quote; two people share a surname.
        g(
            4,
            "Aidan has earned",
            "all season,",
            "Scott Rennie",
            "Rennie",
            "earned",
        ),
        g(
            4,
            "Beauden understands",
            "of this group.",
            "Scott Rennie",
            "Rennie",
            "earned",
        ),
        g(
            4,
            "gutted but proud",
            "young fella",
            "Beauden Mills",
            "Mills",
            "gutted",
        ),
        g(
            4,
            "no surprise",
            "at all",
            "Mark Hollis",
            "Mark Hollis",
            "surprise",
        ),
        g(
            4,
            "They have picked",
            "do the same,",
            "Mark Hollis",
            "Hollis",
            "form",
        ),
        g(
            4,
            "over the moon",
            "over the moon",
            "Hemi Tane-Walker",
            "Hemi Tane-Walker",
            "moon",
        ),
        g(
            4,
            "When he was five",
            "All Blacks,",
            "Hemi Tane-Walker",
            "he",
            "five",
        ),
        g(
            4,
            "I laughed",
            "laughing now.",
            "Hemi Tane-Walker",
            "he",
            "five",
        ),
        // 5: coral survey; a title before the name; "the report"; single quotes inside.
        g(
            5,
            "This is the worst",
            "on Ningaloo,",
            "Emma Whitford",
            "Emma Whitford",
            "worst",
        ),
        g(
            5,
            "if the water",
            "cools quickly",
            "Emma Whitford",
            "She",
            "recover",
        ),
        g(
            5,
            "made far more likely",
            "climate change",
            "Australian Institute of Marine Science",
            "The report",
            "likely",
        ),
        g(
            5,
            "People see the word",
            "and cancel,",
            "Dale Prentice",
            "he",
            "cancel",
        ),
        g(
            5,
            "Most of the reef",
            "still beautiful.",
            "Dale Prentice",
            "he",
            "cancel",
        ),
    ]
}

#[test]
fn fifth_held_out_set_scores() {
    let analysis = run(&ARTICLES);
    let gold = gold();
    let scores = score("heldout5", &ARTICLES, &analysis, &gold);
    println!("heldout5: {scores:?}");
    // Floors at the blind run.
    scores.assert_at_least(&Floors {
        precision: 0.97,
        recall: 1.0,
        f1: 0.98,
        speaker: 0.87,
        mention: 0.92,
        utterance_precision: 1.0,
        utterance_recall: 0.11,
    });
}
