# The command line: help (baocao --help, baocao build --help …) and what a run prints.

cli-about = baocao — báo cáo chính trị của cấp ủy lưu dưới dạng YAML, dựng thành Markdown và DOCX theo thể thức văn bản của Đảng.
cli-about-long = baocao — báo cáo chính trị của cấp ủy lưu dưới dạng YAML, dựng thành Markdown và DOCX theo thể thức văn bản của Đảng.

    Mã thoát: 0 — không có lỗi; 1 — nội dung có lỗi (hoặc có phát hiện khi dùng --strict); 2 — lỗi cách gọi lệnh hoặc lỗi đọc, ghi tệp.
cli-usage = Cách dùng:
cli-usage-root = baocao [TÙY CHỌN] <LỆNH>
cli-usage-command = baocao { $command } [TÙY CHỌN]
cli-usage-diff = baocao diff THƯ_MỤC_CŨ THƯ_MỤC_MỚI | baocao diff --from-rev PHIÊN_BẢN [THƯ_MỤC_MỚI]
cli-usage-review = baocao review TỆP_GỬI_LẠI.docx [--content THƯ_MỤC] [--out THƯ_MỤC] [--apply]
cli-commands = Lệnh
cli-options = Tùy chọn
cli-arguments = Đối số
cli-help = In hướng dẫn này
cli-version = In số phiên bản
cli-lang = Ngôn ngữ của thông báo: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh); cũng có thể đặt biến môi trường BAOCAO_LANG

cli-build = Dựng báo cáo: ghi tệp Markdown và DOCX
cli-build-long = Dựng báo cáo: ghi <out>/<tên>.md và <out>/<tên>.docx; tên tệp lấy từ report.yaml và có số lần dự thảo. Các điểm số liệu chưa khớp được in ra dưới dạng cảnh báo. Nếu có lỗi thì không ghi tệp nào và các tệp đã có được giữ nguyên.
cli-check = Kiểm tra nội dung, không ghi tệp nào
cli-check-long = Kiểm tra nội dung mà không ghi tệp nào: mọi lỗi nhập liệu và sự khớp nhau của số liệu (các phần cộng lại bằng tổng, tỷ lệ phần trăm, diện tích × năng suất, số đếm, một số liệu nêu ở hai nơi, tốc độ tăng bình quân, “vượt/đạt/không đạt”, số thứ tự các mục).
cli-diff = So sánh hai bản dự thảo: bản DOCX có đánh dấu thay đổi và bản tóm tắt
cli-diff-long = So sánh hai bản dự thảo: ghi <out>/<tên>.redline.docx (bản MỚI, các thay đổi so với bản CŨ được đánh dấu theo kiểu Track Changes của Word) và <out>/<tên>.changes.md (các số liệu thay đổi; các đoạn thêm, bớt, sửa theo từng phần). Xem docs/redline.md.

      baocao diff THƯ_MỤC_CŨ THƯ_MỤC_MỚI
      baocao diff --from-rev du-thao-3 [THƯ_MỤC_MỚI]   (THƯ_MỤC_MỚI mặc định: content)
cli-schema = Ghi các JSON Schema của tệp nội dung, cho trình soạn thảo
cli-schema-long = Ghi các JSON Schema của tệp nội dung (report.schema.json, section.schema.json) cho trình soạn thảo: với tiện ích YAML của VS Code, khi gõ sẽ có gợi ý khóa, kiểm tra ngay và chú thích khi rê chuột (docs/editor.md).

cli-content = Thư mục nội dung (report.yaml và các tệp phần)
cli-templates = Thư mục mẫu thay cho mẫu có sẵn, từng tệp một [mặc định: ./templates nếu có]
cli-diff-templates = Thư mục mẫu thay cho mẫu có sẵn, dùng cho cả hai bản [mặc định: ./templates nếu có]
cli-format = Cách in thông báo
cli-format-human = thông báo kèm dòng nội dung và dấu chỉ chỗ sai
cli-format-json = một tài liệu JSON chứa mọi thông báo
cli-strict = Coi các điểm số liệu chưa khớp là lỗi (dùng cho kiểm tra tự động)
cli-out = Thư mục ghi kết quả
cli-schema-out = Thư mục ghi các schema
cli-diff-dirs = Thư mục nội dung CŨ và MỚI; khi dùng --from-rev chỉ cần thư mục MỚI
cli-diff-from-rev = So với nội dung MỚI như đã lưu trong git ở phiên bản này (ví dụ một nhãn: du-thao-3)
cli-diff-author = Tên người thay đổi ghi trên các đánh dấu
cli-diff-date = Ngày ghi trên các đánh dấu [mặc định: ngày trong report.yaml của bản MỚI]
cli-review = Đưa ý kiến sửa về nội dung: liệt kê mọi thay đổi được đánh dấu và ý kiến trong tệp DOCX gửi lại, kèm vị trí trong tệp YAML
cli-review-long = Đưa ý kiến sửa về nội dung: đọc các thay đổi được đánh dấu (thêm, xóa, chuyển chỗ) và các ý kiến trong tệp DOCX do baocao tạo ra đã được góp ý, rồi liệt kê từng mục — người sửa, thời gian, các đề mục bên trên, câu có thay đổi, vị trí tệp:dòng:cột trong tệp YAML và, với con số của một số liệu, mã số liệu và số cũ → số mới — vào <out>/<tệp>.review.md và <out>/<tệp>.review.json, và in ra màn hình. Với --apply, sửa thẳng vào tệp YAML (chữ trong đoạn hoặc đề mục, giá trị gốc của số liệu, đoạn thêm hoặc xóa), giữ nguyên chú thích và cách trình bày, rồi dựng lại để kiểm tra; mục nào không áp dụng được thì vẫn được liệt kê, có ghi lý do.
cli-review-docx = Tệp DOCX được gửi lại, có đánh dấu thay đổi và ý kiến
cli-review-out = Nơi ghi các danh sách (<tệp>.review.md, <tệp>.review.json)
cli-review-accept-author = Coi các thay đổi của người này là đã làm (các đánh dấu của chính bản so sánh); có thể ghi nhiều lần
cli-review-apply = Áp dụng vào tệp YAML những thay đổi áp dụng được

# what a run prints
cli-wrote = đã ghi { $path }
cli-failed = { $errors }; chưa ghi tệp nào
cli-failed-strict = { $errors } (--strict); chưa ghi tệp nào
cli-checked = kiểm tra xong: { $errors }, { $warnings }
cli-not-written = không ghi được các tệp kết quả; các tệp đã có được giữ nguyên
cli-review-failed = không xem xét được tệp; không ghi tệp nào
cli-review-not-written = không ghi tệp nào: cả danh sách lẫn tệp YAML
cli-diff-only-new = khi dùng --from-rev chỉ ghi thư mục nội dung MỚI
cli-diff-two-dirs = cần ghi thư mục nội dung CŨ và MỚI, hoặc --from-rev PHIÊN_BẢN

# usage errors
cli-error-unknown-argument = không có tùy chọn { $arg }
cli-error-unknown-command = không có lệnh “{ $command }”; các lệnh là build, check, diff, import, review, schema
cli-error-invalid-value = giá trị “{ $value }” không dùng được cho { $arg }; các giá trị dùng được: { $valid }
cli-error-bad-value = giá trị “{ $value }” của { $arg } không đúng
cli-error-values = số giá trị của { $arg } không đúng
cli-error-conflict = không dùng { $arg } cùng với tùy chọn đã ghi
cli-error-missing = thiếu { $arg }
cli-did-you-mean = có phải là { $name }?
cli-see-help = Xem thêm: baocao --help
cli-default = mặc định: { $value }
# placeholders of values in the help
cli-value-dir = THƯ_MỤC
cli-value-rev = PHIÊN_BẢN
cli-value-name = TÊN

# import, and check on a draft
cli-import = Nhập một bản dự thảo (.docx, .txt, .md) thành thư mục nội dung
cli-import-long = Nhập một bản dự thảo (tệp Word, hoặc văn bản của nó dạng .txt hay .md) thành thư mục nội dung mà lệnh `baocao build` dựng lại đúng bản dự thảo: phần tiêu đề văn bản, dàn ý với số thứ tự như dự thảo ghi (gõ tay hoặc do Word tự đánh số), các đoạn văn chia vào các tệp phần theo lĩnh vực, và các con số trong các mẫu câu thường gặp thành số liệu. In ra bản tóm tắt những việc đã làm. Không bao giờ ghi vào thư mục --out đã có tệp, trừ khi có --force.
cli-usage-import = baocao import BẢN_DỰ_THẢO [--out THƯ_MỤC] [--force] [--areas TỆP]
cli-usage-check = baocao check [BẢN_DỰ_THẢO] [TÙY CHỌN]
cli-import-draft = Bản dự thảo: tệp .docx, .txt hoặc .md
cli-import-out = Thư mục ghi nội dung nhập được
cli-import-force = Ghi vào --out cả khi thư mục đó đã có tệp (các tệp nhập được thay mới, các tệp khác giữ nguyên)
cli-import-print-areas = In bảng phân đề mục vào các tệp phần và tên các vị trí trong dàn ý có sẵn, để chép ra, sửa và dùng với --areas
cli-areas = Bảng phân đề mục vào các tệp phần và tên các vị trí trong dàn ý (xem --print-areas) [mặc định: bảng có sẵn]
cli-check-draft = Một bản dự thảo (.docx, .txt, .md) để kiểm tra ngay, không cần nhập trước; các điểm phát hiện được chỉ ra theo đề mục và câu văn của bản dự thảo
cli-value-draft = BẢN_DỰ_THẢO
cli-value-file = TỆP
