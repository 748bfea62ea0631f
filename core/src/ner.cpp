#include "khulasa/ner.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>

#include "ner_features.hpp"

// The model is embedded by ner_model_data.S.
extern "C" const unsigned char khulasa_ner_model_begin[];
extern "C" const unsigned char khulasa_ner_model_end[];

namespace khulasa {

static_assert(std::endian::native == std::endian::little,
              "the embedded entity model is little-endian");

std::string_view to_string(NameType type) {
  switch (type) {
    case NameType::person:
      return "PERS";
    case NameType::organization:
      return "ORG";
    case NameType::location:
      return "LOC";
    case NameType::misc:
      return "MISC";
  }
  return "MISC";
}

/// An open-addressing table from feature hash to its row of weights, built once from the model.
/// An open-addressing table from feature hash to its row of weights, built once from the model.
/// A slot keeps 32 bits of the hash to check (the other bits chose the slot) and the row: 8 bytes,
/// so the table of a 73k-feature model is 1 MB and mostly stays in cache.
struct NerTagger::Model {
  struct Slot {
    std::uint32_t check = 0;
    std::uint32_t row = kEmpty;
  };
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFU;
  std::vector<Slot> slots;
  std::uint64_t mask = 0;
  std::vector<std::int16_t> weights;  // feature_count × kTagCount
  std::size_t feature_count = 0;
  std::int32_t name_bias = 0;
  std::size_t beam = 1;
  float scale = 1;  // weight = int16 × scale

  static std::uint32_t check_of(std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32); }

  [[nodiscard]] const std::int16_t* find(std::uint64_t key) const {
    const std::uint32_t check = check_of(key);
    for (std::uint64_t i = key & mask;; i = (i + 1) & mask) {
      const Slot& s = slots[i];
      if (s.row == kEmpty) return nullptr;
      if (s.check == check) return &weights[static_cast<std::size_t>(s.row) * ner::kTagCount];
    }
  }
};

namespace {

template <typename T>
T read_le(std::span<const unsigned char> bytes, std::size_t at) {
  T v;
  std::memcpy(&v, bytes.data() + at, sizeof v);
  return v;
}

}  // namespace

NerTagger::NerTagger(std::span<const unsigned char> bytes) : model_(std::make_unique<Model>()) {
  if (bytes.size() < ner::kModelHeaderBytes ||
      std::memcmp(bytes.data(), ner::kModelMagic.data(), ner::kModelMagic.size()) != 0) {
    throw std::runtime_error("not a Khulasa entity model (bad magic)");
  }
  const auto tags = read_le<std::uint32_t>(bytes, 8);
  const auto n = read_le<std::uint32_t>(bytes, 12);
  if (tags != ner::kTagCount) throw std::runtime_error("entity model has the wrong tag count");
  const std::size_t need = ner::kModelHeaderBytes + std::size_t{n} * 8 +
                           std::size_t{n} * ner::kTagCount * sizeof(std::int16_t);
  if (bytes.size() < need) throw std::runtime_error("entity model is truncated");
  Model& m = *model_;
  m.feature_count = n;
  m.scale = read_le<float>(bytes, 16);
  m.name_bias = read_le<std::int32_t>(bytes, 20);
  const auto beam = read_le<std::uint32_t>(bytes, 24);
  if (beam == 0 || beam > ner::kMaxBeam)
    throw std::runtime_error("entity model has a bad beam width");
  m.beam = beam;
  std::size_t capacity = 16;
  while (capacity < std::size_t{n} + std::size_t{n} / 3) capacity *= 2;  // load at most 3/4
  m.slots.assign(capacity, {});
  m.mask = capacity - 1;
  for (std::uint32_t r = 0; r < n; ++r) {
    const auto key = read_le<std::uint64_t>(bytes, ner::kModelHeaderBytes + std::size_t{r} * 8);
    std::uint64_t i = key & m.mask;
    while (m.slots[i].row != Model::kEmpty) i = (i + 1) & m.mask;
    m.slots[i] = {Model::check_of(key), r};
  }
  m.weights.resize(std::size_t{n} * ner::kTagCount);
  if (!m.weights.empty()) {  // (an empty model has no weights to copy, and memcpy no null)
    std::memcpy(m.weights.data(), bytes.data() + ner::kModelHeaderBytes + std::size_t{n} * 8,
                m.weights.size() * sizeof(std::int16_t));
  }
}

NerTagger::~NerTagger() = default;
NerTagger::NerTagger(NerTagger&&) noexcept = default;
NerTagger& NerTagger::operator=(NerTagger&&) noexcept = default;

const NerTagger& NerTagger::builtin() {
  static const NerTagger tagger(std::span<const unsigned char>(
      khulasa_ner_model_begin,
      static_cast<std::size_t>(khulasa_ner_model_end - khulasa_ner_model_begin)));
  return tagger;
}

std::size_t NerTagger::feature_count() const {
  return model_->feature_count;
}

double NerTagger::name_margin(std::string_view norm, std::optional<NameType> as) const {
  const std::int16_t* row = model_->find(ner::word_feature(ner::hash_text(norm)));
  if (row == nullptr) return 0;
  // The best tag of the name type asked for (or of any name type, for misc too); the best of O
  // and MISC.
  const NameType want = as.value_or(NameType::misc);  // misc: any name type
  int name = INT32_MIN, other = row[0];
  for (std::size_t t = 1; t < ner::kTagCount; ++t) {
    const auto type = static_cast<NameType>((t - 1) / 2);
    if (type == NameType::misc) {
      other = std::max(other, int{row[t]});
    } else if (want == NameType::misc || want == type) {
      name = std::max(name, int{row[t]});
    }
  }
  return (name - other) * double{model_->scale};
}

std::vector<NameSpan> NerTagger::tag(std::span<const std::string_view> tokens) const {
  return tag_prepared(ner::prepare(tokens));
}

std::vector<NameSpan> NerTagger::tag_prepared(std::span<const ner::PreparedToken> prepared) const {
  // Beam search over tag sequences: the features that do not depend on the tags before are
  // scored once per token, the three that do once per hypothesis. Every column of the beam is
  // kept (`width` hypotheses a token) to read the best sequence back at the end.
  struct Hypothesis {
    std::int64_t score = 0;
    std::uint32_t back = 0;  // index of the hypothesis before, in the previous column
    std::uint8_t tag = 0, prev = ner::kTagCount;  // this token's tag and the one before
  };
  const std::size_t width = model_->beam;
  std::vector<Hypothesis> columns(prepared.size() * width);
  std::vector<std::uint64_t> features;
  Hypothesis start;
  start.tag = ner::kTagCount;  // "no tag" before the first token
  std::span<const Hypothesis> beam(&start, 1);
  for (std::size_t i = 0; i < prepared.size(); ++i) {
    features.clear();
    ner::static_features(prepared, i, features);
    std::int32_t base[ner::kTagCount] = {};
    for (std::size_t t = 1; t < ner::kTagCount; ++t) base[t] = model_->name_bias;
    for (const std::uint64_t f : features) {
      if (const std::int16_t* row = model_->find(f)) {
        for (std::size_t t = 0; t < ner::kTagCount; ++t) base[t] += row[t];
      }
    }
    Hypothesis* out = &columns[i * width];
    std::size_t kept = 0;
    // The features of the previous tag alone, scored once per distinct previous tag.
    std::int32_t by_prev[ner::kTagCount + 1][ner::kTagCount];
    bool scored[ner::kTagCount + 1] = {};
    for (std::size_t h = 0; h < beam.size(); ++h) {
      const Hypothesis& from = beam[h];
      if (!scored[from.tag]) {
        scored[from.tag] = true;
        std::int32_t* sum = by_prev[from.tag];
        std::copy(std::begin(base), std::end(base), sum);
        features.clear();
        ner::previous_tag_features(prepared, i, from.tag, features);
        for (const std::uint64_t f : features) {
          if (const std::int16_t* row = model_->find(f)) {
            for (std::size_t t = 0; t < ner::kTagCount; ++t) sum[t] += row[t];
          }
        }
      }
      std::int32_t score[ner::kTagCount];
      std::copy(by_prev[from.tag], by_prev[from.tag] + ner::kTagCount, std::begin(score));
      if (const std::int16_t* row = model_->find(ner::two_tags_feature(from.tag, from.prev))) {
        for (std::size_t t = 0; t < ner::kTagCount; ++t) score[t] += row[t];
      }
      for (std::size_t t = 0; t < ner::kTagCount; ++t) {
        if (!ner::allowed(from.tag, t)) continue;
        const Hypothesis next{from.score + score[t], static_cast<std::uint32_t>(h),
                              static_cast<std::uint8_t>(t), from.tag};
        // Insert into the `width` best, kept sorted.
        if (kept == width && !ner::beam_before(next, out[kept - 1])) continue;
        std::size_t at = kept < width ? kept++ : width - 1;
        while (at > 0 && ner::beam_before(next, out[at - 1])) {
          out[at] = out[at - 1];
          --at;
        }
        out[at] = next;
      }
    }
    beam = std::span<const Hypothesis>(out, kept);
  }
  std::vector<std::uint8_t> tags(prepared.size());
  std::uint32_t at = 0;
  for (std::size_t i = prepared.size(); i-- > 0;) {
    const Hypothesis& h = columns[i * width + at];
    tags[i] = h.tag;
    at = h.back;
  }
  std::vector<NameSpan> spans;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::size_t tag = tags[i];
    if (tag == 0) continue;
    const auto type = static_cast<NameType>((tag - 1) / 2);
    if (tag % 2 == 1) {
      spans.push_back({i, i + 1, type});
    } else {
      spans.back().end = i + 1;
    }
  }
  return spans;
}

}  // namespace khulasa
