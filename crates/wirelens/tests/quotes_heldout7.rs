//! A seventh held-out set, written for the seventh round of issue 11 before
//! any rule of that round was changed, in domains and styles sets 1–6 do
//! not use: a murder sentencing in an Ohio county court, a laptop launch in
//! California, clergy of three faiths against a shelter closure in New
//! Jersey, a solar co-op in Soweto (South African English), a delayed MRT
//! line in Singapore (surname-first Chinese names, Singlish), a market fire
//! in Lagos (Nigerian English, "Alhaji"), coffee growers in Colombia
//! (translated quotes, Spanish double surnames), a baseball walk-off with
//! post-game interviews, a university press release, and a Reuters-style
//! wire story on bird flu in New Zealand with several officials. Ten
//! invented articles, 71 hand-annotated quotes. It tries titles ("Common
//! Pleas Judge", "the Rev.", "Imam", "Rabbi", "Sister", "Madam", "Alhaji",
//! "Associate Professor"), an initial inside a name, a surname that is a
//! city ("Barcelona"), organisations, agencies, a diocese and acronyms as
//! speakers, an unnamed official, pronouns with two people of different or
//! the same gender in play (given names from Nigeria, Colombia, Japan and
//! New Zealand), quotes before and after the cue, partial quotes inside the
//! attribution sentence (two in one sentence), colon quotes, a
//! multi-paragraph quote, translated quotes, and product names, a letter's
//! title and a movement's name in quote marks that are not speech.
//!
//! First (blind) run, before any rule of the seventh round was changed, its
//! errors not read: 73 found, 71 matched; span precision 0.973, recall
//! 1.000 (F1 0.986), speaker right of found 0.746 (53 of 71), **end to end
//! 0.746** (53 of 71), mention accuracy 0.901, utterance pairs precision
//! 0.500 / recall 0.067 (two gold group labels then collided across
//! articles; made unique afterwards, no speaker or span changed: recall
//! 0.077). The eighteen wrong speakers, by kind: a title or role kept in
//! the name (6: "Sister", "Madam", "Alhaji" twice, "Starter" twice); a
//! name part used alone not joined to its full name (6: "Mr Ong" for a
//! surname-first name twice, "Restrepo" and "López" for Spanish double
//! surnames three times, "Pieter" cut before the particle "du"); "said the
//! Rev. X" given no speaker (3, one a multi-paragraph quote); organisation
//! name boundaries (2: "Sheriff Office" without its possessive, "Catholic
//! Diocese" for "Roman Catholic Diocese of Camden"); a possessive
//! organisation before a role taken for the person in apposition (1:
//! "Federated Farmers' Otago president, Hamish Crombie, described …"). Two
//! false quotes: a name after "known as" and a passive "often called" epithet.
//!
//! After the seventh round (titles, "du", name parts used alone, "known
//! as"; each checked on PolNeAR train and dev): 72 found, 71 matched, span
//! F1 0.993, speaker right of found 0.958 (68 of 71), **end to end 0.958**,
//! mention 0.958. Left: the two organisation boundaries, the possessive
//! organisation before a role, the "often called" epithet. This set's errors
//! have been read: from the eighth round it is a tuning set.

mod quotes_common;
use quotes_common::{g, run, score, Floors, Gold};

const ARTICLES: [&str; 10] = [
    r#"Man sentenced to 25 years to life in Dayton pharmacy killing

DAYTON, Ohio — A Montgomery County judge on Friday sentenced a 31-year-old man to 25 years to life in prison for the fatal shooting of a pharmacist during a 2024 robbery.

Common Pleas Judge Rebecca L. Strand told Darnell Whitcomb that he had "taken a father from three children for a bottle of pills." "Nothing I do today gives them back what you took," she said.

Whitcomb, who pleaded guilty in March to murder and aggravated robbery, apologized to the family before the sentence was read. "I think about what I did every day," he said, his voice breaking. "I'm not asking you to forgive me."

The pharmacist's widow, Angela Moretti, said outside the courthouse that the apology came "two years too late."

Montgomery County Prosecutor Loretta Banks-Hale said the sentence was fair. "This was a cold, calculated robbery, and the court treated it that way," Banks-Hale said in a statement.

Defense attorney Kevin O'Rourke said his client had struggled with addiction since he was a teenager. "That doesn't excuse anything. But it explains a lot," O'Rourke said.

The Montgomery County Sheriff's Office said Whitcomb would be moved to the state prison reception center in Orient "within the week."
"#,
    r#"Halvard unveils folding laptop, bets on business buyers

SAN JOSE, Calif. — Halvard Systems on Tuesday unveiled the Arc Fold, a laptop whose 17-inch screen folds in half, and said it would go on sale in October at $2,499.

"We think this is the first folding computer people will actually want to work on," chief executive Mireille Okafor-Stanton said at the launch event. "Not a toy. A tool."

Okafor-Stanton said the company had spent four years on the hinge alone, which she called "the hardest engineering problem we've ever solved."

In a press release, Halvard said the Arc Fold would be "the thinnest folding laptop on the market." The company also showed a software feature it calls "Continuum," which moves open windows from a phone to the laptop.

Analysts were cautious. "The price will keep it in a niche for at least two product cycles," said Ben Castellano, an analyst at Moorgate Research in New York. "Enterprise buyers don't pay for novelty."

Castellano added that battery life, rated at 11 hours, was "the number to watch."
"#,
    r#"Faith leaders unite against closure of Camden shelter

CAMDEN, N.J. — Leaders of more than a dozen churches, mosques and synagogues stood together on the steps of City Hall on Sunday to oppose the planned closure of the city's largest homeless shelter.

"Scripture does not give us the option of looking away," said the Rev. Cornelius Abernathy-Wright, pastor of Mount Zion Baptist Church, drawing applause. "Neither does the Quran, and neither does the Torah.

"If this city can find money for a new stadium, it can find money for the people sleeping under its bridges."

Imam Yusuf Haddad of Masjid al-Noor said his congregation had fed "more than 300 people a night" during the winter. Rabbi Miriam Gottlieb agreed. "We do not disagree about much, but we agree about this," she said.

The Roman Catholic Diocese of Camden said in a statement that it "stands with the families who depend on the shelter" and urged the council to delay its vote.

Mayor Victor Santangelo, whose office proposed the closure to save $3.1 million, did not attend. A spokeswoman for the mayor, Dana Kowalczyk, said the city was "committed to finding every resident a bed" and that a smaller shelter would open in the spring.

Sister Bernadette Ruane, 78, who has volunteered at the shelter since it opened in 1991, was unconvinced. "They said the same thing in 2009, and I'm still waiting for that bed," she said.

The coalition's letter to the council, titled "A Bed for Every Neighbor," is signed by 41 clergy members.
"#,
    r#"Soweto solar co-op keeps the lights on for 400 homes

JOHANNESBURG — A solar co-operative in Soweto now supplies electricity to more than 400 homes, its members say, and it wants to sell power back to the grid.

"When load-shedding was at stage six, we were the only street with lights," said Nomvula Dlamini, the co-op's chairperson. "People came from Orlando East to charge their phones."

The co-op was started in 2022 by Mr Sipho Mahlangu, a retired electrician, with a R1.2 million grant. Mahlangu said the panels had paid for themselves "in under three years".

City Power, the municipal utility, said it was studying the model. Its spokesperson, Tumelo Ngcobo, said the utility wanted "more co-ops, not fewer", but that safety rules had to be followed.

Energy analyst Pieter du Plessis of Stellenbosch University said small co-ops would not replace Eskom. "They are a lifeboat, not a ship," he said.

Elsabe van Wyk, who lives two streets away, said she had joined the waiting list. "I'm tired of cooking by candlelight," she said.

Mrs Dlamini said the co-op's next aim was a battery bank. "Then the neighbours will stop asking us to share," she said.
"#,
    r#"Riverside MRT line delayed to 2028, says Ong

SINGAPORE — The first stretch of the Riverside MRT line will open in 2028, two years later than planned, Transport Minister Ong Kah Wee said on Thursday.

Speaking at a site visit in Pasir Ris, Mr Ong said the delay was due to “difficult ground conditions” under former rubber estates. “We would rather be late than be sorry,” he said.

The Land Transport Authority (LTA) said tunnelling was about 60 per cent complete. The LTA said it had “put in place additional safeguards” after a tunnel face collapsed in March.

Residents near the future Loyang station were mostly philosophical. “Already wait so long, two more years also can,” said retiree Madam Teo Siew Lan, 67.

Ms Nurul Huda Rahman, an MP for the area, said she had asked the LTA for “a firm date, not a range”.

Associate Professor Raymond Goh of the National University of Singapore said the delay was “not unusual for a project of this size”.
"#,
    r#"Lagos traders count losses after Balogun market fire

LAGOS — Traders at Balogun market, often called “the heart of Lagos commerce”, were sifting through ashes on Monday after a fire that started late on Saturday destroyed more than 200 shops.

The Lagos State Emergency Management Agency said the blaze was “likely caused by an electrical fault” in a generator store. No lives were lost, the agency said.

“I had goods worth eight million naira in that shop. Everything is gone,” said Mrs Ngozi Eze, a fabric seller, standing beside the blackened frame of her stall. “My children’s school fees were in there.”

Alhaji Musa Danjuma, chairman of the market’s traders’ association, blamed the fire service. “They came after two hours. Two hours!” he said. “By then there was nothing to save.”

A fire service official, who asked not to be named because he was not authorised to speak to the press, said the trucks had been “stuck on the bridge for forty minutes”.

Adaeze Nwosu, who sells shoes two rows away, said her brother Emeka had tried to go back in for the cash box. “I held his shirt and would not let go,” she said.
"#,
    r#"Colombia's coffee growers fear a price slump as harvest swells

BOGOTÁ — Colombia's coffee growers are heading for their biggest harvest in three decades, but many fear that falling world prices will wipe out their gains.

The National Federation of Coffee Growers said in its weekly bulletin that output in the year to September would be "around 14 million bags".

"A big harvest is good news only if someone pays for it," the federation's chief executive, Germán Restrepo Villegas, told reporters in Bogotá, speaking in Spanish. Restrepo said the federation would ask the government for a price floor. "We are not asking for charity. We are asking for a floor so that nobody sells at a loss," he said.

In the hills above Manizales, María Fernanda López Ortega, who grows coffee on four hectares with her two sons, said she had heard the warnings before. "Every year they tell us the price will fall. Some years it does, some years it doesn't," López said through an interpreter. "We keep picking."

Agriculture Minister Lucía Ibarra Gómez said on Caracol Radio that the government was "studying every option" but that the budget was "very tight".

A movement of small growers known as "Café Justo," which wants a guaranteed price, has called a march on the capital for next month.
"#,
    r#"Okoro's walk-off double lifts Sacramento past Tacoma

SACRAMENTO, Calif. — Danny Okoro lined a two-run double into the left-field corner with two outs in the ninth inning, and the Sacramento Foxes beat the Tacoma Pilots 5-4 on Saturday night.

"Honestly, I was just trying not to strike out," Okoro said in the clubhouse, still soaked from the postgame celebration. "He'd been throwing me sliders all night. I figured he'd come in with the heater eventually."

Foxes manager Tony Barcelona said he never considered pinch-hitting for the rookie. "Not for a second," Barcelona said. "The kid has ice in his veins."

Tacoma closer Reid Falkner, who gave up the double, took the blame. "I left it over the plate. That's on me," Falkner said.

Starter Hideo Matsuda struck out nine over six innings for Sacramento. Through an interpreter, Matsuda said his splitter was "the best it has been all year."

Asked about Okoro, Matsuda smiled. "He owes me dinner," he said.

Tacoma manager Sheila Brandt said her team would "flush it" before Sunday's series finale. "We've won plenty of these. Tonight they did," she said.
"#,
    r#"FOR IMMEDIATE RELEASE

Marlow State researchers develop ten-minute field test for soybean rust

AMES, Iowa, May 12, 2026 — Researchers at Marlow State University have developed a paper-strip test that detects soybean rust in the field in under ten minutes, the university announced today.

"Farmers usually learn they have rust when it is already too late to spray," said Dr. Kavitha Subramanyam, associate professor of plant pathology and the study's senior author. "This test gives them a two-week head start."

The test, which the team calls "RustCheck," costs less than a dollar per strip. It is described in the journal Plant Disease Reports.

"We tested it on 140 farms across three states, and it agreed with the lab results 94 percent of the time," said graduate student Tomás Aguilar-Reyes, the paper's first author.

The Iowa Soybean Growers Council, which helped fund the work, called the test "exactly what growers have been asking for."

"Anything that saves a spray pass saves money and keeps chemicals out of the water," said council president Gary Lindqvist, who farms 1,200 acres near Boone.

About Marlow State University
Marlow State University is a public research university in Ames, Iowa, with 31,000 students.

Media contact: Jenna Hsu, Office of University Relations
"#,
    r#"Bird flu confirmed on Otago poultry farm

WELLINGTON (Reuters) — New Zealand has confirmed a highly pathogenic strain of bird flu on a commercial egg farm in Otago, the Ministry for Primary Industries said on Tuesday.

The ministry's chief veterinary officer, Dr Aroha Ngata, said about 80,000 hens on the farm would be culled. "We are moving fast and we are moving hard. That is the only way to stop this," she told a news conference in Wellington.

Ngata said there was "no evidence at this stage" that the virus had spread to other farms. A 10 km control zone had been set up around the property, she said.

Agriculture Minister Grant Pemberton said the government would compensate the farmer. "Nobody should be left out of pocket for doing the right thing and reporting this early," Pemberton said.

Federated Farmers' Otago president, Hamish Crombie, described the news as "a gut punch" for the region. He said: "Egg farmers here have already had two tough years. Most of them are family businesses."

The Poultry Industry Association said in a statement that egg supplies would not be affected "in any significant way".

Asked whether the strain was the same as the one found in dairy cattle in the United States, Ngata said: "It's a different lineage. We are confident of that."
"#,
];

fn gold() -> Vec<Gold> {
    vec![
        // 0: sentencing; "Common Pleas Judge", an initial, a partial quote
        // with the defendant as object, a hyphenated prosecutor, a
        // sheriff's office.
        g(
            0,
            "taken a father",
            "bottle of pills.",
            "Rebecca L. Strand",
            "Rebecca L. Strand",
            "father",
        ),
        g(
            0,
            "Nothing I do today",
            "what you took,",
            "Rebecca L. Strand",
            "she",
            "nothing",
        ),
        g(
            0,
            "I think about what",
            "every day,",
            "Darnell Whitcomb",
            "he",
            "think",
        ),
        g(
            0,
            "I'm not asking you",
            "forgive me.",
            "Darnell Whitcomb",
            "he",
            "think",
        ),
        g(
            0,
            "two years too late.",
            "two years too late.",
            "Angela Moretti",
            "Angela Moretti",
            "toolate",
        ),
        g(
            0,
            "This was a cold",
            "it that way,",
            "Loretta Banks-Hale",
            "Banks-Hale",
            "cold",
        ),
        g(
            0,
            "That doesn't excuse",
            "explains a lot,",
            "Kevin O'Rourke",
            "O'Rourke",
            "excuse",
        ),
        g(
            0,
            "within the week.",
            "within the week.",
            "Montgomery County Sheriff's Office",
            "Montgomery County Sheriff's Office",
            "week",
        ),
        // 1: product launch; a lower-case role before the name, "which she
        // called", a company through a press release, a feature's name.
        g(
            1,
            "We think this is",
            "want to work on,",
            "Mireille Okafor-Stanton",
            "Mireille Okafor-Stanton",
            "folding",
        ),
        g(
            1,
            "Not a toy.",
            "A tool.",
            "Mireille Okafor-Stanton",
            "Mireille Okafor-Stanton",
            "folding",
        ),
        g(
            1,
            "the hardest engineering",
            "ever solved.",
            "Mireille Okafor-Stanton",
            "she",
            "hinge",
        ),
        g(
            1,
            "the thinnest folding",
            "on the market.",
            "Halvard Systems",
            "Halvard",
            "thinnest",
        ),
        g(
            1,
            "The price will keep",
            "product cycles,",
            "Ben Castellano",
            "Ben Castellano",
            "price",
        ),
        g(
            1,
            "Enterprise buyers",
            "for novelty.",
            "Ben Castellano",
            "Ben Castellano",
            "price",
        ),
        g(
            1,
            "the number to watch.",
            "the number to watch.",
            "Ben Castellano",
            "Castellano",
            "watch",
        ),
        // 2: clergy; "the Rev.", "Imam", "Rabbi", "Sister", a
        // multi-paragraph quote, a diocese, a spokeswoman, a letter's title.
        g(
            2,
            "Scripture does not",
            "looking away,",
            "Cornelius Abernathy-Wright",
            "Cornelius Abernathy-Wright",
            "scripture",
        ),
        g(
            2,
            "Neither does the Quran",
            "the Torah.",
            "Cornelius Abernathy-Wright",
            "Cornelius Abernathy-Wright",
            "scripture",
        ),
        g(
            2,
            "If this city can find",
            "under its bridges.",
            "Cornelius Abernathy-Wright",
            "Cornelius Abernathy-Wright",
            "scripture",
        ),
        g(
            2,
            "more than 300 people",
            "a night",
            "Yusuf Haddad",
            "Yusuf Haddad",
            "fed",
        ),
        g(
            2,
            "We do not disagree",
            "agree about this,",
            "Miriam Gottlieb",
            "she",
            "agree",
        ),
        g(
            2,
            "stands with the families",
            "on the shelter",
            "Roman Catholic Diocese of Camden",
            "Roman Catholic Diocese of Camden",
            "stands",
        ),
        g(
            2,
            "committed to finding",
            "resident a bed",
            "Dana Kowalczyk",
            "Dana Kowalczyk",
            "committed",
        ),
        g(
            2,
            "They said the same",
            "for that bed,",
            "Bernadette Ruane",
            "she",
            "same",
        ),
        // 3: Soweto co-op; "Mr", "Mrs", an Afrikaans particle name ("du
        // Plessis", "van Wyk"), a utility's spokesperson, British punctuation.
        g(
            3,
            "When load-shedding",
            "street with lights,",
            "Nomvula Dlamini",
            "Nomvula Dlamini",
            "lights",
        ),
        g(
            3,
            "People came from",
            "their phones.",
            "Nomvula Dlamini",
            "Nomvula Dlamini",
            "lights",
        ),
        g(
            3,
            "in under three years",
            "in under three years",
            "Sipho Mahlangu",
            "Mahlangu",
            "panels",
        ),
        g(
            3,
            "more co-ops, not fewer",
            "more co-ops, not fewer",
            "Tumelo Ngcobo",
            "Tumelo Ngcobo",
            "co-ops",
        ),
        g(
            3,
            "They are a lifeboat",
            "not a ship,",
            "Pieter du Plessis",
            "he",
            "lifeboat",
        ),
        g(
            3,
            "I'm tired of cooking",
            "by candlelight,",
            "Elsabe van Wyk",
            "she",
            "candlelight",
        ),
        g(
            3,
            "Then the neighbours",
            "us to share,",
            "Nomvula Dlamini",
            "she",
            "battery",
        ),
        // 4: Singapore; surname-first names ("Ong Kah Wee" then "Mr Ong"),
        // "Madam", an acronym agency, "Associate Professor".
        g(
            4,
            "difficult ground conditions",
            "difficult ground conditions",
            "Ong Kah Wee",
            "Ong",
            "ground",
        ),
        g(
            4,
            "We would rather be late",
            "be sorry,",
            "Ong Kah Wee",
            "he",
            "late",
        ),
        g(
            4,
            "put in place",
            "additional safeguards",
            "Land Transport Authority",
            "LTA",
            "safeguards",
        ),
        g(
            4,
            "Already wait so long",
            "also can,",
            "Teo Siew Lan",
            "Teo Siew Lan",
            "wait",
        ),
        g(
            4,
            "a firm date",
            "not a range",
            "Nurul Huda Rahman",
            "Nurul Huda Rahman",
            "firm",
        ),
        g(
            4,
            "not unusual for",
            "of this size",
            "Raymond Goh",
            "Raymond Goh",
            "unusual",
        ),
        // 5: Lagos fire; an epithet that is no speech, a state agency,
        // "Mrs", "Alhaji", an unnamed official, "she" with a brother in play.
        g(
            5,
            "likely caused by",
            "electrical fault",
            "Lagos State Emergency Management Agency",
            "Lagos State Emergency Management Agency",
            "fault",
        ),
        g(
            5,
            "I had goods worth",
            "Everything is gone,",
            "Ngozi Eze",
            "Ngozi Eze",
            "goods",
        ),
        g(
            5,
            "My children",
            "in there.",
            "Ngozi Eze",
            "Ngozi Eze",
            "goods",
        ),
        g(
            5,
            "They came after",
            "Two hours!",
            "Musa Danjuma",
            "he",
            "hours",
        ),
        g(
            5,
            "By then there was",
            "nothing to save.",
            "Musa Danjuma",
            "he",
            "hours",
        ),
        g(
            5,
            "stuck on the bridge",
            "forty minutes",
            None,
            "A fire service official",
            "bridge",
        ),
        g(
            5,
            "I held his shirt",
            "not let go,",
            "Adaeze Nwosu",
            "she",
            "shirt",
        ),
        // 6: Colombian coffee; a federation's bulletin, Spanish double
        // surnames cut to one ("Restrepo", "López"), translated quotes, two
        // partial quotes in one sentence, a movement's name.
        g(
            6,
            "around 14 million bags",
            "around 14 million bags",
            "National Federation of Coffee Growers",
            "National Federation of Coffee Growers",
            "bags",
        ),
        g(
            6,
            "A big harvest is good",
            "pays for it,",
            "Germán Restrepo Villegas",
            "Germán Restrepo Villegas",
            "harvest",
        ),
        g(
            6,
            "We are not asking",
            "sells at a loss,",
            "Germán Restrepo Villegas",
            "he",
            "charity",
        ),
        g(
            6,
            "Every year they tell us",
            "years it doesn't,",
            "María Fernanda López Ortega",
            "López",
            "every",
        ),
        g(
            6,
            "We keep picking.",
            "We keep picking.",
            "María Fernanda López Ortega",
            "López",
            "every",
        ),
        g(
            6,
            "studying every option",
            "studying every option",
            "Lucía Ibarra Gómez",
            "Lucía Ibarra Gómez",
            "option",
        ),
        g(
            6,
            "very tight",
            "very tight",
            "Lucía Ibarra Gómez",
            "Lucía Ibarra Gómez",
            "tight",
        ),
        // 7: baseball; a surname that is a city, a closer, a translated
        // quote, "he" with two men in play, a woman manager.
        g(
            7,
            "Honestly, I was just",
            "not to strike out,",
            "Danny Okoro",
            "Okoro",
            "honestly",
        ),
        g(
            7,
            "He'd been throwing",
            "heater eventually.",
            "Danny Okoro",
            "Okoro",
            "honestly",
        ),
        g(
            7,
            "Not for a second,",
            "Not for a second,",
            "Tony Barcelona",
            "Barcelona",
            "second",
        ),
        g(
            7,
            "The kid has ice",
            "in his veins.",
            "Tony Barcelona",
            "Barcelona",
            "second",
        ),
        g(
            7,
            "I left it over",
            "That's on me,",
            "Reid Falkner",
            "Falkner",
            "plate",
        ),
        g(
            7,
            "the best it has been",
            "all year.",
            "Hideo Matsuda",
            "Matsuda",
            "splitter",
        ),
        g(
            7,
            "He owes me dinner,",
            "He owes me dinner,",
            "Hideo Matsuda",
            "he",
            "dinner",
        ),
        g(
            7,
            "flush it",
            "flush it",
            "Sheila Brandt",
            "Sheila Brandt",
            "flush",
        ),
        g(
            7,
            "We've won plenty",
            "Tonight they did,",
            "Sheila Brandt",
            "she",
            "plenty",
        ),
        // 8: press release; "Dr." with a long role, a graduate student,
        // a growers' council, a product's name, a media contact.
        g(
            8,
            "Farmers usually learn",
            "too late to spray,",
            "Kavitha Subramanyam",
            "Kavitha Subramanyam",
            "rust",
        ),
        g(
            8,
            "This test gives them",
            "head start.",
            "Kavitha Subramanyam",
            "Kavitha Subramanyam",
            "rust",
        ),
        g(
            8,
            "We tested it on 140",
            "of the time,",
            "Tomás Aguilar-Reyes",
            "Tomás Aguilar-Reyes",
            "tested",
        ),
        g(
            8,
            "exactly what growers",
            "asking for.",
            "Iowa Soybean Growers Council",
            "Iowa Soybean Growers Council",
            "exactly",
        ),
        g(
            8,
            "Anything that saves",
            "out of the water,",
            "Gary Lindqvist",
            "Gary Lindqvist",
            "spray",
        ),
        // 9: bird flu wire; a ministry, Maori and Scottish names, a
        // possessive organisation before a role, colon quotes.
        g(
            9,
            "We are moving fast",
            "to stop this,",
            "Aroha Ngata",
            "she",
            "fast",
        ),
        g(
            9,
            "no evidence at this stage",
            "no evidence at this stage",
            "Aroha Ngata",
            "Ngata",
            "evidence",
        ),
        g(
            9,
            "Nobody should be left",
            "this early,",
            "Grant Pemberton",
            "Pemberton",
            "pocket",
        ),
        g(
            9,
            "a gut punch",
            "a gut punch",
            "Hamish Crombie",
            "Hamish Crombie",
            "gut",
        ),
        g(
            9,
            "Egg farmers here",
            "family businesses.",
            "Hamish Crombie",
            "He",
            "egg",
        ),
        g(
            9,
            "in any significant way",
            "in any significant way",
            "Poultry Industry Association",
            "Poultry Industry Association",
            "significant",
        ),
        g(
            9,
            "It's a different lineage.",
            "confident of that.",
            "Aroha Ngata",
            "Ngata",
            "lineage",
        ),
    ]
}

#[test]
fn seventh_held_out_set_scores() {
    let analysis = run(&ARTICLES);
    let gold = gold();
    let scores = score("heldout7", &ARTICLES, &analysis, &gold);
    println!("heldout7: {scores:?}");
    // Floors at the seventh round's run (the blind run was 0.97 / 0.98 /
    // speaker 0.74 / mention 0.90).
    scores.assert_at_least(&Floors {
        precision: 0.98,
        recall: 1.0,
        f1: 0.99,
        speaker: 0.95,
        mention: 0.95,
        utterance_precision: 0.5,
        utterance_recall: 0.07,
    });
}
