//! The `diaspora-hub` command: parse the command line, then hand over to the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    diaspora_hub::memory::configure_allocator();
    let command_line = diaspora_hub::cli::CommandLine::parse();
    diaspora_hub::cli::run(command_line)
}
