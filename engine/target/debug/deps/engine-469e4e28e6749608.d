/work/main/engine/target/debug/deps/engine-469e4e28e6749608.d: src/lib.rs src/catalogue/mod.rs src/catalogue/endpoints.rs src/diagnose.rs src/diagnose/tests.rs src/evidence.rs src/outcome.rs src/policy.rs src/status_page.rs src/timing.rs

/work/main/engine/target/debug/deps/engine-469e4e28e6749608: src/lib.rs src/catalogue/mod.rs src/catalogue/endpoints.rs src/diagnose.rs src/diagnose/tests.rs src/evidence.rs src/outcome.rs src/policy.rs src/status_page.rs src/timing.rs

src/lib.rs:
src/catalogue/mod.rs:
src/catalogue/endpoints.rs:
src/diagnose.rs:
src/diagnose/tests.rs:
src/evidence.rs:
src/outcome.rs:
src/policy.rs:
src/status_page.rs:
src/timing.rs:
