# The figures of the content (src/figures.rs): ids, parts, `same_as:`,
# `stated:`. Figure ids and YAML keys stay as they are.

# how a stated growth rate is computed, in a message: numbers and years
figures-growth-formula = average annual growth from { $baseline } ({ $baseline_year }) to { $value } ({ $year })

figures-duplicate-id = figure id `{ $id }` is defined in two section files
figures-duplicate-id-first = first defined in { $file }
figures-duplicate-id-hint = figure ids are shared by all section files, so each figure needs its own: rename one of them (and the places that use it, `f.{ $id }`); if both are the same figure, remove one

figures-bad-id = figure id `{ $id }` is not a valid name
figures-bad-id-expected = lower-case ASCII letters, digits and `_`, starting with a letter (e.g. `gia_tri_san_xuat`)
figures-bad-id-hint = templates write `f.<id>`, so the id must be a plain name without accents, spaces or hyphens
figures-bad-id-suggestion = write `{ $suggestion }` (and correct the places that use it): templates write `f.<id>`, so the id must be a plain name without accents, spaces or hyphens

figures-cycle = figure `{ $id }` is part of itself (through { $chain })
figures-cycle-hint = a figure's parts (`parts:`) must not refer back to it: correct the id of one of the parts

figures-unknown = no figure with id `{ $id }`
figures-unknown-expected = the id of a figure defined under `figures:` in one of the section files
figures-unknown-hint = define the figure under `figures:` in a section file, or correct the id

figures-unknown-stated = `stated.{ $key }` is not a derived figure
figures-unknown-stated-is-key-hint = `{ $key }` is given, not derived: write `{ $key }:` directly under the figure, beside `stated:`
figures-overflow = figure `{ $id }`: `{ $field }` comes out too large to compute
figures-overflow-expected = figures of the sizes a report has (below 10²⁸)
figures-overflow-hint = `{ $field }` is computed from { $inputs }: check these numbers; a digit may be typed too many, or a number written in exponent form (7.0e+28)
