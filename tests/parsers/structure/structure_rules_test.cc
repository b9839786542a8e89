// The structure vocabulary (parsers/structure/structure_rules.cc): kinds,
// dates, fields, committees, generic headings and junk PDF titles.

#include "parsers/structure/structure_rules.h"

#include <catch2/catch.hpp>

namespace afstem {
namespace {

const StructureRules& Rules() {
  static const std::unique_ptr<StructureRules> rules =
      std::move(StructureRules::Create()).value();
  return *rules;
}

std::vector<std::string> Isos(std::string_view text) {
  std::vector<std::string> isos;
  for (const FoundDate& date : Rules().FindDates(text))
    isos.push_back(date.iso);
  return isos;
}

}  // namespace

TEST_CASE("document kinds from words", "[parsers][structure]") {
  CHECK(Rules().KindOfWord("Referat") == "referat");
  CHECK(Rules().KindOfWord("BESLUTNINGSPROTOKOL") == "referat");
  CHECK(Rules().KindOfWord("Dagsorden") == "dagsorden");
  CHECK(Rules().KindOfWord("Udmøntningsnotat") == "notat");
  CHECK(Rules().KindOfWord("Årsrapport") == "regnskab");
  CHECK(Rules().KindOfWord("Anlægsregnskab") == "regnskab");
  CHECK(Rules().KindOfWord("Budgetopfølgning") == "budgetopfølgning");
  CHECK(Rules().KindOfWord("Handlingsplan") == "handleplan");
  CHECK(Rules().KindOfWord("Kulturkommune").empty());
  CHECK(Rules().KindLine("NOTAT") == "notat");
  CHECK(Rules().KindLine("Referat:") == "referat");
  CHECK(Rules().KindLine("Referat ordinær generalforsamling").empty());
  CHECK(Rules().FirstKind("REFERAT Aarhus Byråd d. 27-08-2025") == "referat");
  CHECK(Rules().FirstKind("Grundejerforeningen Pomosa 2023").empty());
}

TEST_CASE("full dates in every common printing, impossible ones refused",
          "[parsers][structure]") {
  CHECK(Isos("Mødedato Onsdag d. 27. august 2025 kl. 16:00") ==
        std::vector<std::string>{"2025-08-27"});
  CHECK(Isos("REFERAT Aarhus Byråd d. 27-08-2025") ==
        std::vector<std::string>{"2025-08-27"});
  CHECK(Isos("Vedtatt dato: 18.06.2025") ==
        std::vector<std::string>{"2025-06-18"});
  CHECK(Isos("2023-12-11 og 11/12/2023") ==
        std::vector<std::string>{"2023-12-11", "2023-12-11"});
  CHECK(Isos("Thursday, January 5, 2017 5:03 AM") ==
        std::vector<std::string>{"2017-01-05"});
  CHECK(Isos("den 7. okt. 2024") == std::vector<std::string>{"2024-10-07"});
  CHECK(Isos("31.02.2024").empty());
  CHECK(Isos("Sagsnr. 2016-003798-62").empty());
  CHECK(Isos("juni 2011").empty());
  CHECK(Isos("konto 123.12.2023").empty());
}

TEST_CASE("a line that is only a date", "[parsers][structure]") {
  CHECK(Rules().IsDateLine("torsdag den 21. marts 2024 kl. 20.00"));
  CHECK(Rules().IsDateLine("29. august 2025"));
  CHECK(Rules().IsDateLine("26-08-2025"));
  CHECK_FALSE(Rules().IsDateLine("REFERAT Aarhus Byråd d. 27-08-2025"));
  CHECK_FALSE(Rules().IsDateLine("Byrådet besluttede den 11. december 2023"));
}

TEST_CASE("mail and letterhead fields", "[parsers][structure]") {
  const FieldLabel subject = Rules().Field("Emne: Havnens Perle epilog?");
  CHECK(subject.role == FieldRole::kMailSubject);
  CHECK(subject.value_start == 6);
  CHECK(Rules().Field("Subject:").role == FieldRole::kMailSubject);
  CHECK(Rules().Field("Subject:").value_start == 8);
  CHECK(Rules().Field("Fra: Havnens Perle").role == FieldRole::kMailSender);
  CHECK(Rules().Field("Sent: 5. januar 2017").role == FieldRole::kMailSent);
  CHECK(Rules().Field("Dato: 27. april 2016").role == FieldRole::kDate);
  CHECK(Rules().Field("Mødedato Onsdag d. 27. august 2025").role ==
        FieldRole::kDate);
  CHECK(Rules().Field("Sagsnr.: 2016-003798-62").role == FieldRole::kReference);
  CHECK(Rules().Field("Datoen for mødet er flyttet").role == FieldRole::kNone);
  CHECK(Rules().Field("Til Aarhus Byråd").role == FieldRole::kNone);
  CHECK(Rules().MailSubject("SV: Re: Nyhedsbrev nr. 1") == "Nyhedsbrev nr. 1");
}

TEST_CASE("committees named in a text", "[parsers][structure]") {
  CHECK(Rules().Committee("Udvalget for plan, udvikling og kultur (PUK)") ==
        "Udvalget for plan, udvikling og kultur");
  CHECK(Rules().Committee("Referat fra Børne- og Ungdomsudvalget den 3. maj") ==
        "Børne- og Ungdomsudvalget");
  CHECK(Rules().Committee("Økonomiudvalget") == "Økonomiudvalget");
  CHECK(Rules().Committee("REFERAT Aarhus Byråd d. 27-08-2025") ==
        "Aarhus Byråd");
  CHECK(Rules().Committee("Til: Udvalget, Ældrerådet, Direktionen").empty());
}

TEST_CASE("generic headings are parts of an item", "[parsers][structure]") {
  for (std::string_view heading :
       {"Sagsfremstilling", "Indstilling", "Beslutning", "Beslutninger",
        "Beslutningspunkter", "Økonomi",
        "Økonomiske konsekvenser og finansiering", "Projektøkonomi", "Baggrund",
        "Resume", "Resumé:", "Bilag", "Sagsforløb",
        "Borgmesterens Afdelings påtegning",
        "Beslutning i Økonomiudvalget den 12. maj 2025"}) {
    INFO(heading);
    CHECK(Rules().IsGenericHeading(heading));
  }
  for (std::string_view heading :
       {"Punkt 11: Anlægsbevilling til Kongeruten", "Tema 1: Frivillighed",
        "Udvalgsgodkendte initiativer", "Økonomisk ramme for 2026"}) {
    INFO(heading);
    CHECK_FALSE(Rules().IsGenericHeading(heading));
  }
}

TEST_CASE("junk PDF titles", "[parsers][structure]") {
  for (std::string_view title :
       {"Microsoft Word - Dokument1", "regnskab2023.xlsx",
        "a106efe1-f3cf-4ae7-931e-aeb9a35b68ec.pdf", "Politik", "Notat",
        "Untitled", "Dokument2", "12345", "ab"}) {
    INFO(title);
    CHECK(Rules().IsJunkTitle(title));
  }
  for (std::string_view title :
       {"2025 Årsbokslut", "Udmøntning af frie midler i 2025"}) {
    INFO(title);
    CHECK_FALSE(Rules().IsJunkTitle(title));
  }
}

}  // namespace afstem
