-- Places sort by their name as Vietnamese readers expect ("Âu Lâu" with the A's, "Đầm Hà"
-- with the D's), not by the bytes of the name, which put every name that starts with a
-- letter with a diacritic after "Yên Tử". The folded name (diacritics and case dropped, đ as
-- d, as app/utils/search-key.ts toSearchKey does; a test compares them) is kept by triggers
-- from the name, so the seeders and any later writer need not know of it. SQLite has no
-- unaccent(), so the fold is spelled out letter by letter, in steps (one expression with
-- every letter nested is too deep for SQLite's parser); lower() folds the ASCII letters
-- first, the steps then replace each remaining letter of either case.
ALTER TABLE "AdministrativeUnit" ADD COLUMN "nameSort" TEXT NOT NULL DEFAULT '';

UPDATE "AdministrativeUnit" SET "nameSort" = lower(trim("name"));
UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'À', 'a'), 'Á', 'a'), 'Â', 'a'), 'Ã', 'a'), 'È', 'e'), 'É', 'e'), 'Ê', 'e'), 'Ì', 'i'), 'Í', 'i'), 'Ò', 'o'), 'Ó', 'o'), 'Ô', 'o'), 'Õ', 'o'), 'Ù', 'u'), 'Ú', 'u'), 'Ý', 'y'), 'à', 'a'), 'á', 'a'), 'â', 'a'), 'ã', 'a'), 'è', 'e'), 'é', 'e'), 'ê', 'e');
UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'ì', 'i'), 'í', 'i'), 'ò', 'o'), 'ó', 'o'), 'ô', 'o'), 'õ', 'o'), 'ù', 'u'), 'ú', 'u'), 'ý', 'y'), 'Ă', 'a'), 'ă', 'a'), 'Ĩ', 'i'), 'ĩ', 'i'), 'Ũ', 'u'), 'ũ', 'u'), 'Ơ', 'o'), 'ơ', 'o'), 'Ư', 'u'), 'ư', 'u'), 'Ạ', 'a'), 'ạ', 'a'), 'Ả', 'a'), 'ả', 'a');
UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'Ấ', 'a'), 'ấ', 'a'), 'Ầ', 'a'), 'ầ', 'a'), 'Ẩ', 'a'), 'ẩ', 'a'), 'Ẫ', 'a'), 'ẫ', 'a'), 'Ậ', 'a'), 'ậ', 'a'), 'Ắ', 'a'), 'ắ', 'a'), 'Ằ', 'a'), 'ằ', 'a'), 'Ẳ', 'a'), 'ẳ', 'a'), 'Ẵ', 'a'), 'ẵ', 'a'), 'Ặ', 'a'), 'ặ', 'a'), 'Ẹ', 'e'), 'ẹ', 'e'), 'Ẻ', 'e');
UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'ẻ', 'e'), 'Ẽ', 'e'), 'ẽ', 'e'), 'Ế', 'e'), 'ế', 'e'), 'Ề', 'e'), 'ề', 'e'), 'Ể', 'e'), 'ể', 'e'), 'Ễ', 'e'), 'ễ', 'e'), 'Ệ', 'e'), 'ệ', 'e'), 'Ỉ', 'i'), 'ỉ', 'i'), 'Ị', 'i'), 'ị', 'i'), 'Ọ', 'o'), 'ọ', 'o'), 'Ỏ', 'o'), 'ỏ', 'o'), 'Ố', 'o'), 'ố', 'o');
UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'Ồ', 'o'), 'ồ', 'o'), 'Ổ', 'o'), 'ổ', 'o'), 'Ỗ', 'o'), 'ỗ', 'o'), 'Ộ', 'o'), 'ộ', 'o'), 'Ớ', 'o'), 'ớ', 'o'), 'Ờ', 'o'), 'ờ', 'o'), 'Ở', 'o'), 'ở', 'o'), 'Ỡ', 'o'), 'ỡ', 'o'), 'Ợ', 'o'), 'ợ', 'o'), 'Ụ', 'u'), 'ụ', 'u'), 'Ủ', 'u'), 'ủ', 'u'), 'Ứ', 'u');
UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'ứ', 'u'), 'Ừ', 'u'), 'ừ', 'u'), 'Ử', 'u'), 'ử', 'u'), 'Ữ', 'u'), 'ữ', 'u'), 'Ự', 'u'), 'ự', 'u'), 'Ỳ', 'y'), 'ỳ', 'y'), 'Ỵ', 'y'), 'ỵ', 'y'), 'Ỷ', 'y'), 'ỷ', 'y'), 'Ỹ', 'y'), 'ỹ', 'y'), 'đ', 'd'), 'Đ', 'd');

CREATE INDEX "AdministrativeUnit_nameSort_idx" ON "AdministrativeUnit"("nameSort");

CREATE TRIGGER "AdministrativeUnit_nameSort_insert" AFTER INSERT ON "AdministrativeUnit" BEGIN
  UPDATE "AdministrativeUnit" SET "nameSort" = lower(trim(NEW."name"))
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'À', 'a'), 'Á', 'a'), 'Â', 'a'), 'Ã', 'a'), 'È', 'e'), 'É', 'e'), 'Ê', 'e'), 'Ì', 'i'), 'Í', 'i'), 'Ò', 'o'), 'Ó', 'o'), 'Ô', 'o'), 'Õ', 'o'), 'Ù', 'u'), 'Ú', 'u'), 'Ý', 'y'), 'à', 'a'), 'á', 'a'), 'â', 'a'), 'ã', 'a'), 'è', 'e'), 'é', 'e'), 'ê', 'e')
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'ì', 'i'), 'í', 'i'), 'ò', 'o'), 'ó', 'o'), 'ô', 'o'), 'õ', 'o'), 'ù', 'u'), 'ú', 'u'), 'ý', 'y'), 'Ă', 'a'), 'ă', 'a'), 'Ĩ', 'i'), 'ĩ', 'i'), 'Ũ', 'u'), 'ũ', 'u'), 'Ơ', 'o'), 'ơ', 'o'), 'Ư', 'u'), 'ư', 'u'), 'Ạ', 'a'), 'ạ', 'a'), 'Ả', 'a'), 'ả', 'a')
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'Ấ', 'a'), 'ấ', 'a'), 'Ầ', 'a'), 'ầ', 'a'), 'Ẩ', 'a'), 'ẩ', 'a'), 'Ẫ', 'a'), 'ẫ', 'a'), 'Ậ', 'a'), 'ậ', 'a'), 'Ắ', 'a'), 'ắ', 'a'), 'Ằ', 'a'), 'ằ', 'a'), 'Ẳ', 'a'), 'ẳ', 'a'), 'Ẵ', 'a'), 'ẵ', 'a'), 'Ặ', 'a'), 'ặ', 'a'), 'Ẹ', 'e'), 'ẹ', 'e'), 'Ẻ', 'e')
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'ẻ', 'e'), 'Ẽ', 'e'), 'ẽ', 'e'), 'Ế', 'e'), 'ế', 'e'), 'Ề', 'e'), 'ề', 'e'), 'Ể', 'e'), 'ể', 'e'), 'Ễ', 'e'), 'ễ', 'e'), 'Ệ', 'e'), 'ệ', 'e'), 'Ỉ', 'i'), 'ỉ', 'i'), 'Ị', 'i'), 'ị', 'i'), 'Ọ', 'o'), 'ọ', 'o'), 'Ỏ', 'o'), 'ỏ', 'o'), 'Ố', 'o'), 'ố', 'o')
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'Ồ', 'o'), 'ồ', 'o'), 'Ổ', 'o'), 'ổ', 'o'), 'Ỗ', 'o'), 'ỗ', 'o'), 'Ộ', 'o'), 'ộ', 'o'), 'Ớ', 'o'), 'ớ', 'o'), 'Ờ', 'o'), 'ờ', 'o'), 'Ở', 'o'), 'ở', 'o'), 'Ỡ', 'o'), 'ỡ', 'o'), 'Ợ', 'o'), 'ợ', 'o'), 'Ụ', 'u'), 'ụ', 'u'), 'Ủ', 'u'), 'ủ', 'u'), 'Ứ', 'u')
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'ứ', 'u'), 'Ừ', 'u'), 'ừ', 'u'), 'Ử', 'u'), 'ử', 'u'), 'Ữ', 'u'), 'ữ', 'u'), 'Ự', 'u'), 'ự', 'u'), 'Ỳ', 'y'), 'ỳ', 'y'), 'Ỵ', 'y'), 'ỵ', 'y'), 'Ỷ', 'y'), 'ỷ', 'y'), 'Ỹ', 'y'), 'ỹ', 'y'), 'đ', 'd'), 'Đ', 'd')
   WHERE "id" = NEW."id";
END;

CREATE TRIGGER "AdministrativeUnit_nameSort_update" AFTER UPDATE OF "name" ON "AdministrativeUnit" BEGIN
  UPDATE "AdministrativeUnit" SET "nameSort" = lower(trim(NEW."name"))
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'À', 'a'), 'Á', 'a'), 'Â', 'a'), 'Ã', 'a'), 'È', 'e'), 'É', 'e'), 'Ê', 'e'), 'Ì', 'i'), 'Í', 'i'), 'Ò', 'o'), 'Ó', 'o'), 'Ô', 'o'), 'Õ', 'o'), 'Ù', 'u'), 'Ú', 'u'), 'Ý', 'y'), 'à', 'a'), 'á', 'a'), 'â', 'a'), 'ã', 'a'), 'è', 'e'), 'é', 'e'), 'ê', 'e')
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'ì', 'i'), 'í', 'i'), 'ò', 'o'), 'ó', 'o'), 'ô', 'o'), 'õ', 'o'), 'ù', 'u'), 'ú', 'u'), 'ý', 'y'), 'Ă', 'a'), 'ă', 'a'), 'Ĩ', 'i'), 'ĩ', 'i'), 'Ũ', 'u'), 'ũ', 'u'), 'Ơ', 'o'), 'ơ', 'o'), 'Ư', 'u'), 'ư', 'u'), 'Ạ', 'a'), 'ạ', 'a'), 'Ả', 'a'), 'ả', 'a')
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'Ấ', 'a'), 'ấ', 'a'), 'Ầ', 'a'), 'ầ', 'a'), 'Ẩ', 'a'), 'ẩ', 'a'), 'Ẫ', 'a'), 'ẫ', 'a'), 'Ậ', 'a'), 'ậ', 'a'), 'Ắ', 'a'), 'ắ', 'a'), 'Ằ', 'a'), 'ằ', 'a'), 'Ẳ', 'a'), 'ẳ', 'a'), 'Ẵ', 'a'), 'ẵ', 'a'), 'Ặ', 'a'), 'ặ', 'a'), 'Ẹ', 'e'), 'ẹ', 'e'), 'Ẻ', 'e')
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'ẻ', 'e'), 'Ẽ', 'e'), 'ẽ', 'e'), 'Ế', 'e'), 'ế', 'e'), 'Ề', 'e'), 'ề', 'e'), 'Ể', 'e'), 'ể', 'e'), 'Ễ', 'e'), 'ễ', 'e'), 'Ệ', 'e'), 'ệ', 'e'), 'Ỉ', 'i'), 'ỉ', 'i'), 'Ị', 'i'), 'ị', 'i'), 'Ọ', 'o'), 'ọ', 'o'), 'Ỏ', 'o'), 'ỏ', 'o'), 'Ố', 'o'), 'ố', 'o')
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'Ồ', 'o'), 'ồ', 'o'), 'Ổ', 'o'), 'ổ', 'o'), 'Ỗ', 'o'), 'ỗ', 'o'), 'Ộ', 'o'), 'ộ', 'o'), 'Ớ', 'o'), 'ớ', 'o'), 'Ờ', 'o'), 'ờ', 'o'), 'Ở', 'o'), 'ở', 'o'), 'Ỡ', 'o'), 'ỡ', 'o'), 'Ợ', 'o'), 'ợ', 'o'), 'Ụ', 'u'), 'ụ', 'u'), 'Ủ', 'u'), 'ủ', 'u'), 'Ứ', 'u')
   WHERE "id" = NEW."id";
  UPDATE "AdministrativeUnit" SET "nameSort" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("nameSort", 'ứ', 'u'), 'Ừ', 'u'), 'ừ', 'u'), 'Ử', 'u'), 'ử', 'u'), 'Ữ', 'u'), 'ữ', 'u'), 'Ự', 'u'), 'ự', 'u'), 'Ỳ', 'y'), 'ỳ', 'y'), 'Ỵ', 'y'), 'ỵ', 'y'), 'Ỷ', 'y'), 'ỷ', 'y'), 'Ỹ', 'y'), 'ỹ', 'y'), 'đ', 'd'), 'Đ', 'd')
   WHERE "id" = NEW."id";
END;
