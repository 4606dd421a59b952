# The figures of the content (src/figures.rs): ids, parts, `same_as:`,
# `stated:`. Figure ids and YAML keys stay as they are.

# how a stated growth rate is computed, in a message: numbers and years
figures-growth-formula = tốc độ tăng bình quân hằng năm từ { $baseline } (năm { $baseline_year }) đến { $value } (năm { $year })

figures-duplicate-id = mã số liệu `{ $id }` được dùng ở hai tệp phần
figures-duplicate-id-first = đã dùng trong tệp { $file }
figures-duplicate-id-hint = mỗi số liệu cần một mã riêng, không trùng với mã của số liệu ở các tệp phần khác: hãy đổi mã của một trong hai số liệu (và sửa các chỗ dùng mã đó, `f.{ $id }`); nếu là cùng một số liệu thì xóa một mục

figures-bad-id = mã số liệu `{ $id }` không đúng quy cách
figures-bad-id-expected = chữ thường không dấu (a–z), chữ số và dấu `_`, bắt đầu bằng một chữ cái, ví dụ `gia_tri_san_xuat`
figures-bad-id-hint = các câu mẫu gọi số liệu bằng `f.<mã>`, nên mã phải viết liền, không dấu, không có dấu cách hay dấu gạch ngang
figures-bad-id-suggestion = hãy ghi là `{ $suggestion }` (và sửa các chỗ dùng mã này): các câu mẫu gọi số liệu bằng `f.<mã>`, nên mã phải viết liền, không dấu, không có dấu cách hay dấu gạch ngang

figures-cycle = số liệu `{ $id }` lại là một phần của chính nó (theo chuỗi { $chain })
figures-cycle-hint = các phần (`parts:`) của một số liệu không được dẫn ngược lại chính số liệu đó: hãy sửa lại mã ở một trong các phần

figures-unknown = không có số liệu nào mang mã `{ $id }`
figures-unknown-expected = mã của một số liệu ghi dưới `figures:` trong một tệp phần
figures-unknown-hint = hãy thêm số liệu này vào `figures:` của một tệp phần, hoặc sửa lại mã cho đúng

figures-unknown-stated = khóa `{ $key }` không dùng được trong `stated:`: đây không phải tên của một số liệu tính ra
figures-unknown-stated-is-key-hint = `{ $key }` không phải là số tính ra: hãy ghi `{ $key }:` ngay dưới số liệu, ngang hàng với `stated:`
figures-overflow = số liệu `{ $id }`: `{ $field }` tính ra một số quá lớn, không tính được
figures-overflow-expected = các số liệu có độ lớn thường gặp trong báo cáo (nhỏ hơn 10²⁸)
figures-overflow-hint = `{ $field }` được tính từ { $inputs }: kiểm tra các số này, có thể gõ thừa chữ số hoặc ghi sai dạng số mũ (7.0e+28)
