# How a diagnostic is printed (src/diag/human.rs) and the counts of a run.
diag-error = error
diag-warning = warning
diag-expected = expected
diag-hint = hint
diag-note = note
# where: the file, line and column (1-based)
diag-at = { $file }:{ $line }:{ $column }
diag-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
diag-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
# "a, b or c": the last of a list of choices
diag-or = { $first } or { $last }
