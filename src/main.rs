fn main() { factsift::hello(); }
