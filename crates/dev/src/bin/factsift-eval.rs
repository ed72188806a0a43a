//! `factsift-eval [SHARED_DIR] [SECTION]`: prints accuracy figures on the shared sets,
//! each beside its target; exits 1 when a figure misses its target, 2 on an error.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let shared = args.next().unwrap_or_else(|| "../shared".to_string());
    let only = args.next();
    let data = factsift_dev::eval::SharedData::new(shared);
    match factsift_dev::eval::run(&data, only.as_deref()) {
        Ok(missed) => {
            if missed > 0 {
                println!("{missed} figure(s) below target");
            }
            ExitCode::from(factsift_dev::eval::exit_status(missed))
        }
        Err(e) => {
            eprintln!("factsift-eval: {e:#}");
            ExitCode::from(factsift_dev::eval::EXIT_ERROR)
        }
    }
}
