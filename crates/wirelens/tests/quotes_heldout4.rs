//! A fourth held-out set, written before any rule was changed for issue 11,
//! in domains the other sets barely touch: football, tennis, cricket,
//! Formula One, retail and carmaking business, astronomy and medicine, a
//! typhoon, a film festival, and stories from Kenya, India, Japan, the
//! Philippines and Australia. Twelve invented articles, 45 hand-annotated
//! quotes. It tries what real news does and the seeds do not: partial quotes
//! inside the attribution sentence ("called it "…""), organisations and
//! agencies as speakers (named or through "the company" / "it"), a speaker
//! named in the sentence before the quote, pronouns with two people in play,
//! hyphenated names, initials, "Jr.", particles (van der, de la), "-based",
//! places and universities next to names, and film titles that are not
//! speech.
//!
//! First (blind) run, before any rule was changed for issue 11: span
//! precision 1.000, recall 1.000 (F1 1.000), speaker accuracy 0.733 (33 of
//! 45), mention accuracy 0.778, utterance pairs precision 1.000 / recall
//! 0.000 (the six gold pairs are a quote and its continuation after the
//! attribution's full stop, which the engine does not group, as in held-out
//! set 3). The twelve wrong speakers: name boundaries (an initial or "Jr."
//! ends the name: "Margaret O", "Rajesh K", "Mendes Jr"; a possessive and a
//! nationality taken as the name: "Carlisle Dutch"; "Company" cut from "Bain
//! & Company"; "Manila-based"), a dateline or a place taken as the speaker
//! ("MUMBAI", "TOKYO", "India"), a company speaking as "the company" given no
//! speaker, and a speaker named after a possessive role ("said the study's
//! lead author, Dr. Ingrid Maes") missed twice.
//!
//! After the issue-11 rules (written against PolNeAR train, not this set):
//! span F1 1.000, speaker accuracy 0.822 (37 of 45), mention accuracy 0.867.
//! Fixed by general rules: names run across the period of a title or an
//! initial ("Margaret O. Lindqvist", "Rajesh K. Iyer"), a subject next to its
//! cue beats a place earlier in the clause ("India"), a dateline no longer
//! wins over the subject ("MUMBAI"). Still wrong: "Carlisle's Dutch coach,
//! Pieter van der Berg", "Bain & Company", "A Manila-based spokesman …, Jun
//! de la Cruz", "Mendes Jr", "TOKYO" for "it", "the company" and "the study's
//! lead author" unresolved. The floors below are the after-fix figures.
//!
//! From the sixth round this set is a tuning set (its errors were read and
//! sorted into kinds); held-out set 6 is the blind one. After the sixth
//! round: speaker 0.911 (41 of 45), mention 0.956 ("Carlisle's Dutch coach,
//! Pieter van der Berg" now right: names with two particles; "said the
//! study's lead author, Dr. X": the person named after a role).

mod quotes_common;
use quotes_common::{g, run, score, Floors, Gold};

const ARTICLES: [&str; 12] = [
    "Late winner lifts Rovers into play-off places

Bristol Rovers beat Carlisle 2-1 on Saturday, with substitute Kofi Mensah-Boateng heading in the winner in stoppage time.

\"I just closed my eyes and jumped,\" Mensah-Boateng said. \"The fans deserved that.\"

Rovers manager Sean O'Driscoll praised his side's patience. \"We kept the ball and waited for our moment,\" he said.

Carlisle's Dutch coach, Pieter van der Berg, called the decision to allow the goal \"a scandal\".
",
    "MELBOURNE — Top seed Anna Kowalczyk was knocked out of the Australian Open in the third round on Friday, losing in three sets to the qualifier Mei-Ling Zhou.

\"She played better than me today, simple as that,\" Kowalczyk told reporters afterwards. \"I will go home and work.\"

Zhou, 19, said she had been \"shaking\" before the match point. Her coach, Daniel Whitfield, said: \"She has been ready for this for a year. Nobody here knew her name last week.\"
",
    "Harbour Foods cuts 400 jobs as profits slide

The supermarket chain Harbour Foods will close 12 stores and cut 400 jobs, it said on Tuesday, after pre-tax profit fell by a third.

\"These are difficult decisions, and we do not take them lightly,\" chief executive Margaret O. Lindqvist said in a statement.

The company said the closures were \"necessary to secure the future of the business\".

Analysts were unsurprised. \"The writing has been on the wall for two years,\" said Tom Reyes, a retail analyst at Shore Capital in London. The shop workers' union Usdaw said its members had been treated \"appallingly\".
",
    "Astronomers spot water vapour on distant rocky planet

A team led by researchers at the University of Leiden has detected water vapour in the atmosphere of a rocky planet 40 light years away, in a study published in Nature Astronomy on Wednesday.

\u{201c}This is the first time we have seen this on a world so like our own,\u{201d} said the study\u{2019}s lead author, Dr. Ingrid Maes. \u{201c}But it does not mean there is life there.\u{201d}

Prof. Rajesh K. Iyer, an astrophysicist at the Indian Institute of Science in Bangalore who was not involved in the work, described the result as \u{201c}careful and convincing\u{201d}. The discovery drew comparisons with the 1997 film \u{201c}Contact\u{201d} on social media.
",
    "NAIROBI — Kenya's parliament passed the finance bill late on Thursday after a heated debate.

Opposition leader Wanjiru Kamau said the new taxes would \"punish the poor for the sins of the rich\". Her deputy, Otieno Odhiambo, went further. \"This government has declared war on ordinary Kenyans,\" he said outside the chamber.

The Treasury defended the bill. \"Without these measures the deficit will widen and the shilling will fall,\" Treasury Cabinet Secretary Joseph Mutua told a press conference. He added that the bill was \"fair and balanced\".
",
    "MUMBAI — India's captain Rohit Deshmukh says his team is \"not afraid of anyone\" ahead of the World Cup final against Australia on Sunday.

\"We have played good cricket for six weeks and we trust our process,\" Deshmukh told a news conference at the Wankhede Stadium on Friday.

Australia's coach, Andrew McDonald-Hayes, was equally confident. \"Finals are about nerve, and we have plenty of that,\" said McDonald-Hayes, who won the tournament as a player in 2007.

Former India spinner Harbhajan Rao said the pitch would \"turn from the first hour\".
",
    "Electric car sales overtook diesel in Europe for the first time last month, according to figures from the industry body ACEA.

\"The tipping point has arrived,\" the association's director general, Sigrid Holm, said in Brussels. \"Prices are now the main barrier, not range.\"

The consultancy Bain & Company said in a report that battery costs had fallen \"faster than even the optimists expected\". But the German carmaker Volkswagen warned that demand remained \"fragile\" outside the largest markets.

\"We will not hit our targets without more public chargers,\" said Lars Becker, the head of Volkswagen's electric unit.
",
    "MANILA — Typhoon Koinu made landfall in the northern Philippines early on Monday, forcing 30,000 people from their homes.

\"The winds were so strong the roof just lifted off,\" said Maria Santos, 54, a fish seller in the coastal town of Aparri. \"We lost everything.\"

The national weather agency, PAGASA, warned of \"life-threatening\" storm surges along the coast. A Manila-based spokesman for the Red Cross, Jun de la Cruz, said teams were \"already on the ground\" in the worst-hit areas.
",
    "A new blood test can detect pancreatic cancer years before symptoms appear, researchers at Imperial College London say.

The test picked up 85% of early cancers in a trial of 2,000 patients, the team reported in The Lancet. \"Early diagnosis is the single biggest thing we can change,\" said Prof. Helen Carter, who led the trial.

Not everyone is convinced. Dr. Simon Achebe, a cancer specialist at the University of Manchester, said the results were promising but the trial was small. \"We need to see this in 50,000 people, not 2,000,\" he said. Carter said she agreed. \"He is right, and that study starts next year,\" she said.
",
    "SILVERSTONE — Carlos Mendes Jr. took his first Formula One victory at the British Grand Prix on Sunday, holding off the world champion over the final ten laps.

\"I dreamed of this since I was six years old,\" Mendes Jr. said on the radio after crossing the line. His team principal, Fiona MacLeod, said the win was \"no accident\". \"We built this car to win races,\" MacLeod said.

The champion, Lukas Hartmann, was gracious in defeat. \"Carlos drove a perfect race. Today he was the better driver,\" Hartmann said. Asked about his tyres, he said only: \"Wrong call.\"
",
    "The director Ana L\u{fa}cia Ferreira's new film, \"The Salt Road\", won the Golden Lion at the Venice Film Festival on Saturday.

Accepting the prize, Ferreira thanked the fishermen of her home village in Portugal. \"This film belongs to them,\" she said. \"They gave me their stories.\"

Jury president Kwame Asante called it \"a quiet masterpiece\". Critics had compared it to the 1954 classic \"On the Waterfront\" and to Ferreira's first feature, \"Low Tide\".
",
    "TOKYO — Shares in the electronics maker Kanto Denki jumped 12% on Wednesday after it announced a record buyback.

Chief financial officer Hiroshi Tanaka spoke to analysts on a call after the announcement. \"We have more cash than we need, and shareholders should share in it.\"

The Tokyo-based company also raised its profit forecast for the year. \"Demand from data centres remains very strong,\" it said.
",
];

fn gold() -> Vec<Gold> {
    vec![
        // 0: football; a hyphenated surname; a particle; a partial quote.
        g(
            0,
            "I just closed",
            "jumped,",
            "Kofi Mensah-Boateng",
            "Mensah-Boateng",
            "jumped",
        ),
        g(
            0,
            "The fans deserved",
            "that.",
            "Kofi Mensah-Boateng",
            "Mensah-Boateng",
            "jumped",
        ),
        g(
            0,
            "We kept the ball",
            "our moment,",
            "Sean O'Driscoll",
            "he",
            "patience",
        ),
        g(
            0,
            "a scandal",
            "a scandal",
            "Pieter van der Berg",
            "Pieter van der Berg",
            "scandal",
        ),
        // 1: tennis; a short quote with a clear speaker.
        g(
            1,
            "She played better",
            "simple as that,",
            "Anna Kowalczyk",
            "Kowalczyk",
            "better",
        ),
        g(
            1,
            "I will go home",
            "and work.",
            "Anna Kowalczyk",
            "Kowalczyk",
            "better",
        ),
        g(1, "shaking", "shaking", "Mei-Ling Zhou", "Zhou", "shaking"),
        g(
            1,
            "She has been ready",
            "last week.",
            "Daniel Whitfield",
            "Daniel Whitfield",
            "ready",
        ),
        // 2: retail; an initial; a company and a union as speakers.
        g(
            2,
            "These are difficult",
            "lightly,",
            "Margaret O. Lindqvist",
            "Margaret O. Lindqvist",
            "difficult",
        ),
        g(
            2,
            "necessary to secure",
            "the business",
            "Harbour Foods",
            "The company",
            "necessary",
        ),
        g(
            2,
            "The writing has been",
            "two years,",
            "Tom Reyes",
            "Tom Reyes",
            "writing",
        ),
        g(
            2,
            "appallingly",
            "appallingly",
            "Usdaw",
            "Usdaw",
            "appalling",
        ),
        // 3: astronomy; curly quotes; an initial; a film title is no quote.
        g(
            3,
            "This is the first time",
            "like our own,",
            "Ingrid Maes",
            "Ingrid Maes",
            "first",
        ),
        g(
            3,
            "But it does not mean",
            "life there.",
            "Ingrid Maes",
            "Ingrid Maes",
            "first",
        ),
        g(
            3,
            "careful and convincing",
            "convincing",
            "Rajesh K. Iyer",
            "Rajesh K. Iyer",
            "careful",
        ),
        // 4: Kenya; partial quotes; "he" after a named deputy.
        g(
            4,
            "punish the poor",
            "of the rich",
            "Wanjiru Kamau",
            "Wanjiru Kamau",
            "punish",
        ),
        g(
            4,
            "This government has",
            "ordinary Kenyans,",
            "Otieno Odhiambo",
            "he",
            "war",
        ),
        g(
            4,
            "Without these measures",
            "will fall,",
            "Joseph Mutua",
            "Joseph Mutua",
            "measures",
        ),
        g(
            4,
            "fair and balanced",
            "balanced",
            "Joseph Mutua",
            "He",
            "fair",
        ),
        // 5: cricket; "says"; a hyphenated surname.
        g(
            5,
            "not afraid of anyone",
            "anyone",
            "Rohit Deshmukh",
            "Rohit Deshmukh",
            "afraid",
        ),
        g(
            5,
            "We have played good",
            "our process,",
            "Rohit Deshmukh",
            "Deshmukh",
            "cricket",
        ),
        g(
            5,
            "Finals are about nerve",
            "plenty of that,",
            "Andrew McDonald-Hayes",
            "McDonald-Hayes",
            "nerve",
        ),
        g(
            5,
            "turn from the first",
            "first hour",
            "Harbhajan Rao",
            "Harbhajan Rao",
            "pitch",
        ),
        // 6: carmaking; a consultancy and a carmaker as speakers.
        g(
            6,
            "The tipping point",
            "arrived,",
            "Sigrid Holm",
            "Sigrid Holm",
            "tipping",
        ),
        g(
            6,
            "Prices are now",
            "not range.",
            "Sigrid Holm",
            "Sigrid Holm",
            "tipping",
        ),
        g(
            6,
            "faster than even",
            "expected",
            "Bain & Company",
            "Bain & Company",
            "battery",
        ),
        g(
            6,
            "fragile",
            "fragile",
            "Volkswagen",
            "Volkswagen",
            "fragile",
        ),
        g(
            6,
            "We will not hit",
            "public chargers,",
            "Lars Becker",
            "Lars Becker",
            "targets",
        ),
        // 7: typhoon; an agency; "Manila-based"; a particle.
        g(
            7,
            "The winds were so strong",
            "lifted off,",
            "Maria Santos",
            "Maria Santos",
            "winds",
        ),
        g(
            7,
            "We lost everything.",
            "everything.",
            "Maria Santos",
            "Maria Santos",
            "winds",
        ),
        g(
            7,
            "life-threatening",
            "life-threatening",
            "PAGASA",
            "PAGASA",
            "surge",
        ),
        g(
            7,
            "already on the ground",
            "ground",
            "Jun de la Cruz",
            "Jun de la Cruz",
            "ground",
        ),
        // 8: medicine; two people, "he" and "she".
        g(
            8,
            "Early diagnosis",
            "we can change,",
            "Helen Carter",
            "Helen Carter",
            "diagnosis",
        ),
        g(
            8,
            "We need to see this",
            "not 2,000,",
            "Simon Achebe",
            "he",
            "small",
        ),
        g(
            8,
            "He is right",
            "next year,",
            "Helen Carter",
            "she",
            "right",
        ),
        // 9: Formula One; "Jr."; two people in one paragraph.
        g(
            9,
            "I dreamed of this",
            "six years old,",
            "Carlos Mendes Jr.",
            "Mendes Jr.",
            "dreamed",
        ),
        g(
            9,
            "no accident",
            "no accident",
            "Fiona MacLeod",
            "Fiona MacLeod",
            "accident",
        ),
        g(
            9,
            "We built this car",
            "win races,",
            "Fiona MacLeod",
            "MacLeod",
            "built",
        ),
        g(
            9,
            "Carlos drove a perfect",
            "better driver,",
            "Lukas Hartmann",
            "Hartmann",
            "perfect",
        ),
        g(9, "Wrong call.", "call.", "Lukas Hartmann", "he", "tyres"),
        // 10: film festival; three titles that are not speech.
        g(
            10,
            "This film belongs",
            "to them,",
            "Ana L\u{fa}cia Ferreira",
            "she",
            "belongs",
        ),
        g(
            10,
            "They gave me",
            "stories.",
            "Ana L\u{fa}cia Ferreira",
            "she",
            "belongs",
        ),
        g(
            10,
            "a quiet masterpiece",
            "masterpiece",
            "Kwame Asante",
            "Kwame Asante",
            "masterpiece",
        ),
        // 11: Japan; the speaker named in the sentence before; "it".
        g(
            11,
            "We have more cash",
            "share in it.",
            "Hiroshi Tanaka",
            "Hiroshi Tanaka",
            "cash",
        ),
        g(
            11,
            "Demand from data",
            "very strong,",
            "Kanto Denki",
            "it",
            "demand",
        ),
    ]
}

#[test]
fn fourth_held_out_set_scores() {
    let analysis = run(&ARTICLES);
    let gold = gold();
    let scores = score("heldout4", &ARTICLES, &analysis, &gold);
    println!("heldout4: {scores:?}");
    // Floors at the after-fix run (blind run: speaker 0.733, mention 0.778).
    scores.assert_at_least(&Floors {
        precision: 1.0,
        recall: 1.0,
        f1: 1.0,
        speaker: 0.91,
        mention: 0.95,
        utterance_precision: 1.0,
        utterance_recall: 0.0,
    });
}
