// Hunspell wrapper: the Danish word list (see danish_dictionary.h).

#include "parsers/text/danish_dictionary.h"

#include <hunspell.hxx>

#include <fstream>

namespace afstem {
namespace {

// Hunspell does not report unreadable files (it prints to stderr and then
// knows no words), so check them first.
Status CheckReadable(const std::string& path, const char* what) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return Status::IoError("cannot read Hunspell " + std::string(what) +
                         " file " + path);
  }
  return Status::Ok();
}

}  // namespace

DanishDictionary::DanishDictionary(std::unique_ptr<Hunspell> hunspell)
    : hunspell_(std::move(hunspell)) {}

DanishDictionary::~DanishDictionary() = default;

Result<std::unique_ptr<DanishDictionary>> DanishDictionary::Open(
    const std::string& aff, const std::string& dic) {
  if (Status status = CheckReadable(aff, "affix"); !status.ok()) return status;
  if (Status status = CheckReadable(dic, "dictionary"); !status.ok()) {
    return status;
  }
  auto hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  const std::string encoding = hunspell->get_dict_encoding();
  if (encoding != "UTF-8") {
    return Status::Internal("Hunspell dictionary " + aff + " is in " +
                         encoding + ", not UTF-8");
  }
  return std::unique_ptr<DanishDictionary>(
      new DanishDictionary(std::move(hunspell)));
}

bool DanishDictionary::Knows(std::string_view word) const {
  if (word.empty()) return false;  // Hunspell accepts the empty word
  return hunspell_->spell(std::string(word));
}

}  // namespace afstem
