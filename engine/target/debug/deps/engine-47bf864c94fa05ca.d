/work/main/engine/target/debug/deps/engine-47bf864c94fa05ca.d: src/lib.rs src/catalogue/mod.rs src/catalogue/endpoints.rs src/diagnose.rs src/evidence.rs src/outcome.rs src/policy.rs src/status_page.rs src/timing.rs

/work/main/engine/target/debug/deps/libengine-47bf864c94fa05ca.rlib: src/lib.rs src/catalogue/mod.rs src/catalogue/endpoints.rs src/diagnose.rs src/evidence.rs src/outcome.rs src/policy.rs src/status_page.rs src/timing.rs

/work/main/engine/target/debug/deps/libengine-47bf864c94fa05ca.rmeta: src/lib.rs src/catalogue/mod.rs src/catalogue/endpoints.rs src/diagnose.rs src/evidence.rs src/outcome.rs src/policy.rs src/status_page.rs src/timing.rs

src/lib.rs:
src/catalogue/mod.rs:
src/catalogue/endpoints.rs:
src/diagnose.rs:
src/evidence.rs:
src/outcome.rs:
src/policy.rs:
src/status_page.rs:
src/timing.rs:
