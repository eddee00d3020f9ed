//! Records the day this build was made, for `calendar::build_day`: `SOURCE_DATE_EPOCH` when the
//! builder sets it (reproducible builds), else the last commit's date, else nothing (the
//! engine then falls back to the catalogues' check date). Never the wall clock, so the same
//! commit always builds the same page.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let commit_time = || {
        let out = Command::new("git")
            .args(["log", "-1", "--format=%ct"])
            .output()
            .ok()?;
        String::from_utf8(out.stdout)
            .ok()?
            .trim()
            .parse::<i64>()
            .ok()
    };
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .or_else(commit_time);
    if let Some(seconds) = seconds {
        println!("cargo:rustc-env=QBO_BUILD_EPOCH_S={seconds}");
    }
    // A new commit moves the date.
    if let Ok(out) = Command::new("git")
        .args(["rev-parse", "--git-dir"])
        .output()
    {
        if let Ok(dir) = String::from_utf8(out.stdout) {
            let dir = dir.trim();
            if !dir.is_empty() {
                println!("cargo:rerun-if-changed={dir}/HEAD");
                println!("cargo:rerun-if-changed={dir}/refs/heads");
            }
        }
    }
}
