//! Post-build step (a Trunk hook): finishes the bundle Trunk wrote into
//! `$TRUNK_STAGING_DIR` (or the folder given as the first argument).
//! See `alignment_explainer::publish` for what it adds and why.

// Build-time only, like the library's `publish` module: the wasm target
// (linted with --all-targets) gets an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};
    use std::{env, fs, process};

    use alignment_explainer::host::story;
    use alignment_explainer::i18n::Lang;
    use alignment_explainer::publish::{
        embed, languages, offline, story_page, studio_page, trunk_index,
    };
    use alignment_explainer::BUILD_LANG;

    fn read(path: &Path) -> Result<String, String> {
        fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn write(path: &Path, content: impl AsRef<[u8]>) -> Result<(), String> {
        fs::write(path, content).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn run(dir: &Path) -> Result<(), String> {
        let index_path = dir.join(story_page::PAGE_FILE);
        let index = read(&index_path)?;
        let bundle = trunk_index::find_bundle(&index)?;
        let story = alignment_explainer::bundled_story().map_err(|r| r.to_string())?;
        let compiled = alignment_explainer::STORY_COMPILED;

        // Everything but the story first: the studio fills the same markers
        // of the published pages to publish an edited story (story_page).
        let index = story_page::mark(&index, trunk_index::PAGE_ROOT)?;
        let index = languages::page_language(&index, BUILD_LANG)?;
        let index = trunk_index::insert_into_head(&index, &languages::alternates(BUILD_LANG))?;
        let switcher = languages::switcher(BUILD_LANG);
        let index = trunk_index::insert_switcher(&index, &switcher)?;
        let english = BUILD_LANG == Lang::En;
        let mut redirect_tag = String::new();
        let index = if english {
            let redirect = languages::redirect_js();
            let name = format!("lang-{}.js", trunk_index::content_hash(redirect.as_bytes()));
            write(&dir.join(&name), &redirect)?;
            redirect_tag = format!("<script src=\"./{name}\"></script>");
            trunk_index::insert_into_head(&index, &redirect_tag)?
        } else {
            index
        };
        let index = trunk_index::drop_preload_integrity(&index);
        let (index, loader_name, loader) = trunk_index::move_loader(&index)?;
        write(&dir.join(&loader_name), loader)?;

        let title = &story.meta.title;
        let public_url = embed::public_url(env::var("PUBLIC_URL").ok().as_deref())?;
        let index = match &public_url {
            Some(url) => {
                write(
                    &dir.join(story_page::OEMBED_FILE),
                    embed::oembed_json(url, title, embed::PROVIDER),
                )?;
                trunk_index::insert_into_head(&index, &embed::oembed_link(url))?
            }
            None => index,
        };
        let handover = english.then(languages::embed_handover_js);
        write(
            &dir.join("embed.js"),
            embed::embed_js(&bundle, handover.as_deref())?,
        )?;
        // The story once: readable in the prerender, for the widget in one
        // attribute beside it (brotli finds its words again in the
        // prerender), and in a file beside embed.js for the script embed.
        write(&dir.join(story::FILE), compiled)?;
        write(
            &dir.join(story_page::SOURCE_FILE),
            alignment_explainer::STORY_SOURCE,
        )?;
        studio(dir, &bundle, english)?;
        // The offline page rewrites the glue as wasm-bindgen writes it, so it
        // reads the glue before minification.
        let glue = read(&dir.join(&bundle.glue))?;
        let index = if env::var("TRUNK_PROFILE").as_deref() == Ok("release") {
            let mut files = vec![bundle.glue.as_str()];
            files.extend(bundle.stylesheets.iter().map(String::as_str));
            minify(dir, index, &files)?
        } else {
            index
        };
        let parts = story_page::parts(&story, compiled)?;
        write(&index_path, story_page::fill(&index, &parts)?)?;

        let styles = bundle
            .stylesheets
            .iter()
            .map(|name| read(&dir.join(name)))
            .collect::<Result<Vec<_>, _>>()?;
        let wasm_path = dir.join(&bundle.wasm);
        let wasm = fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
        let snippets = offline::snippet_imports(&glue)
            .into_iter()
            .map(|(import, path)| Ok((import, read(&dir.join(path))?)))
            .collect::<Result<Vec<_>, String>>()?;
        // One file, read from anywhere: no other file to load, no other
        // language's folder beside it to link to.
        let mut single = index.replace(&switcher, "");
        if !redirect_tag.is_empty() {
            single = single.replace(&redirect_tag, "");
        }
        let offline = offline::offline_html(&single, &styles, &glue, &snippets, &wasm);
        let offline = story_page::fill(&offline, &parts)?;
        write(&dir.join(story_page::OFFLINE_FILE), &offline)?;
        let files = write_manifest(dir)?;
        println!(
            "publish: prerendered {} events, {}, {loader_name}, embed.js, studio.html, {}, {} ({} bytes), {} ({files} files)",
            story.events.len(),
            story::FILE,
            public_url.as_deref().map_or_else(
                || "no oembed.json (PUBLIC_URL not set)".to_string(),
                |url| format!("oembed.json ({url})")
            ),
            story_page::OFFLINE_FILE,
            offline.len(),
            story_page::MANIFEST_FILE,
        );
        Ok(())
    }

    /// Lists every file under `dir`, itself included, for the studio's
    /// "Download bundle"; returns how many.
    fn write_manifest(dir: &Path) -> Result<usize, String> {
        fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), String> {
            let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            for entry in entries {
                let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
                let name = entry.file_name().to_string_lossy().into_owned();
                let path = format!("{prefix}{name}");
                if entry.path().is_dir() {
                    walk(&entry.path(), &format!("{path}/"), out)?;
                } else {
                    out.push(path);
                }
            }
            Ok(())
        }
        let mut files = vec![story_page::MANIFEST_FILE.to_string()];
        walk(dir, "", &mut files)?;
        files.sort();
        files.dedup();
        write(
            &dir.join(story_page::MANIFEST_FILE),
            files.join("\n") + "\n",
        )?;
        Ok(files.len())
    }

    /// studio.html beside the English bundle, the one an editor opens;
    /// a language's bundle drops the studio's files Trunk wrote there too.
    fn studio(dir: &Path, bundle: &trunk_index::Bundle, english: bool) -> Result<(), String> {
        if english {
            let css = (bundle.widget_css()).ok_or("index.html: no explainer stylesheet")?;
            return write(&dir.join("studio.html"), studio_page::studio_html(css)?);
        }
        for file in studio_page::FILES {
            let path = dir.join(file);
            if path.exists() {
                fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
        Ok(())
    }

    /// Minifies `files` in place with esbuild (npm) and updates their
    /// integrity in `index`. Trunk minifies neither our CSS nor the JS glue
    /// (its own JS minifier fails on current glue).
    fn minify(dir: &Path, mut index: String, files: &[&str]) -> Result<String, String> {
        let local = env::var_os("TRUNK_SOURCE_DIR")
            .map(|source| PathBuf::from(source).join("node_modules/.bin/esbuild"))
            .filter(|path| path.exists());
        let esbuild = local.unwrap_or_else(|| PathBuf::from("esbuild"));
        for file in files {
            let path = dir.join(file);
            let status = process::Command::new(&esbuild)
                .arg(&path)
                .arg(format!("--outfile={}", path.display()))
                .args([
                    "--minify",
                    "--charset=utf8",
                    "--allow-overwrite",
                    "--log-level=warning",
                ])
                .status()
                .map_err(|e| {
                    format!(
                        "cannot run {}: {e} (scripts/setup.sh installs it with npm)",
                        esbuild.display()
                    )
                })?;
            if !status.success() {
                return Err(format!("esbuild could not minify {file}"));
            }
            let minified = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            index = trunk_index::update_integrity(&index, file, &minified)?;
        }
        Ok(index)
    }

    pub fn main() {
        let dir = env::args()
            .nth(1)
            .or_else(|| env::var("TRUNK_STAGING_DIR").ok())
            .map(PathBuf::from);
        let Some(dir) = dir else {
            eprintln!(
                "usage: publish DIST_DIR (or run as a Trunk hook, which sets TRUNK_STAGING_DIR)"
            );
            process::exit(2);
        };
        if let Err(e) = run(&dir) {
            eprintln!("publish: {e}");
            process::exit(1);
        }
    }
}
