//! The XML formats (Disqus, WordPress) read as a stream of elements with their text, through
//! quick-xml's pull parser: memory stays that of one element whatever the file's size.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use quick_xml::events::Event;
use quick_xml::Reader;

use super::SourceError;

/// One step through the document.
pub enum Node {
    /// An element opens: its qualified name (`wp:comment`) and attributes.
    Open {
        name: String,
        attributes: Vec<(String, String)>,
    },
    /// An element closes, with the text directly inside it (entities resolved, CDATA as is).
    Close { name: String, text: String },
}

pub struct XmlStream {
    reader: Reader<BufReader<File>>,
    path: PathBuf,
    buf: Vec<u8>,
    text: String,
    open: Vec<String>,
    /// An empty element (`<x/>`) is an open and a close: the close, waiting.
    pending_close: Option<String>,
    /// The file's size: an error at its very end means it was cut short.
    len: u64,
}

impl XmlStream {
    pub fn open(path: &Path) -> Result<XmlStream, SourceError> {
        let file = File::open(path).map_err(|e| SourceError::unreadable(path, e))?;
        let len = file.metadata().map(|m| m.len()).unwrap_or(u64::MAX);
        let mut reader = Reader::from_reader(BufReader::with_capacity(256 * 1024, file));
        reader.config_mut().check_end_names = true;
        Ok(XmlStream {
            reader,
            path: path.to_owned(),
            buf: Vec::with_capacity(4096),
            text: String::new(),
            open: Vec::new(),
            pending_close: None,
            len,
        })
    }

    /// How many elements enclose the current one.
    pub fn depth(&self) -> usize {
        self.open.len()
    }

    /// A problem at the reader's position.
    pub fn error(&self, message: impl std::fmt::Display) -> SourceError {
        SourceError::at_byte(&self.path, self.reader.buffer_position(), message)
    }

    /// The next element boundary, or `None` at the end of a complete document.
    pub fn next(&mut self) -> Result<Option<Node>, SourceError> {
        if let Some(name) = self.pending_close.take() {
            self.open.pop();
            return Ok(Some(Node::Close {
                name,
                text: String::new(),
            }));
        }
        loop {
            self.buf.clear();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(event) => event,
                Err(e) => {
                    let at = self.reader.error_position();
                    let cut = if self.reader.buffer_position() >= self.len {
                        " (the file ends there: it is truncated)"
                    } else {
                        ""
                    };
                    return Err(SourceError::at_byte(
                        &self.path,
                        at,
                        format!("not well-formed XML: {e}{cut}"),
                    ));
                }
            };
            let (path, reader) = (&self.path, &self.reader);
            let fail =
                |message: String| SourceError::at_byte(path, reader.buffer_position(), message);
            let empty = matches!(event, Event::Empty(_));
            match event {
                Event::Start(e) | Event::Empty(e) => {
                    let (name, attributes) = element(&e).map_err(fail)?;
                    self.text.clear();
                    self.open.push(name.clone());
                    if empty {
                        self.pending_close = Some(name.clone());
                    }
                    return Ok(Some(Node::Open { name, attributes }));
                }
                Event::End(e) => {
                    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                    self.open.pop();
                    return Ok(Some(Node::Close {
                        name,
                        text: std::mem::take(&mut self.text),
                    }));
                }
                Event::Text(e) => {
                    let text = e
                        .xml10_content()
                        .map_err(|err| fail(format!("bad text: {err}")))?;
                    self.text.push_str(&text);
                }
                Event::CData(e) => {
                    let text = e
                        .decode()
                        .map_err(|err| fail(format!("bad CDATA: {err}")))?;
                    self.text.push_str(&text);
                }
                Event::GeneralRef(e) => {
                    if let Some(c) = e
                        .resolve_char_ref()
                        .map_err(|err| fail(format!("bad character reference: {err}")))?
                    {
                        self.text.push(c);
                    } else {
                        let name = e
                            .decode()
                            .map_err(|err| fail(format!("bad entity: {err}")))?;
                        match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(s) => self.text.push_str(s),
                            None => return Err(fail(format!("unknown entity &{name};"))),
                        }
                    }
                }
                Event::Eof => {
                    if let Some(open) = self.open.last() {
                        return Err(
                            self.error(format!("the file ends inside <{open}>: it is truncated"))
                        );
                    }
                    return Ok(None);
                }
                _ => {}
            }
        }
    }
}

/// An element's name and attributes.
fn element(
    e: &quick_xml::events::BytesStart<'_>,
) -> Result<(String, Vec<(String, String)>), String> {
    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    for attribute in e.attributes() {
        let attribute = attribute.map_err(|err| format!("bad attribute in <{name}>: {err}"))?;
        let value = attribute
            .decoded_and_normalized_value(quick_xml::XmlVersion::Implicit1_0, e.decoder())
            .map_err(|err| format!("bad attribute value in <{name}>: {err}"))?;
        attributes.push((
            String::from_utf8_lossy(attribute.key.as_ref()).into_owned(),
            value.into_owned(),
        ));
    }
    Ok((name, attributes))
}
