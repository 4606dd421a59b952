# The command line: help (baocao --help, baocao build --help …) and what a run prints.

cli-about = baocao — a Party committee's political report, kept as YAML, built into Markdown and DOCX in the Party's document format.
cli-about-long = baocao — a Party committee's political report, kept as YAML, built into Markdown and DOCX in the Party's document format.

    Exit status: 0 clean; 1 content errors (or findings under --strict); 2 usage or I/O errors.
cli-usage = Usage:
cli-usage-root = baocao [OPTIONS] <COMMAND>
cli-usage-command = baocao { $command } [OPTIONS]
cli-usage-diff = baocao diff OLD_DIR NEW_DIR | baocao diff --from-rev REV [NEW_DIR]
cli-usage-review = baocao review RETURNED.docx [--content DIR] [--out DIR] [--apply]
cli-commands = Commands
cli-options = Options
cli-arguments = Arguments
cli-help = Print this help
cli-version = Print the version
cli-lang = Language of the messages: vi (Vietnamese, the default) or en (English); or set BAOCAO_LANG

cli-build = Build the report: writes the Markdown and the DOCX
cli-build-long = Build the report: writes <out>/<stem>.md and <out>/<stem>.docx, where the stem comes from report.yaml and includes the draft number. Consistency findings are printed as warnings. A failed build writes nothing and leaves earlier outputs untouched.
cli-check = Check the content without writing anything
cli-check-long = Check the content without writing anything: every input error, and the consistency of the figures (parts and totals, percentages, area × yield, counts, figures stated twice, growth rates, “vượt/đạt/không đạt”, numbering).
cli-diff = Compare two drafts: a DOCX with tracked changes, and a summary
cli-diff-long = Compare two drafts: writes <out>/<stem>.redline.docx (the NEW draft with Word tracked changes against OLD) and <out>/<stem>.changes.md (changed figures; paragraphs added, removed, edited per section). See docs/redline.md.

      baocao diff OLD_DIR NEW_DIR
      baocao diff --from-rev du-thao-3 [NEW_DIR]   (NEW_DIR default: content)
cli-schema = Write the JSON Schemas of the content files, for editors
cli-schema-long = Write the JSON Schemas of the content files (report.schema.json, section.schema.json), for editors: with the YAML extension of VS Code they give completion, validation as you type and hovers (docs/editor.md).

cli-content = The content directory (report.yaml and the section files)
cli-templates = A directory of templates overriding the built-in ones, file by file [default: ./templates if it exists]
cli-diff-templates = A directory of templates overriding the built-in ones, for both drafts [default: ./templates if it exists]
cli-format = How to print diagnostics
cli-format-human = messages with the source line and a caret
cli-format-json = one JSON document with every diagnostic
cli-strict = Treat consistency findings as errors (for a content repository's CI)
cli-out = Where to write the outputs
cli-schema-out = Where to write the schemas
cli-diff-dirs = OLD and NEW content directories; with --from-rev only NEW
cli-diff-from-rev = Compare against NEW's content as committed at this git revision (e.g. a tag: du-thao-3)
cli-diff-author = The author of the tracked changes
cli-diff-date = The date of the tracked changes [default: NEW's `date:` in report.yaml]
cli-review = Bring the committee's markup back: list every tracked change and comment of a returned DOCX, with where it comes from in the YAML
cli-review-long = Bring the committee's markup back: reads the tracked changes (insertions, deletions, moves) and comments of a DOCX that baocao built and the committee marked up, and lists each one — who, when, the headings above it, its sentence, the YAML file:line:col it comes from and, for a number a figure prints, the figure and old → new — in <out>/<file>.review.md and <out>/<file>.review.json, and on the terminal. With --apply, edits the YAML in place (prose in a paragraph or heading, a figure's input value, a paragraph added or deleted), keeping its comments and layout, and checks by building again; what cannot be applied stays listed, with why.
cli-review-docx = The DOCX sent back, with tracked changes and comments
cli-review-out = Where to write the lists (<file>.review.md, <file>.review.json)
cli-review-accept-author = Take this author's tracked changes as made (the redline's own); may be given more than once
cli-review-apply = Apply what can be applied to the YAML, in place

# what a run prints
cli-wrote = wrote { $path }
cli-failed = { $errors }; nothing was written
cli-failed-strict = { $errors } (--strict); nothing was written
cli-checked = check: { $errors }, { $warnings }
cli-not-written = the outputs could not be written; earlier outputs are unchanged
cli-review-failed = the review could not be made; nothing was written
cli-review-not-written = nothing was written: neither the lists nor the YAML
cli-diff-only-new = with --from-rev give only the NEW content directory
cli-diff-two-dirs = give the OLD and the NEW content directories, or --from-rev REV

# usage errors
cli-error-unknown-argument = there is no option { $arg }
cli-error-unknown-command = there is no command “{ $command }”; the commands are build, check, diff, import, review, schema
cli-error-invalid-value = “{ $value }” is not a value of { $arg }; the values are: { $valid }
cli-error-bad-value = the value “{ $value }” of { $arg } is not right
cli-error-values = wrong number of values for { $arg }
cli-error-conflict = { $arg } cannot be used with an option already given
cli-error-missing = { $arg } is missing
cli-did-you-mean = did you mean { $name }?
cli-see-help = See: baocao --help
cli-default = default: { $value }
# placeholders of values in the help
cli-value-dir = DIR
cli-value-rev = REV
cli-value-name = NAME

# import, and check on a draft
cli-import = Import a draft (.docx, .txt, .md) into a content tree
cli-import-long = Import a draft (a Word file, or its text as .txt or .md) into a content tree that `baocao build` turns back into the draft: the header block, the outline with the numbers the draft shows (typed or made by Word), the paragraphs split into section files by area, and the numbers of the common sentence patterns as figures. Prints a summary of what it did. Never writes into a non-empty --out without --force.
cli-usage-import = baocao import DRAFT [--out DIR] [--force] [--areas FILE]
cli-usage-check = baocao check [DRAFT] [OPTIONS]
cli-import-draft = The draft: a .docx, .txt or .md file
cli-import-out = Where to write the content tree
cli-import-force = Write into --out even when it is not empty (the imported files are replaced, others stay)
cli-import-print-areas = Print the built-in mapping of headings to section files and slot names, to copy and change for --areas
cli-areas = A mapping of headings to section files and slot names (see --print-areas) [default: the built-in one]
cli-check-draft = A draft (.docx, .txt, .md) to check as it is, without importing it first; findings are located at its headings and sentences
cli-value-draft = DRAFT
cli-value-file = FILE
