//! A sixth held-out set, written for the sixth round of issue 11 before any
//! rule of that round was changed: NHS waiting lists in England, a dry
//! winter for graziers in New South Wales, a Bengaluru drone start-up, a
//! pipeline ruling in a British Columbia court, an actor's farewell role in
//! London, an obituary of a Ghanaian cocoa scientist, a library closure in
//! Cornwall (British single quotes), a Q&A-style profile of Kenya's AI
//! office, a Ranji Trophy final and an Irish bog study. Ten invented
//! articles, 58 hand-annotated quotes. It tries what the earlier sets did
//! not: titles such as "Prof Sir", "Dame", "Justice", "Chief" and
//! "Councillor", hyphenated, Irish, Indian, Arabic and Ghanaian names,
//! "according to", quotes introduced by a colon, organisations and a
//! government bureau as speakers, a relative "which", pronoun chains, a
//! speaker named only in the sentence or question before, and a play's
//! title in quote marks that is not speech.
//!
//! First (blind) run, before any rule of the sixth round was changed, its
//! errors not read: 58 found, 57 matched; span precision 0.983, recall
//! 0.983 (F1 0.983), speaker right of found 0.702 (40 of 57), **end to end
//! 0.690** (40 of 58), mention accuracy 0.772, utterance pairs precision
//! 1.000 / recall 0.000.
//!
//! After the sixth round (rules written from sets 4/5 and PolNeAR train
//! only): speaker right of found 0.754 (43 of 57), end to end 0.741, mention
//! 0.825. The floors below are that run. Its errors were then printed once
//! by the lead while checking the floors, so from the seventh round this set
//! is a tuning set too; a new set must be the blind one.

mod quotes_common;
use quotes_common::{g, run, score, Floors, Gold};

const ARTICLES: [&str; 10] = [
    r#"NHS waiting list falls for third month

LONDON — The waiting list for routine hospital treatment in England fell to 7.2 million in June, NHS England said on Thursday, the third monthly fall in a row.

Health Secretary Wes Danby welcomed the figures. “This is progress, but it is not yet a recovery,” he told the BBC's Today programme. “Too many people are still waiting in pain.”

Prof Sir Stephen Hollings, the medical director of NHS England, said staff had worked “flat out” over the spring. According to Sir Stephen, the number of patients waiting more than 18 months had “almost halved” since January.

The Royal College of Nursing was less upbeat. “These numbers hide a workforce on its knees,” the college's general secretary, Dame Patricia Okonjo-Reid, said in a statement.

The King's Fund, a health think tank, said the fall was “welcome but fragile”. Its chief analyst, Dr Anjali Mehta, put it bluntly: “One bad winter and we are back where we started.”
"#,
    r#"Graziers sell off stock as dry winter bites

DUBBO, New South Wales — Farmers across western New South Wales are selling cattle and sheep at a loss as the driest winter in 20 years leaves paddocks bare.

"We've gone from 600 head to 150, and I don't know if we'll keep those," said Bronwyn McAlister, who runs cattle near Gilgandra with her husband, Rob. "You can't buy hay anywhere under $400 a tonne."

Her neighbour, Tom Nguyen-Harris, said he had started hand-feeding his ewes in May. He described the season as "the worst I've seen in 30 years on this place".

The Bureau of Meteorology said there was "little sign" of meaningful rain before spring. In its latest outlook, the bureau said conditions were "likely to remain drier than average" across the Murray-Darling Basin.

NSW Farmers president Xavier Martin-Kelly called on the federal government to reopen drought loans. "The money is sitting there. Farmers just need to be able to get at it," he said. Agriculture Minister Kerrie Odell said in a statement that the government was "working closely with the states".
"#,
    r#"Bengaluru start-up raises $40 million for farm drones

BENGALURU — Krishi Aerial, a Bengaluru-based maker of crop-spraying drones, has raised $40 million from investors led by Lotus Peak Capital, the company said on Tuesday.

“Indian farmers are ready for this technology. What they need is a price they can afford,” co-founder and chief executive Priya Raghunathan said in an interview. She said the company would use the money to cut the price of its smallest drone “by at least a third”.

Her co-founder, Arjun Venkataraman, who leads engineering, said the firm had flown “more than two lakh acres” last season. “Every acre we spray saves water and chemicals,” he said.

Not all are convinced. According to Sunil Dhawan, an agricultural economist at the Indian Institute of Management Ahmedabad, small farmers “cannot carry another loan”. “The subsidy helps, but only the bigger farmers are buying,” Dhawan said.

Lotus Peak partner Meera Iyer said the fund had “no doubt” about demand.
"#,
    r#"Judge rejects bid to halt pipeline work

VANCOUVER — A British Columbia Supreme Court judge on Wednesday refused to stop construction on a section of the Coastal Link pipeline, ruling that the First Nation that brought the case had not shown it would suffer irreparable harm.

In her written decision, Justice Marie-Claude Tremblay said the court "must weigh the public interest as well as the applicant's". She added: "This decision does not decide the underlying claim of title."

Chief Darlene Joseph of the Sq'ewlets First Nation said the band would appeal. "We are disappointed but not surprised. The courts have been slow to recognize our rights," she told reporters outside the courthouse.

A lawyer for Coastal Link, Graham O'Neill, declined to comment on the appeal. The company said in an emailed statement that it "respects the court's process".
"#,
    r#"Dame Judith's farewell Lear sells out in a day

LONDON — Tickets for Dame Judith Pembury's final stage role, as King Lear at the Almeida Theatre, sold out within a day of going on sale, the theatre said on Monday.

Pembury, 84, who won an Olivier Award for "The Winter's Tale" in 1998, said she had wanted to play the part "for about sixty years". "Everyone told me Lear was a man's part. I have been waiting for them to stop saying it," she said.

The production's director, Rufus Adeyemi-Clarke, called her "the bravest actor I have ever worked with". He said rehearsals would start in September.

Not everyone was pleased. The critic Hugh Fanshawe wrote in The Spectator that casting women as Lear had become "a fashion, not an idea". Dame Judith laughed that off. "Hugh has been wrong about me since 1971. Why stop now?"
"#,
    r#"Obituary: Kwame Asante-Boateng, cocoa scientist, 1941-2026

ACCRA — Kwame Asante-Boateng, whose research on swollen shoot virus saved much of Ghana's cocoa harvest in the 1980s, has died in Accra aged 85. His daughter, Efua, said he died peacefully at home on Saturday.

Born in Kumasi, Asante-Boateng trained at Reading University before returning to the Cocoa Research Institute of Ghana. Colleagues remember a demanding scientist. “He would check every sample twice and then ask you to check it a third time,” said Dr Yaw Mensah, who worked under him for 15 years. “But he never raised his voice.”

In a 2003 interview, Asante-Boateng said the work had been “a race against a disease that did not sleep”. Asked what he was proudest of, he said: “The farmers who kept their farms. Not the papers.”

The institute said in a tribute that he had been “a giant of African agricultural science”. He is survived by his wife, Abena, three children and seven grandchildren.
"#,
    r#"Council votes to close Harbour Road library

PENZANCE — Cornwall Council's cabinet voted on Tuesday to close the Harbour Road library in March, despite a petition signed by more than 4,000 residents.

Councillor Linda Trevithick, the cabinet member for communities, said the decision had been 'the hardest of my time in office'. 'We have to find £28 million in savings. There is no painless way to do that,' she said.

Campaigners said they would seek a judicial review. 'This library is where children do their homework and pensioners keep warm,' said Gwen Pascoe, 71, who organised the petition. 'Closing it saves money on paper and costs us far more.'

The council said in a statement that mobile library visits would increase 'to make up for the loss'. Local MP Derek Polglase, a Liberal Democrat, said he had written to the council's leader asking her to 'think again'.
"#,
    r#"Five questions for the head of Kenya's new AI office

NAIROBI — Wanjiru Kamau-Otieno took charge of Kenya's new Office for Artificial Intelligence in January. She spoke to us about jobs, languages and regulation.

Asked whether AI would take jobs from Kenyan call centres, Kamau-Otieno did not hedge. "Some, yes. Pretending otherwise helps nobody," she said. "Our task is to make sure the new jobs are here and not somewhere else."

On languages, she was more optimistic. Models that understand Swahili, Kikuyu and Dholuo are "two or three years away, not ten", she said.

Her office has been criticised by the Law Society of Kenya, which said in March that the draft AI bill gave ministers "sweeping powers". Kamau-Otieno said the criticism was fair. "The first draft was too broad. The second will be narrower."

What would success look like in five years? "A farmer in Kisumu asks her phone a question in Dholuo and gets a good answer. That's it."
"#,
    r#"Deshpande-Rao century rescues Mumbai in Ranji final

MUMBAI — Ishaan Deshpande-Rao hit an unbeaten 142 as Mumbai recovered from 38 for five to post 311 against Karnataka on the opening day of the Ranji Trophy final.

“When I walked in, the coach just told me to bat time. The runs came later,” Deshpande-Rao said at stumps. He praised his partner, the wicketkeeper Faisal al-Haqq, who made 71. “Faisal kept me calm. He kept talking about the next ball, never the score.”

Karnataka captain Manish Gowda admitted his bowlers had “let it slip” after lunch. “We had them where we wanted them. Credit to those two, they fought,” Gowda said.

Former India opener Venkat Subramaniam, commentating on television, said the innings was “as good as anything I've seen in domestic cricket”. Al-Haqq said he was simply happy to contribute. “Ishaan did the hard work. I just stayed with him.”
"#,
    r#"Bog restoration cuts carbon losses, Irish study finds

DUBLIN — Rewetting drained peat bogs can cut their carbon emissions by more than half within five years, according to a study published on Wednesday by researchers at University College Dublin.

"The bogs start to heal much faster than we thought," said the study's lead author, Dr Siobhán Ní Bhriain. "Within three summers the mosses are back."

Bord na Móna, the semi-state company that once harvested the bogs for fuel, welcomed the findings. Its head of ecology, Prof. Declan Fitzgerald, said the company had rewetted "about 20,000 hectares" so far.

Ní Bhriain's co-author, Dr Hannah Brennan, said more work was needed on methane. She cautioned that rewetted bogs "can release methane for a while". According to Brennan, the net effect was still "clearly positive".
"#,
];

fn gold() -> Vec<Gold> {
    vec![
        // 0: NHS waiting list; "Prof Sir", "Dame", "according to", a colon, a think tank.
        g(
            0,
            "This is progress",
            "a recovery,",
            "Wes Danby",
            "he",
            "progress",
        ),
        g(
            0,
            "Too many people",
            "in pain.",
            "Wes Danby",
            "he",
            "progress",
        ),
        g(
            0,
            "flat out",
            "flat out",
            "Stephen Hollings",
            "Stephen Hollings",
            "flat",
        ),
        g(
            0,
            "almost halved",
            "almost halved",
            "Stephen Hollings",
            "Stephen",
            "halved",
        ),
        g(
            0,
            "These numbers hide",
            "on its knees,",
            "Patricia Okonjo-Reid",
            "Patricia Okonjo-Reid",
            "knees",
        ),
        g(
            0,
            "welcome but fragile",
            "welcome but fragile",
            "King's Fund",
            "King's Fund",
            "fragile",
        ),
        g(
            0,
            "One bad winter",
            "where we started.",
            "Anjali Mehta",
            "Anjali Mehta",
            "winter",
        ),
        // 1: graziers; hyphenated names, a bureau, a minister's statement.
        g(
            1,
            "We've gone from",
            "keep those,",
            "Bronwyn McAlister",
            "Bronwyn McAlister",
            "head",
        ),
        g(
            1,
            "You can't buy hay",
            "a tonne.",
            "Bronwyn McAlister",
            "Bronwyn McAlister",
            "head",
        ),
        g(
            1,
            "the worst I've seen",
            "on this place",
            "Tom Nguyen-Harris",
            "He",
            "worst",
        ),
        g(
            1,
            "little sign",
            "little sign",
            "Bureau of Meteorology",
            "Bureau of Meteorology",
            "sign",
        ),
        g(
            1,
            "likely to remain",
            "than average",
            "Bureau of Meteorology",
            "the bureau",
            "average",
        ),
        g(
            1,
            "The money is sitting",
            "get at it,",
            "Xavier Martin-Kelly",
            "he",
            "money",
        ),
        g(
            1,
            "working closely",
            "the states",
            "Kerrie Odell",
            "Kerrie Odell",
            "closely",
        ),
        // 2: drone start-up; "-based", co-founders, "according to".
        g(
            2,
            "Indian farmers are ready",
            "can afford,",
            "Priya Raghunathan",
            "Priya Raghunathan",
            "ready",
        ),
        g(
            2,
            "by at least",
            "a third",
            "Priya Raghunathan",
            "She",
            "third",
        ),
        g(
            2,
            "more than two lakh",
            "acres",
            "Arjun Venkataraman",
            "Arjun Venkataraman",
            "lakh",
        ),
        g(
            2,
            "Every acre we spray",
            "and chemicals,",
            "Arjun Venkataraman",
            "he",
            "acre",
        ),
        g(
            2,
            "cannot carry",
            "another loan",
            "Sunil Dhawan",
            "Sunil Dhawan",
            "loan",
        ),
        g(
            2,
            "The subsidy helps",
            "are buying,",
            "Sunil Dhawan",
            "Dhawan",
            "subsidy",
        ),
        g(
            2,
            "no doubt",
            "no doubt",
            "Meera Iyer",
            "Meera Iyer",
            "doubt",
        ),
        // 3: court; "Justice", "Chief", a colon, the company's statement.
        g(
            3,
            "must weigh",
            "the applicant's",
            "Marie-Claude Tremblay",
            "Marie-Claude Tremblay",
            "weigh",
        ),
        g(
            3,
            "This decision does not",
            "claim of title.",
            "Marie-Claude Tremblay",
            "She",
            "title",
        ),
        g(
            3,
            "We are disappointed",
            "our rights,",
            "Darlene Joseph",
            "she",
            "rights",
        ),
        g(
            3,
            "respects the court",
            "process",
            "Coastal Link",
            "The company",
            "respects",
        ),
        // 4: theatre; "Dame", a play's title, the speaker in the sentence before.
        g(
            4,
            "for about sixty",
            "years",
            "Judith Pembury",
            "Pembury",
            "sixty",
        ),
        g(
            4,
            "Everyone told me",
            "saying it,",
            "Judith Pembury",
            "she",
            "everyone",
        ),
        g(
            4,
            "the bravest actor",
            "worked with",
            "Rufus Adeyemi-Clarke",
            "Rufus Adeyemi-Clarke",
            "bravest",
        ),
        g(
            4,
            "a fashion, not",
            "an idea",
            "Hugh Fanshawe",
            "Hugh Fanshawe",
            "fashion",
        ),
        g(
            4,
            "Hugh has been wrong",
            "Why stop now?",
            "Judith Pembury",
            "Judith",
            "wrong",
        ),
        // 5: obituary; "Dr", a past interview, a colon, "the institute".
        g(
            5,
            "He would check",
            "a third time,",
            "Yaw Mensah",
            "Yaw Mensah",
            "check",
        ),
        g(
            5,
            "But he never",
            "his voice.",
            "Yaw Mensah",
            "Yaw Mensah",
            "check",
        ),
        g(
            5,
            "a race against",
            "did not sleep",
            "Kwame Asante-Boateng",
            "Asante-Boateng",
            "race",
        ),
        g(
            5,
            "The farmers who kept",
            "Not the papers.",
            "Kwame Asante-Boateng",
            "he",
            "farmers",
        ),
        g(
            5,
            "a giant of African",
            "agricultural science",
            "Cocoa Research Institute of Ghana",
            "The institute",
            "giant",
        ),
        // 6: council; British single quotes, "Councillor", an MP.
        g(
            6,
            "the hardest of my",
            "in office",
            "Linda Trevithick",
            "Linda Trevithick",
            "hardest",
        ),
        g(
            6,
            "We have to find",
            "to do that,",
            "Linda Trevithick",
            "she",
            "savings",
        ),
        g(
            6,
            "This library is where",
            "keep warm,",
            "Gwen Pascoe",
            "Gwen Pascoe",
            "library",
        ),
        g(
            6,
            "Closing it saves",
            "far more.",
            "Gwen Pascoe",
            "Gwen Pascoe",
            "library",
        ),
        g(
            6,
            "to make up for",
            "the loss",
            "Cornwall Council",
            "The council",
            "loss",
        ),
        g(
            6,
            "think again",
            "think again",
            "Derek Polglase",
            "Derek Polglase",
            "again",
        ),
        // 7: Q&A-style profile; a relative "which", answers with no cue.
        g(
            7,
            "Some, yes.",
            "helps nobody,",
            "Wanjiru Kamau-Otieno",
            "she",
            "some",
        ),
        g(
            7,
            "Our task is",
            "somewhere else.",
            "Wanjiru Kamau-Otieno",
            "she",
            "some",
        ),
        g(
            7,
            "two or three years",
            "not ten",
            "Wanjiru Kamau-Otieno",
            "she",
            "years",
        ),
        g(
            7,
            "sweeping powers",
            "sweeping powers",
            "Law Society of Kenya",
            "Law Society of Kenya",
            "sweeping",
        ),
        g(
            7,
            "The first draft",
            "be narrower.",
            "Wanjiru Kamau-Otieno",
            "Kamau-Otieno",
            "draft",
        ),
        g(
            7,
            "A farmer in Kisumu",
            "That's it.",
            "Wanjiru Kamau-Otieno",
            None,
            "farmer",
        ),
        // 8: cricket; hyphenated and Arabic names, a pronoun with two people.
        g(
            8,
            "When I walked in",
            "came later,",
            "Ishaan Deshpande-Rao",
            "Deshpande-Rao",
            "walked",
        ),
        g(
            8,
            "Faisal kept me calm",
            "never the score.",
            "Ishaan Deshpande-Rao",
            "He",
            "calm",
        ),
        g(
            8,
            "let it slip",
            "let it slip",
            "Manish Gowda",
            "Manish Gowda",
            "slip",
        ),
        g(
            8,
            "We had them",
            "they fought,",
            "Manish Gowda",
            "Gowda",
            "fought",
        ),
        g(
            8,
            "as good as anything",
            "domestic cricket",
            "Venkat Subramaniam",
            "Venkat Subramaniam",
            "good",
        ),
        g(
            8,
            "Ishaan did the hard",
            "stayed with him.",
            "Faisal al-Haqq",
            "Al-Haqq",
            "ishaan",
        ),
        // 9: bog study; Irish names, "Prof.", "according to" a surname.
        g(
            9,
            "The bogs start",
            "than we thought,",
            "Siobhán Ní Bhriain",
            "Siobhán Ní Bhriain",
            "bogs",
        ),
        g(
            9,
            "Within three summers",
            "are back.",
            "Siobhán Ní Bhriain",
            "Siobhán Ní Bhriain",
            "bogs",
        ),
        g(
            9,
            "about 20,000",
            "hectares",
            "Declan Fitzgerald",
            "Declan Fitzgerald",
            "hectares",
        ),
        g(
            9,
            "can release methane",
            "for a while",
            "Hannah Brennan",
            "She",
            "methane",
        ),
        g(
            9,
            "clearly positive",
            "clearly positive",
            "Hannah Brennan",
            "Brennan",
            "positive",
        ),
    ]
}

#[test]
fn sixth_held_out_set_scores() {
    let analysis = run(&ARTICLES);
    let gold = gold();
    let scores = score("heldout6", &ARTICLES, &analysis, &gold);
    println!("heldout6: {scores:?}");
    // Floors at the blind run.
    scores.assert_at_least(&Floors {
        precision: 0.98,
        recall: 0.98,
        f1: 0.98,
        speaker: 0.75,
        mention: 0.82,
        utterance_precision: 1.0,
        utterance_recall: 0.0,
    });
}
