// Trains the entity tagger's model (core/data/ner.model) from CoNLL data: an averaged perceptron
// with the features of core/src/ner_features.cpp, trained by beam search with early update
// (--beam N, the width the tagger then decodes with; --beam 1 is greedy with predicted tags),
// fixed shuffles (--seed; --runs N averages the models of N shuffles), so the same data always
// gives the same model. See core/data/README.md.
//
//   khulasa-train-ner --data ../shared/eval/ner-train/anercorp-train.txt --part 0-90
//       --dev-part 90-100 --epochs 20 --beam 4 --min-count 1 --name-bias 2 --runs 6 --prune 0.3
//       --out core/data/ner.model
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "khulasa/ner.hpp"
#include "khulasa/ner_eval.hpp"
#include "ner_features.hpp"

namespace {

using khulasa::ConllSentence;
using khulasa::NameSpan;
namespace ner = khulasa::ner;

struct Options {
  std::string data;
  double part_from = 0, part_to = 80;
  double dev_from = 80, dev_to = 90;
  int epochs = 8;
  int beam = 1;
  int min_count = 2;
  double prune = 0.0;
  double name_bias = 0.0;
  std::uint64_t seed = 0;  ///< 0: the shuffle every shipped model was trained with
  int runs = 1;            ///< shuffles whose models are averaged
  std::string out;
};

bool parse_range(const char* s, double& from, double& to) {
  return std::sscanf(s, "%lf-%lf", &from, &to) == 2 && from < to;
}

std::vector<std::size_t> gold_tags(const ConllSentence& s) {
  std::vector<std::size_t> tags(s.tokens.size(), 0);
  for (const NameSpan& n : s.names) {
    const std::size_t b = 1 + 2 * static_cast<std::size_t>(n.type);
    for (std::size_t i = n.begin; i < n.end; ++i) tags[i] = i == n.begin ? b : b + 1;
  }
  return tags;
}

struct Row {
  float w[ner::kTagCount] = {};
  double total[ner::kTagCount] = {};
  std::uint64_t stamp[ner::kTagCount] = {};
};

class Perceptron {
 public:
  void score(const std::vector<std::uint64_t>& features, float* out) const {
    std::fill(out, out + ner::kTagCount, 0.0f);
    for (const std::uint64_t f : features) {
      auto it = rows_.find(f);
      if (it == rows_.end()) continue;
      for (std::size_t t = 0; t < ner::kTagCount; ++t) out[t] += it->second.w[t];
    }
  }
  void update(const std::vector<std::uint64_t>& features, std::size_t gold, std::size_t guess) {
    for (const std::uint64_t f : features) {
      Row& r = rows_[f];
      bump(r, gold, 1.0f);
      bump(r, guess, -1.0f);
    }
  }
  /// Moves the weights of `tag` for `features` by `by`.
  void add(const std::vector<std::uint64_t>& features, std::size_t tag, float by) {
    for (const std::uint64_t f : features) bump(rows_[f], tag, by);
  }
  void tick() { ++now_; }
  /// The averaged weights.
  std::vector<std::pair<std::uint64_t, std::vector<double>>> averaged() const {
    std::vector<std::pair<std::uint64_t, std::vector<double>>> out;
    for (const auto& [key, r] : rows_) {
      std::vector<double> avg(ner::kTagCount);
      for (std::size_t t = 0; t < ner::kTagCount; ++t) {
        const double total = r.total[t] + static_cast<double>(now_ - r.stamp[t]) * r.w[t];
        avg[t] = total / static_cast<double>(now_);
      }
      out.emplace_back(key, std::move(avg));
    }
    return out;
  }

 private:
  void bump(Row& r, std::size_t t, float by) {
    r.total[t] += static_cast<double>(now_ - r.stamp[t]) * r.w[t];
    r.stamp[t] = now_;
    r.w[t] += by;
  }
  std::unordered_map<std::uint64_t, Row> rows_;
  std::uint64_t now_ = 1;
};

std::vector<std::uint64_t> features_of(const std::vector<ner::PreparedToken>& p, std::size_t i,
                                       std::size_t prev, std::size_t prev2) {
  std::vector<std::uint64_t> f;
  ner::static_features(p, i, f);
  ner::tag_features(p, i, prev, prev2, f);
  return f;
}

/// One sentence of beam-search training with early update (Collins & Roark 2004): decode with
/// the current weights; where the gold prefix falls out of the beam, or at the end when the best
/// sequence is not the gold one, move the weights toward the gold prefix and away from the best.
/// Returns whether the sentence was decoded right.
template <typename Keep>
bool beam_step(Perceptron& model, const std::vector<ner::PreparedToken>& p,
               const std::vector<std::size_t>& g, std::size_t width, Keep& keep) {
  struct Hyp {
    double score = 0;
    std::size_t back = 0;                                     // the hypothesis before
    std::size_t tag = ner::kTagCount, prev = ner::kTagCount;  // this token's tag, the one before
    bool gold = true;
  };
  std::vector<std::vector<Hyp>> columns;
  std::vector<Hyp> beam{Hyp{}};
  std::vector<std::uint64_t> f;
  std::size_t stop = p.size();  // the last position decoded
  for (std::size_t i = 0; i < p.size(); ++i) {
    f.clear();
    ner::static_features(p, i, f);
    keep(f);
    float base[ner::kTagCount];
    model.score(f, base);
    std::vector<Hyp> next;
    for (std::size_t h = 0; h < beam.size(); ++h) {
      const Hyp& from = beam[h];
      f.clear();
      ner::tag_features(p, i, from.tag, from.prev, f);
      keep(f);
      float sc[ner::kTagCount];
      model.score(f, sc);
      for (std::size_t t = 0; t < ner::kTagCount; ++t) {
        if (!ner::allowed(from.tag, t)) continue;
        next.push_back({from.score + base[t] + sc[t], h, t, from.tag, from.gold && t == g[i]});
      }
    }
    const std::size_t n = std::min(width, next.size());
    std::partial_sort(next.begin(), next.begin() + static_cast<std::ptrdiff_t>(n), next.end(),
                      [](const Hyp& a, const Hyp& b) { return ner::beam_before(a, b); });
    next.resize(n);
    columns.push_back(next);
    beam = columns.back();
    if (std::none_of(beam.begin(), beam.end(), [](const Hyp& h) { return h.gold; })) {
      stop = i + 1;
      break;
    }
  }
  if (stop == p.size() && columns.back()[0].gold) return true;
  // The best sequence up to `stop`.
  std::vector<std::size_t> pred(stop);
  std::size_t at = 0;
  for (std::size_t i = stop; i-- > 0;) {
    pred[i] = columns[i][at].tag;
    at = columns[i][at].back;
  }
  std::vector<std::uint64_t> own;  // the features that do not depend on the tags before
  auto tag_at = [](const std::vector<std::size_t>& tags, std::size_t i, std::size_t back) {
    return i >= back ? tags[i - back] : ner::kTagCount;
  };
  for (std::size_t i = 0; i < stop; ++i) {
    const std::size_t gp = tag_at(g, i, 1), gp2 = tag_at(g, i, 2);
    const std::size_t pp = tag_at(pred, i, 1), pp2 = tag_at(pred, i, 2);
    if (pred[i] == g[i] && gp == pp && gp2 == pp2) continue;
    // The token's features under the gold tags before it, then under the predicted ones.
    own.clear();
    ner::static_features(p, i, own);
    f = own;
    ner::tag_features(p, i, gp, gp2, f);
    keep(f);
    model.add(f, g[i], 1.0f);
    f = own;
    ner::tag_features(p, i, pp, pp2, f);
    keep(f);
    model.add(f, pred[i], -1.0f);
  }
  return false;
}

std::vector<ner::PreparedToken> prepare(const ConllSentence& s) {
  std::vector<std::string_view> views(s.tokens.begin(), s.tokens.end());
  return ner::prepare(views);
}

std::string serialize(const std::vector<std::pair<std::uint64_t, std::vector<double>>>& rows,
                      double name_bias, int beam) {
  double max_abs = 1e-9;
  for (const auto& [k, w] : rows) {
    for (double v : w) max_abs = std::max(max_abs, std::abs(v));
  }
  const float scale = static_cast<float>(max_abs / 32767.0);
  std::string out(ner::kModelMagic);
  auto put = [&](const auto& v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); };
  put(static_cast<std::uint32_t>(ner::kTagCount));
  put(static_cast<std::uint32_t>(rows.size()));
  put(scale);
  put(static_cast<std::int32_t>(std::lround(name_bias / scale)));
  put(static_cast<std::uint32_t>(beam));
  for (const auto& [k, w] : rows) put(k);
  for (const auto& [k, w] : rows) {
    for (double v : w) put(static_cast<std::int16_t>(std::lround(v / scale)));
  }
  return out;
}

void report(const char* what, const khulasa::NerScores& s) {
  const char* names[] = {"PERS", "ORG", "LOC", "MISC"};
  std::fprintf(stderr, "%s:", what);
  for (std::size_t t = 0; t < 3; ++t)
    std::fprintf(stderr, " %s %.1f", names[t], 100 * s.by_type[t].f1());
  std::fprintf(stderr, " | overall P %.1f R %.1f F1 %.1f\n", 100 * s.overall.precision(),
               100 * s.overall.recall(), 100 * s.overall.f1());
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
    if (v == nullptr) {
      std::fprintf(stderr, "%s needs a value\n", a.c_str());
      return 2;
    }
    ++i;
    if (a == "--data")
      o.data = v;
    else if (a == "--part" && parse_range(v, o.part_from, o.part_to)) {
    } else if (a == "--dev-part" && parse_range(v, o.dev_from, o.dev_to)) {
    } else if (a == "--epochs")
      o.epochs = std::atoi(v);
    else if (a == "--beam" && std::atoi(v) >= 1 && std::atoi(v) <= static_cast<int>(ner::kMaxBeam))
      o.beam = std::atoi(v);
    else if (a == "--min-count")
      o.min_count = std::atoi(v);
    else if (a == "--prune")
      o.prune = std::atof(v);
    else if (a == "--name-bias")
      o.name_bias = std::atof(v);
    else if (a == "--runs" && std::atoi(v) >= 1)
      o.runs = std::atoi(v);
    else if (a == "--seed")
      o.seed = std::strtoull(v, nullptr, 10);
    else if (a == "--out")
      o.out = v;
    else {
      std::fprintf(stderr, "unknown or bad option %s\n", a.c_str());
      return 2;
    }
  }
  if (o.data.empty() || o.out.empty()) {
    std::fprintf(stderr,
                 "usage: khulasa-train-ner --data FILE --out MODEL [--part 0-80] "
                 "[--dev-part 80-90] [--epochs 8] [--beam 1] [--min-count 2] [--prune 0] "
                 "[--name-bias 0] [--seed 0] [--runs 1]\n");
    return 2;
  }
  std::ifstream in(o.data, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", o.data.c_str());
    return 3;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto all = khulasa::read_conll(text);
  const auto train = khulasa::take_part(all, o.part_from, o.part_to);
  const auto dev = khulasa::take_part(all, o.dev_from, o.dev_to);
  std::fprintf(stderr, "%zu sentences: %zu train, %zu dev\n", all.size(), train.size(), dev.size());

  std::vector<std::vector<ner::PreparedToken>> prepared;
  std::vector<std::vector<std::size_t>> gold;
  std::unordered_map<std::uint64_t, int> counts;
  for (const ConllSentence& s : train) {
    prepared.push_back(prepare(s));
    gold.push_back(gold_tags(s));
    const auto& p = prepared.back();
    const auto& g = gold.back();
    for (std::size_t i = 0; i < p.size(); ++i) {
      const std::size_t prev = i > 0 ? g[i - 1] : ner::kTagCount;
      const std::size_t prev2 = i > 1 ? g[i - 2] : ner::kTagCount;
      for (std::uint64_t f : features_of(p, i, prev, prev2)) counts[f]++;
    }
  }
  auto keep = [&](std::vector<std::uint64_t>& f) {
    std::erase_if(f, [&](std::uint64_t h) {
      auto it = counts.find(h);
      return it == counts.end() || it->second < o.min_count;
    });
  };

  // Each run shuffles the sentences its own way; the runs' averaged weights are averaged again,
  // which steadies a model that one shuffle leaves noisy (see core/data/README.md).
  std::unordered_map<std::uint64_t, std::vector<double>> sum;
  for (int run = 0; run < o.runs; ++run) {
    Perceptron model;
    std::vector<std::size_t> order(train.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::uint64_t rng = 0x9E3779B97F4A7C15ULL + o.seed + static_cast<std::uint64_t>(run);
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
      for (std::size_t i = order.size(); i > 1; --i) {  // Fisher–Yates with our own generator
        rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
        std::swap(order[i - 1], order[(rng >> 33) % i]);
      }
      std::size_t errors = 0, seen = 0;
      if (o.beam > 1) {
        for (std::size_t si : order) {
          if (!beam_step(model, prepared[si], gold[si], static_cast<std::size_t>(o.beam), keep)) {
            ++errors;
          }
          model.tick();
          ++seen;
        }
        std::fprintf(stderr, "epoch %d: %.2f%% sentences updated\n", epoch + 1,
                     100.0 * static_cast<double>(errors) / static_cast<double>(seen));
        continue;
      }
      for (std::size_t si : order) {
        const auto& p = prepared[si];
        const auto& g = gold[si];
        std::size_t prev = ner::kTagCount, prev2 = ner::kTagCount;
        for (std::size_t i = 0; i < p.size(); ++i) {
          auto f = features_of(p, i, prev, prev2);
          keep(f);
          float sc[ner::kTagCount];
          model.score(f, sc);
          std::size_t guess = 0;
          for (std::size_t t = 1; t < ner::kTagCount; ++t) {
            if (ner::allowed(prev, t) && sc[t] > sc[guess]) guess = t;
          }
          if (guess != g[i]) {
            model.update(f, g[i], guess);
            ++errors;
          }
          model.tick();
          ++seen;
          prev2 = prev;
          prev = guess;
        }
      }
      std::fprintf(stderr, "epoch %d: %.2f%% token errors\n", epoch + 1,
                   100.0 * static_cast<double>(errors) / static_cast<double>(seen));
    }

    for (auto& [key, w] : model.averaged()) {
      std::vector<double>& total = sum[key];
      total.resize(ner::kTagCount);
      for (std::size_t t = 0; t < ner::kTagCount; ++t) total[t] += w[t] / o.runs;
    }
  }
  std::vector<std::pair<std::uint64_t, std::vector<double>>> rows(sum.begin(), sum.end());
  std::erase_if(rows, [&](const auto& r) {
    double m = 0;
    for (double v : r.second) m = std::max(m, std::abs(v));
    return m <= o.prune;
  });
  std::erase_if(rows, [](const auto& r) { return r.first == 0; });  // 0 marks an empty slot
  std::sort(rows.begin(), rows.end());
  const std::string bytes = serialize(rows, o.name_bias, o.beam);
  std::ofstream(o.out, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  std::fprintf(stderr, "wrote %s: %zu features, %zu bytes\n", o.out.c_str(), rows.size(),
               bytes.size());

  const khulasa::NerTagger tagger(
      std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
  khulasa::NerScores scores;
  for (const ConllSentence& s : dev) {
    std::vector<std::string_view> views(s.tokens.begin(), s.tokens.end());
    scores.add(s.names, tagger.tag(views));
  }
  report("dev", scores);
  return 0;
}
