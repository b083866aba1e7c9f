//! The example corpus, embedded at compile time (no fetch).
use wirelens::Document;

/// (id, text) of the five seed articles, in id order.
pub const SEEDS: [(&str, &str); 5] = [
    (
        "000_3f04ed3890fa3ca4",
        include_str!("../seeds/000_3f04ed3890fa3ca4.txt"),
    ),
    (
        "001_3a15821f95648dd1",
        include_str!("../seeds/001_3a15821f95648dd1.txt"),
    ),
    (
        "002_fad698e21613d5de",
        include_str!("../seeds/002_fad698e21613d5de.txt"),
    ),
    (
        "003_81a701cb0d8ed4aa",
        include_str!("../seeds/003_81a701cb0d8ed4aa.txt"),
    ),
    (
        "004_22fdcdff3e63ad71",
        include_str!("../seeds/004_22fdcdff3e63ad71.txt"),
    ),
];

/// The seed articles as engine documents.
pub fn seed_documents() -> Vec<Document> {
    SEEDS
        .iter()
        .map(|(id, text)| Document::new(*id, *text))
        .collect()
}
