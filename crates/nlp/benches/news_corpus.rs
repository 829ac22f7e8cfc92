//! A deterministic news-like corpus for benchmarks, generated from sentence
//! templates written for whosaid: datelines, titles and abbreviations,
//! direct, partial and split quotes, reported speech, numbers and lists.

/// Deterministic pseudo-random numbers (a 64-bit LCG): the same corpus on
/// every machine and run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next(items.len())]
    }
}

const NAMES: &[&str] = &[
    "Sen. Maria Delgado",
    "Gov. Tom Whitfield",
    "Dr. Aisha Rahman",
    "Mayor Lena Okafor",
    "Secretary Paul Brenner",
    "Rep. J. T. Moreau",
    "Prime Minister Ingrid Solberg",
    "the ministry",
    "the company",
    "officials",
    "a person familiar with the talks",
];
const SURNAMES: &[&str] = &[
    "Delgado",
    "Whitfield",
    "Rahman",
    "Okafor",
    "Brenner",
    "Moreau",
    "Solberg",
];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "warned",
    "insisted",
    "noted",
    "wrote",
];
const PLACES: &[&str] = &[
    "WASHINGTON (AP) —",
    "ST. LOUIS (Reuters) -",
    "LONDON —",
    "BEIJING (AP) —",
];
const QUOTES: &[&str] = &[
    "We will not back down on this",
    "It’s a question of trust, and we didn’t have it",
    "The U.S. economy grew 2.4 percent last year",
    "Nobody expected the vote to pass so quickly",
    "This is the most important bill in a decade",
    "We’re ready to talk, but not at any price",
];
const CLAUSES: &[&str] = &[
    "the plan would cost $4.5 billion over 10 years",
    "talks with China’s envoy would resume on Jan. 6 at 9 a.m.",
    "the agency had failed to act on repeated warnings",
    "U.S.-China ties were at a critical juncture",
    "the measure had no chance in the Senate",
];
const FILLER: &[&str] = &[
    "The meeting at the Capitol lasted more than three hours.",
    "Prices rose 3.5 percent in October, the fastest pace since 2008.",
    "Acme Inc. reported higher profits for the quarter.",
    "The vote is expected by 5 p.m. Monday.",
    "Critics say the proposal goes too far... Supporters disagree.",
    "Shares of Widget Corp. fell 4 percent in New York.",
];

/// About `bytes` of news-like text: articles of several paragraphs
/// separated by blank lines.
pub fn generate(bytes: usize) -> String {
    let mut rng = Lcg(0x5EED);
    let mut out = String::with_capacity(bytes + 4096);
    while out.len() < bytes {
        out.push_str(rng.pick(PLACES));
        out.push(' ');
        for paragraph in 0..(4 + rng.next(5)) {
            if paragraph > 0 {
                out.push_str("\n\n");
            }
            for _ in 0..(1 + rng.next(3)) {
                let name = rng.pick(NAMES);
                let quote = rng.pick(QUOTES);
                match rng.next(6) {
                    0 => out.push_str(&format!("“{quote},” {name} {}. ", rng.pick(VERBS))),
                    1 => out.push_str(&format!(
                        "{name} {} that {}. ",
                        rng.pick(VERBS),
                        rng.pick(CLAUSES)
                    )),
                    2 => out.push_str(&format!(
                        "“{quote},” {} said. “{}.” ",
                        rng.pick(SURNAMES),
                        rng.pick(QUOTES)
                    )),
                    3 => out.push_str(&format!(
                        "The talks were “{}” and “productive,” {name} said. ",
                        rng.pick(&["candid", "difficult", "useful"])
                    )),
                    4 => out.push_str(&format!("According to {name}, {}. ", rng.pick(CLAUSES))),
                    _ => out.push_str(rng.pick(FILLER)),
                }
                out.push(' ');
            }
        }
        out.push_str("\n\n\n");
    }
    out
}
