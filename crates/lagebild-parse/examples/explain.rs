//! Prints the `--explain` view of each file named on the command line.
fn main() {
    for path in std::env::args().skip(1) {
        match std::fs::read(&path).map(|b| lagebild_parse::parse(&b)) {
            Ok(Ok(article)) => println!("== {path}\n{}", lagebild_parse::explain(&article)),
            Ok(Err(e)) => eprintln!("{path}: {e}"),
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
}
