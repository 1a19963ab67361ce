-- 第六条: each authority names the technical support unit of its area; its units see it on their home page.
ALTER TABLE organisation ADD COLUMN support_unit VARCHAR(100);
ALTER TABLE organisation ADD COLUMN support_phone VARCHAR(20);
