//! `lagebild brief`: the main job. Articles (or saved facts) in, one localized briefing
//! out: what changed, a timeline, a fact sheet per organisation, a digest per article.

use crate::cli::{BriefArgs, BriefFormat};
use crate::dossier_cmd::{load, localizer, report_localization};
use crate::output::{Layout, Output};
use crate::report::Outcome;

pub(crate) fn run(args: &BriefArgs) -> Outcome {
    let mut outcome = Outcome::default();
    let articles = load(&args.inputs, &mut outcome);
    let dossier = lagebild_dossier::from_articles(articles);
    let view = lagebild_dossier::view(&dossier, args.as_of);
    let text = match args.format {
        BriefFormat::Json => {
            let document = serde_json::json!({
                "schema": lagebild_model::DOSSIER_SCHEMA,
                "view": view,
                "dossier": dossier,
            });
            serde_json::to_string_pretty(&document).unwrap_or_default()
        }
        BriefFormat::Md | BriefFormat::Html => {
            let Some(localizer) = localizer(&args.lang, args.locales.as_deref(), &mut outcome)
            else {
                return outcome;
            };
            let markdown = lagebild_export::briefing_markdown(&view, &dossier, &localizer);
            report_localization(&localizer, &args.lang);
            if args.format == BriefFormat::Html {
                let title = localizer.message("briefing-title", &[]);
                lagebild_export::to_html(&markdown, &args.lang, &title)
            } else {
                markdown
            }
        }
    };
    let mut out = Output::new(Layout::Documents);
    if out.record(&text, &mut outcome) {
        out.finish(&mut outcome);
    }
    outcome.summarize("article");
    outcome
}
