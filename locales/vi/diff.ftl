# The change summary (`<stem>.changes.md`, src/diff/summary.rs): Markdown,
# for the committee. `new` and `old` name the two drafts (“Dự thảo lần 3”);
# counts are plain numbers.

diff-summary-title = Tóm tắt thay đổi: { $new } so với { $old }
diff-summary-new = Bản mới: { $name } (`{ $side }`)
diff-summary-new-commit = Bản mới: { $name } (`{ $side }`, commit { $commit })
diff-summary-old = Bản cũ: { $name } (`{ $side }`)
diff-summary-old-commit = Bản cũ: { $name } (`{ $side }`, commit { $commit })
diff-summary-redline = Bản so sánh có đánh dấu thay đổi: `{ $file }`; người sửa: “{ $author }”; ngày { $date }
diff-summary-totals = Tổng cộng: { $figures } số liệu thay đổi; thêm { $added }, bỏ { $removed }, sửa { $edited } đoạn (kể cả đề mục và dòng của bảng).

## The figures that changed

diff-summary-figures = Số liệu thay đổi ({ $count })
diff-summary-no-figures = Không có số liệu nào thay đổi.
# the columns of the table
diff-summary-column-figure = Số liệu
diff-summary-column-id = Mã
diff-summary-column-old = Cũ
diff-summary-column-new = Mới
diff-summary-column-where = Vị trí
diff-summary-figure-added = (chưa có)
diff-summary-figure-removed = (đã bỏ)

## The paragraphs that changed, by part of the report

diff-summary-sections = Các đoạn thay đổi theo phần
diff-summary-no-sections = Không có đoạn nào thay đổi.
# what comes before the first heading
diff-summary-preamble = Phần mở đầu
# the columns of the table
diff-summary-column-section = Phần
diff-summary-column-added = Thêm
diff-summary-column-removed = Bỏ
diff-summary-column-edited = Sửa
diff-summary-section-counts = Thêm { $added }, bỏ { $removed }, sửa { $edited }.
# `what`: diff-summary-what-*; `text`: Markdown
diff-summary-added = **Thêm** { $what }: { $text }
diff-summary-removed = **Bỏ** { $what }: ~~{ $text }~~
diff-summary-edited = **Sửa** { $what }: { $text }
diff-summary-what-heading = đề mục
diff-summary-what-paragraph = đoạn
diff-summary-what-table-row = dòng của bảng
