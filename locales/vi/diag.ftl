# How a diagnostic is printed (src/diag/human.rs) and the counts of a run.
diag-error = lỗi
diag-warning = cảnh báo
diag-expected = cần
diag-hint = gợi ý
diag-note = ghi chú
# where: the file, line and column (1-based)
diag-at = { $file }, dòng { $line }, cột { $column }
diag-errors = { $count } lỗi
diag-warnings = { $count } cảnh báo
# "a, b hoặc c": the last of a list of choices
diag-or = { $first } hoặc { $last }
