fn main() {
    qbo_check::start_followup();
}
