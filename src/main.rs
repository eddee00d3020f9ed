fn main() {
    qbo_check::start();
}
