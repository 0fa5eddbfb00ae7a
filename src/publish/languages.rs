//! One bundle per language: English at the bundle's root, every other
//! language in a folder named by its code (`tr/`, `ur/`, `az/`), each a
//! complete bundle (page, embed.js, offline page, oEmbed) built with
//! `PTX_LANG` (scripts/build-languages.sh). A reader downloads only their
//! language's words and story, and the English bundle carries none of the
//! others. This module writes what ties the bundles together: the page's
//! language, `hreflang` alternates, the visible language switcher, and the
//! English bundle's hand-over to another language (`?lang=`, `#lang=`, a
//! script embed's `data-lang` or the article's `lang`).

use crate::html::escape_html;
use crate::i18n::Lang;

/// The languages published, English first.
pub const PUBLISHED: [Lang; 4] = [Lang::En, Lang::Tr, Lang::Ur, Lang::Az];

/// A language's folder below the English bundle: "" for English, "tr/".
pub fn folder(lang: Lang) -> String {
    match lang {
        Lang::En => String::new(),
        other => format!("{}/", other.code()),
    }
}

/// The address of `lang`'s page from `current`'s page, relative.
pub fn href(current: Lang, lang: Lang) -> String {
    let up = if current == Lang::En { "" } else { "../" };
    let path = format!("{up}{}", folder(lang));
    if path.is_empty() {
        "./".to_string()
    } else {
        path
    }
}

/// `<link rel="alternate" hreflang>` for every published language (and
/// English as the default), for the head of `current`'s page.
pub fn alternates(current: Lang) -> String {
    let mut links: Vec<String> = PUBLISHED
        .iter()
        .map(|&lang| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
                lang.code(),
                href(current, lang)
            )
        })
        .collect();
    links.push(format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />",
        href(current, Lang::En)
    ));
    links.join("\n  ")
}

/// The language switcher above the widget on its own page: a real link per
/// language, each named in its own language (never a flag: a language is
/// not a country), the current one marked.
pub fn switcher(current: Lang) -> String {
    let items: String = PUBLISHED
        .iter()
        .map(|&lang| {
            let name = escape_html(lang.ui().language_name);
            let code = lang.code();
            let dir = lang.dir().attr();
            if lang == current {
                format!("<li><a href=\"./\" lang=\"{code}\" dir=\"{dir}\" aria-current=\"page\">{name}</a></li>")
            } else {
                format!(
                    "<li><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\" dir=\"{dir}\">{name}</a></li>",
                    href(current, lang)
                )
            }
        })
        .collect();
    // A banner landmark: every part of the page sits in one (axe "region").
    format!("<header><ul class=\"ptx-languages\" data-ptx-languages>{items}</ul></header>")
}

/// `<html lang="en">` made `current`'s (the story's title and description
/// in the head are `story_page`'s).
pub fn page_language(index: &str, current: Lang) -> Result<String, String> {
    const HTML_EN: &str = "<html lang=\"en\">";
    if !index.contains(HTML_EN) {
        return Err("index.html: no <html lang=\"en\">".to_string());
    }
    Ok(index.replacen(HTML_EN, &format!("<html lang=\"{}\">", current.code()), 1))
}

/// The language a tag asks for, if it is one published in its own folder.
const FOLDER_CODES: &str = "['tr','ur','az']";

/// English page only, before the widget's loader: `?lang=ur` or `#lang=ur`
/// in the address (an iframe's `src`) opens that language's page, keeping
/// the rest of the fragment (the card), so a deep link keeps its language.
/// Written small: every English reader downloads it.
pub fn redirect_js() -> String {
    format!(
        "((q,h)=>{{const m=/(^|&)lang=([a-z]+)/,l=q.get('lang')||(h.match(m)||[])[2];if(!{FOLDER_CODES}.includes(l))return;q.delete('lang');h=h.replace(m,'').replace(/^&/,'');q+='';location.replace(l+'/'+(q&&'?'+q)+(h&&'#'+h))}})(new URLSearchParams(location.search),location.hash.slice(1))\n"
    )
}

/// English embed.js only, before anything else: a placeholder whose
/// `data-lang`, or else whose nearest `lang` in the article, names another
/// published language loads that language's embed.js instead. One language
/// per article: the first placeholder decides.
pub fn embed_handover_js() -> String {
    format!(
        r#"const codes = {FOLDER_CODES};
const first = document.querySelector('[data-ptx-explainer]:not([data-ptx-mounted])');
const tag = first ? first.dataset.lang || first.closest('[lang]')?.lang || '' : '';
const handover = codes.find((c) => c === tag.toLowerCase().split(/[-_]/)[0]);
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_links_every_language_relatively() {
        assert_eq!(href(Lang::En, Lang::Ur), "ur/");
        assert_eq!(href(Lang::Ur, Lang::En), "../");
        assert_eq!(href(Lang::Tr, Lang::Az), "../az/");
        assert_eq!(href(Lang::En, Lang::En), "./");
        let links = alternates(Lang::Ur);
        assert!(links.contains("<link rel=\"alternate\" hreflang=\"tr\" href=\"../tr/\" />"));
        assert!(links.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../\" />"));
        assert_eq!(links.matches("rel=\"alternate\"").count(), 5);
    }

    #[test]
    fn the_switcher_names_each_language_in_itself_and_marks_the_current() {
        let html = switcher(Lang::Tr);
        assert!(html
            .contains("<a href=\"./\" lang=\"tr\" dir=\"ltr\" aria-current=\"page\">Türkçe</a>"));
        assert!(
            html.contains("<a href=\"../ur/\" hreflang=\"ur\" lang=\"ur\" dir=\"rtl\">اردو</a>")
        );
        assert!(
            html.contains("<a href=\"../\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>")
        );
        assert_eq!(html.matches("<a ").count(), 4);
    }

    #[test]
    fn the_page_gets_its_language() {
        let page = page_language("<html lang=\"en\"><head>", Lang::Az).unwrap();
        assert_eq!(page, "<html lang=\"az\"><head>");
        assert!(page_language("<html>", Lang::Az).is_err());
    }
}
