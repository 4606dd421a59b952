//! A small element tree of an XML part, for reading a DOCX: names without
//! their namespace prefix (`w:p` is `p`), attributes likewise, text with
//! its entities resolved.

use quick_xml::events::Event;
use quick_xml::Reader;

#[derive(Debug, Clone, Default)]
pub struct Elem {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

#[derive(Debug, Clone)]
pub enum Node {
    Elem(Elem),
    Text(String),
}

fn local(name: &[u8]) -> String {
    let s = String::from_utf8_lossy(name);
    match s.rfind(':') {
        Some(i) => s[i + 1..].to_string(),
        None => s.into_owned(),
    }
}

impl Elem {
    /// The value of an attribute, by its local name (`val` for `w:val`).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The child elements.
    pub fn elems(&self) -> impl Iterator<Item = &Elem> {
        self.children.iter().filter_map(|n| match n {
            Node::Elem(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element named `name`.
    pub fn child(&self, name: &str) -> Option<&Elem> {
        self.elems().find(|e| e.name == name)
    }

    /// The text directly inside this element.
    pub fn text(&self) -> String {
        let mut s = String::new();
        for n in &self.children {
            if let Node::Text(t) = n {
                s.push_str(t);
            }
        }
        s
    }

    /// A switch of a run's or a style's properties (`<w:b/>`, `<w:b
    /// w:val="0"/>`): `None` when absent.
    pub fn toggle(&self, name: &str) -> Option<bool> {
        self.child(name)
            .map(|e| !matches!(e.attr("val"), Some("0" | "false" | "off" | "none")))
    }
}

/// Parses a part; `Err` with the parser's message when it is not XML.
pub fn parse(xml: &[u8]) -> Result<Elem, String> {
    let mut reader = Reader::from_reader(xml);
    let mut stack: Vec<Elem> = vec![Elem::default()];
    let open = |s: &quick_xml::events::BytesStart| -> Result<Elem, String> {
        let mut e = Elem {
            name: local(s.name().as_ref()),
            ..Default::default()
        };
        for a in s.attributes() {
            let a = a.map_err(|e| e.to_string())?;
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned());
            e.attrs.push((local(a.key.as_ref()), v));
        }
        Ok(e)
    };
    let push_text = |stack: &mut Vec<Elem>, t: &str| {
        if let Some(top) = stack.last_mut() {
            if let Some(Node::Text(last)) = top.children.last_mut() {
                last.push_str(t);
            } else {
                top.children.push(Node::Text(t.to_string()));
            }
        }
    };
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(s) => stack.push(open(&s)?),
            Event::Empty(s) => {
                let e = open(&s)?;
                if let Some(top) = stack.last_mut() {
                    top.children.push(Node::Elem(e));
                }
            }
            Event::End(_) => {
                let e = stack.pop().ok_or("unbalanced end tag")?;
                match stack.last_mut() {
                    Some(top) => top.children.push(Node::Elem(e)),
                    None => return Err("unbalanced end tag".into()),
                }
            }
            Event::Text(t) => {
                let s = t.decode().map_err(|e| e.to_string())?;
                push_text(&mut stack, &s);
            }
            Event::GeneralRef(r) => {
                if let Some(c) = crate::docx::package::entity_char(&r) {
                    push_text(&mut stack, &c.to_string());
                }
            }
            Event::CData(c) => push_text(&mut stack, &String::from_utf8_lossy(&c)),
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err("unclosed element".into());
    }
    let root = stack.pop().unwrap_or_default();
    root.children
        .into_iter()
        .find_map(|n| match n {
            Node::Elem(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| "no root element".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_their_prefix_and_entities_are_resolved() {
        let e = parse(br#"<?xml version="1.0"?><w:p xmlns:w="x"><w:r><w:b w:val="0"/><w:t xml:space="preserve">a &amp; b&#x20;c</w:t></w:r></w:p>"#).unwrap();
        assert_eq!(e.name, "p");
        let r = e.child("r").unwrap();
        assert_eq!(r.toggle("b"), Some(false));
        assert_eq!(r.child("t").unwrap().text(), "a & b c");
        assert!(parse(b"<a><b></a>").is_err());
    }
}
