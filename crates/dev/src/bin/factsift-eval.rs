//! `factsift-eval [SHARED_DIR] [SECTION]`: prints accuracy figures on the shared sets.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let shared = args.next().unwrap_or_else(|| "../shared".to_string());
    let only = args.next();
    let data = factsift_dev::eval::SharedData::new(shared);
    match factsift_dev::eval::run(&data, only.as_deref()) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(missed) => {
            println!("{missed} figure(s) below target");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("factsift-eval: {e:#}");
            ExitCode::FAILURE
        }
    }
}
