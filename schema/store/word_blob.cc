// Encoder/decoder for the per-page word geometry blob (see word_blob.h).

#include "schema/store/word_blob.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <map>

namespace afstem {
namespace {

constexpr char kMagic[4] = {'A', 'F', 'W', '1'};
constexpr std::uint16_t kNoFont = 0xFFFF;
constexpr std::size_t kMaxString = 0xFFFF;

static_assert(std::endian::native == std::endian::little ||
                  std::endian::native == std::endian::big,
              "mixed-endian platforms are not supported");

template <typename T>
void PutLittleEndian(std::string& out, T value) {
  unsigned char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  if constexpr (std::endian::native == std::endian::big) {
    for (std::size_t i = 0; i < sizeof(T) / 2; ++i) {
      std::swap(bytes[i], bytes[sizeof(T) - 1 - i]);
    }
  }
  out.append(reinterpret_cast<const char*>(bytes), sizeof(T));
}

// Cuts `s` to at most kMaxString bytes without splitting a UTF-8 sequence.
std::string_view Clip(std::string_view s) {
  if (s.size() <= kMaxString) return s;
  std::size_t end = kMaxString;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

void PutString(std::string& out, std::string_view s) {
  s = Clip(s);
  PutLittleEndian<std::uint16_t>(out, static_cast<std::uint16_t>(s.size()));
  out.append(s);
}

// Bounds-checked sequential reader over the blob.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}

  template <typename T>
  bool Get(T& value) {
    if (data_.size() - pos_ < sizeof(T)) return false;
    unsigned char bytes[sizeof(T)];
    std::memcpy(bytes, data_.data() + pos_, sizeof(T));
    if constexpr (std::endian::native == std::endian::big) {
      for (std::size_t i = 0; i < sizeof(T) / 2; ++i) {
        std::swap(bytes[i], bytes[sizeof(T) - 1 - i]);
      }
    }
    std::memcpy(&value, bytes, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }

  bool GetString(std::string& value) {
    std::uint16_t length = 0;
    if (!Get(length) || data_.size() - pos_ < length) return false;
    value.assign(data_.substr(pos_, length));
    pos_ += length;
    return true;
  }

  bool AtEnd() const { return pos_ == data_.size(); }
  std::size_t remaining() const { return data_.size() - pos_; }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string EncodeWordBlob(const std::vector<Word>& words) {
  std::map<std::string, std::uint16_t> font_index;
  std::vector<std::string_view> fonts;
  for (const Word& word : words) {
    if (word.font_name.empty() || font_index.count(word.font_name)) continue;
    if (fonts.size() >= kNoFont) break;  // absurd; later fonts become "none"
    font_index.emplace(word.font_name, static_cast<std::uint16_t>(fonts.size()));
    fonts.push_back(word.font_name);
  }

  std::string out;
  out.reserve(16 + words.size() * 32);
  out.append(kMagic, sizeof(kMagic));
  PutLittleEndian<std::uint32_t>(out, static_cast<std::uint32_t>(fonts.size()));
  PutLittleEndian<std::uint32_t>(out, static_cast<std::uint32_t>(words.size()));
  for (std::string_view font : fonts) PutString(out, font);
  for (const Word& word : words) {
    PutLittleEndian<float>(out, static_cast<float>(word.box.x0));
    PutLittleEndian<float>(out, static_cast<float>(word.box.y0));
    PutLittleEndian<float>(out, static_cast<float>(word.box.x1));
    PutLittleEndian<float>(out, static_cast<float>(word.box.y1));
    PutLittleEndian<std::uint8_t>(out, word.space_after ? 1 : 0);
    auto found = font_index.find(word.font_name);
    PutLittleEndian<std::uint16_t>(
        out, found == font_index.end() ? kNoFont : found->second);
    PutLittleEndian<float>(out, static_cast<float>(word.font_size));
    PutString(out, word.text);
  }
  return out;
}

Result<std::vector<Word>> DecodeWordBlob(std::string_view blob) {
  if (blob.size() < sizeof(kMagic) ||
      std::memcmp(blob.data(), kMagic, sizeof(kMagic)) != 0) {
    return Status::Corruption("word blob: bad magic (not an AFW1 blob)");
  }
  Reader reader(blob.substr(sizeof(kMagic)));
  std::uint32_t font_count = 0;
  std::uint32_t word_count = 0;
  if (!reader.Get(font_count) || !reader.Get(word_count)) {
    return Status::Corruption("word blob: truncated header");
  }
  // Each font needs >= 2 bytes and each word >= 25: reject counts the blob
  // cannot hold before reserving memory for them.
  if (font_count > reader.remaining() / 2 ||
      word_count > reader.remaining() / 25) {
    return Status::Corruption("word blob: counts exceed blob size");
  }
  std::vector<std::string> fonts(font_count);
  for (std::string& font : fonts) {
    if (!reader.GetString(font)) {
      return Status::Corruption("word blob: truncated font table");
    }
  }
  std::vector<Word> words(word_count);
  for (Word& word : words) {
    float x0, y0, x1, y1, size;
    std::uint8_t flags;
    std::uint16_t font;
    if (!reader.Get(x0) || !reader.Get(y0) || !reader.Get(x1) ||
        !reader.Get(y1) || !reader.Get(flags) || !reader.Get(font) ||
        !reader.Get(size) || !reader.GetString(word.text)) {
      return Status::Corruption("word blob: truncated word record");
    }
    if (font != kNoFont && font >= fonts.size()) {
      return Status::Corruption("word blob: font index out of range");
    }
    word.box = Box{x0, y0, x1, y1};
    word.space_after = (flags & 1) != 0;
    word.font_name = font == kNoFont ? std::string() : fonts[font];
    word.font_size = size;
  }
  if (!reader.AtEnd()) return Status::Corruption("word blob: trailing bytes");
  return words;
}

}  // namespace afstem
