fn main() {
    let path = std::env::args().nth(1).unwrap();
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let t = std::time::Instant::now();
    let checks = docs_openapi::validate::check_examples(&v);
    let bad: Vec<_> = checks.iter().filter(|c| !c.is_valid()).collect();
    println!("{} checks, {} invalid, {:?}", checks.len(), bad.len(), t.elapsed());
    for b in bad.iter().take(40) { println!("{} {} {}", b.operation_id, b.location, b.errors[0].chars().take(200).collect::<String>()); }
}
