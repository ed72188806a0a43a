//! The `factsift` binary: a thin shell over the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    factsift::main(factsift::Cli::parse())
}
