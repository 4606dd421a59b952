use baocao::docx::*;
#[test]
fn write_sample() {
    let md = std::fs::read_to_string("tests/fixtures/sample.md").unwrap();
    let b = markdown_to_docx(&md, &Profile::default()).unwrap();
    std::fs::write("/tmp/sample.docx", &b).unwrap();
}
