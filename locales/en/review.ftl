# Bringing the committee's markup back: baocao review (src/review/).

review-cannot-read = cannot read { $file }: { $reason }
review-cannot-read-hint = give the path of the DOCX the committee sent back
review-not-docx = { $file } is not a DOCX file
review-bad-xml = { $file } is not a readable DOCX file: { $reason }
review-not-docx-hint = open it in Word or LibreOffice and save it as a Word document (.docx), then run review again
review-no-provenance = { $file } was not made by baocao: it has no marks saying where its paragraphs come from
review-no-provenance-hint = review reads a DOCX that `baocao build` made and the committee marked up; a file typed anew, or copied into a new document, has lost the marks
review-no-temp = cannot make a temporary folder to check the changes: { $reason }

# why a change is not applied
review-why-changed-since = this paragraph reads differently in the content than in the file (changed in the content since the file was made, or edited in the file without Track Changes); the content reads: “{ $now }”
review-why-not-in-content = this paragraph does not come from this content (an earlier draft, another report, or text added by hand)
review-why-paragraph-break = the change splits a paragraph or joins two: change the paragraphs in the YAML by hand
review-why-several-paragraphs = several paragraphs deleted at once: delete them in the YAML by hand
review-why-moved = moved text: move it in the YAML by hand
review-why-new-template = the new paragraph is empty or holds template markup ({"{{"}, {"{%"}): add it to the YAML by hand
review-why-not-in-a-list = there is no list of paragraphs here to add it to: add it to the YAML by hand
review-why-last-paragraph = the paragraph is the only one of its list: delete it in the YAML by hand
review-why-not-a-list-item = the paragraph is not a plain paragraph of a list (a heading, a target, numbered or generated text): delete it in the YAML by hand
review-why-generated = the text is generated (a number, a counting word, the layout), not written in the YAML
review-why-generated-field = the text is generated from `{ $key }` of report.yaml: change that value by hand
review-why-part-number = the part's number (“Phần thứ nhất”) comes from its place in the outline (`outline:` of report.yaml): move the part there to renumber it
review-why-unmapped = the text cannot be mapped to its template (it is printed through template logic): change it in the YAML by hand
review-why-template-syntax = the new text holds template markup ({"{{"}, {"{%"}): change it in the YAML by hand
review-why-mixed = the change covers both words and a number a figure prints, or crosses template logic: make it in the YAML by hand
review-why-document-field = the text is printed from the document's field `{ $field }`: change it in report.yaml by hand
review-why-no-key = the figure does not write `{ $key }`: add it in the YAML by hand
review-why-prints-otherwise = “{ $text }” is not how the report prints that number (decimals, separators): write the value in the YAML by hand
review-why-not-a-number = “{ $text }” is not a number as the report writes numbers (2.740,5)
review-why-filtered-text = the figure's text is printed through a filter: change it in the YAML by hand
review-why-derived = `{ $field }` is derived: { $formula }; change its inputs instead: { $inputs }
review-why-stated = `{ $field }` is a derived number the draft states (stated:), computed as { $formula } from { $inputs }: change the stated value or the inputs by hand
review-why-generated-figure = `{ $field }` is printed from the figure's settings, not from a number of the YAML
review-why-untracked = the file's paragraph reads differently from the content and has no tracked change: changed in the content since the file was made, or edited without Track Changes; change the YAML by hand if the file is right
review-why-missing = the content has this paragraph and the file does not: added to the content since the file was made, or deleted in the file without Track Changes
review-why-comment = a comment: answer it, or change the YAML as it asks
review-why-format = a formatting change: the format of the report comes from its format profile
review-why-not-utf8 = the file is not UTF-8 text
review-why-file-changed = the file has changed since the content was read (or is not in NFC form): run review again
review-why-yaml = the YAML value cannot take this text safely: change it by hand
review-why-overlap = overlaps another change of the same text: make it by hand
review-why-does-not-build = with this change the content does not build ({ $reason })
review-why-rebuilt-differs = built again, the report would not read as the reviewer wrote it: change it in the YAML by hand

# the list
review-title = Changes and comments in { $file }
review-summary = { $changes ->
    [one] 1 change
   *[other] { $changes } changes
}, { $comments ->
    [one] 1 comment
   *[other] { $comments } comments
}.
review-summary-applicable = { $applicable } can be applied with --apply; { $not } cannot (each says why).
review-summary-applied = { $applied } applied to the YAML; { $not } not applied (each says why). Build the report again to see them.
review-summary-unmatched = Of the file's { $paragraphs } paragraphs, { $stale } have changed in the content since it was made and { $unmatched } do not come from this content.
review-nothing = The file has no tracked changes and no comments.
review-kind-replace = Words replaced
review-kind-insert = Words added
review-kind-delete = Words deleted
review-kind-new-paragraph = Paragraph added
review-kind-deleted-paragraph = Paragraph deleted
review-kind-paragraph-break = Paragraph split or joined
review-kind-move = Text moved
review-kind-format = Formatting changed
review-kind-comment = Comment
review-kind-untracked = Differs from the content (not tracked)
review-kind-missing = Not in the file
review-status-applicable = can be applied
review-status-applied = applied
review-status-not-applicable = not applied
review-who = By
review-who-comment = Comment by
review-nobody = (no name)
review-where = Where
review-sentence = Sentence
review-comment = Comment
review-source = In the YAML
review-no-source = not found
review-figure = Figure
review-why = Why not
review-consequences = Also changed by the applied figures
review-consequences-intro = Numbers derived from a changed figure change with it:
review-edited = changed { $path }
