//! The `tribune` binary: parse the command line, dispatch.

fn main() -> std::process::ExitCode {
    tribune::cli::main()
}
