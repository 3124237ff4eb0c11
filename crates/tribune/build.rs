//! `sqlx::migrate!` embeds the migrations at compile time; this makes Cargo rebuild when one
//! is added or changed (the macro cannot ask for that itself on stable Rust).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
