//! Corpus program: exercises std collections and formatting.
//!
//! Output must be deterministic: HashMap contents are always sorted before
//! printing because its iteration order is randomised per process.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fmt;

const TEXT: &str = "the quick brown fox jumps over the lazy dog \
    the dog barks and the fox runs away into the brown forest \
    a lazy afternoon turns into a quick evening for the tired dog";

#[derive(Debug, Clone, PartialEq)]
struct Item {
    name: String,
    qty: u32,
    price: f64,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<10}|{:>5}|{:>9.2}", self.name, self.qty, self.price)
    }
}

fn word_frequencies(text: &str) -> HashMap<String, usize> {
    let mut freq = HashMap::new();
    for word in text.split_whitespace() {
        *freq.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    freq
}

fn by_length(freq: &HashMap<String, usize>) -> BTreeMap<usize, Vec<String>> {
    let mut groups: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for word in freq.keys() {
        groups.entry(word.len()).or_default().push(word.clone());
    }
    for words in groups.values_mut() {
        words.sort();
    }
    groups
}

/// Breadth-first search over a small adjacency list; returns hop distances.
fn bfs(edges: &[(u32, u32)], start: u32) -> BTreeMap<u32, u32> {
    let mut adj: HashMap<u32, Vec<u32>> = HashMap::new();
    for &(a, b) in edges {
        adj.entry(a).or_default().push(b);
        adj.entry(b).or_default().push(a);
    }
    for list in adj.values_mut() {
        list.sort_unstable();
    }
    let mut dist = BTreeMap::new();
    let mut queue = VecDeque::new();
    dist.insert(start, 0);
    queue.push_back(start);
    while let Some(node) = queue.pop_front() {
        let d = dist[&node];
        for &next in adj.get(&node).map(Vec::as_slice).unwrap_or(&[]) {
            if !dist.contains_key(&next) {
                dist.insert(next, d + 1);
                queue.push_back(next);
            }
        }
    }
    dist
}

/// Sliding-window maximum with a monotonic deque.
fn window_max(values: &[i64], k: usize) -> Vec<i64> {
    let mut out = Vec::with_capacity(values.len().saturating_sub(k) + 1);
    let mut dq: VecDeque<usize> = VecDeque::new();
    for (i, &v) in values.iter().enumerate() {
        while dq.back().is_some_and(|&j| values[j] <= v) {
            dq.pop_back();
        }
        dq.push_back(i);
        if dq.front().is_some_and(|&j| j + k <= i) {
            dq.pop_front();
        }
        if i + 1 >= k {
            out.push(values[dq[0]]);
        }
    }
    out
}

/// Tiny deterministic PRNG (xorshift) so the program needs no crates.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

fn caesar(s: &str, shift: u8) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => (((c as u8 - b'a' + shift) % 26) + b'a') as char,
            'A'..='Z' => (((c as u8 - b'A' + shift) % 26) + b'A') as char,
            _ => c,
        })
        .collect()
}

fn main() {
    // Word statistics: HashMap -> sorted Vec.
    let freq = word_frequencies(TEXT);
    let mut counts: Vec<(&String, &usize)> = freq.iter().collect();
    counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("== top words ({} distinct) ==", freq.len());
    for (word, n) in counts.iter().take(6) {
        println!("{:>12} : {:<3} {}", word, n, "*".repeat(**n));
    }

    println!("== words by length ==");
    for (len, words) in by_length(&freq) {
        println!("{len:02} -> {}", words.join(","));
    }

    // Inventory: Vec of structs, Display with width/precision.
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let names = ["apple", "pear", "plum", "cherry", "fig", "kiwi", "mango"];
    let mut items: Vec<Item> = names
        .iter()
        .map(|n| Item {
            name: n.to_string(),
            qty: (rng.next() % 50) as u32,
            price: (rng.next() % 10_000) as f64 / 100.0,
        })
        .collect();
    items.sort_by(|a, b| b.price.partial_cmp(&a.price).unwrap());
    println!("== inventory ==");
    println!("{:<10}|{:>5}|{:>9}", "name", "qty", "price");
    let mut total = 0.0;
    for item in &items {
        println!("{item}");
        total += item.qty as f64 * item.price;
    }
    println!("{:-<26}", "");
    println!("{:<10}|{:>5}|{:>9.2}", "total", items.iter().map(|i| i.qty).sum::<u32>(), total);
    println!("mean value {:8.3} / max {:?}", total / items.len() as f64, items.first().map(|i| &i.name));

    // Graph search: VecDeque as a queue.
    let edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (7, 8), (6, 9), (2, 9)];
    println!("== bfs from 1 ==");
    for (node, d) in bfs(&edges, 1) {
        print!("{node}:{d} ");
    }
    println!();

    // Sliding window over pseudo-random data.
    let data: Vec<i64> = (0..20).map(|_| (rng.next() % 200) as i64 - 100).collect();
    println!("data   {:?}", data);
    println!("max/4  {:?}", window_max(&data, 4));

    // Set operations and string building.
    let evens: HashSet<u32> = (0..30).filter(|x| x % 2 == 0).collect();
    let threes: HashSet<u32> = (0..30).filter(|x| x % 3 == 0).collect();
    let mut both: Vec<u32> = evens.intersection(&threes).copied().collect();
    both.sort();
    println!("multiples of 6: {both:?}");
    let mut sentence = String::new();
    for (i, w) in TEXT.split(' ').filter(|w| !w.is_empty()).enumerate().step_by(5) {
        if !sentence.is_empty() {
            sentence.push('-');
        }
        sentence.push_str(&format!("{}{}", w.to_uppercase(), i));
    }
    println!("sampled: {sentence}");
    let secret = caesar("Hello, Collections!", 13);
    println!("rot13: {secret} -> {}", caesar(&secret, 13));
    println!("hex {:#010x} bin {:b} sci {:e} pad [{:^9}]", 48879, 37u8, 1234.5f64, "mid");
}
