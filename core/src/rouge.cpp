// ROUGE-1/2/L (see rouge.hpp).
#include "khulasa/rouge.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "khulasa/normalize.hpp"
#include "words.hpp"

namespace khulasa {
namespace {

/// Token ids shared by a candidate and a reference, so n-grams compare as integers.
class Ids {
 public:
  std::vector<std::uint64_t> of(const std::vector<std::string>& tokens) {
    std::vector<std::uint64_t> out;
    out.reserve(tokens.size());
    for (const std::string& t : tokens) {
      out.push_back(ids_.try_emplace(t, static_cast<std::uint64_t>(ids_.size())).first->second);
    }
    return out;
  }

 private:
  std::unordered_map<std::string, std::uint64_t> ids_;
};

RougeScore score(std::size_t overlap, std::size_t candidate_total, std::size_t reference_total) {
  RougeScore s;
  if (candidate_total == 0 || reference_total == 0 || overlap == 0) return s;
  s.precision = static_cast<double>(overlap) / static_cast<double>(candidate_total);
  s.recall = static_cast<double>(overlap) / static_cast<double>(reference_total);
  s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

/// The sorted n-grams (n = 1 or 2) of `ids`, each as one integer.
std::vector<std::uint64_t> ngrams(const std::vector<std::uint64_t>& ids, std::size_t n) {
  std::vector<std::uint64_t> out;
  if (ids.size() < n) return out;
  out.reserve(ids.size() - n + 1);
  for (std::size_t i = 0; i + n <= ids.size(); ++i) {
    out.push_back(n == 1 ? ids[i] : (ids[i] << 32) | ids[i + 1]);
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// ROUGE-N with clipped counts: walking two sorted multisets, every match uses one of each.
RougeScore rouge_n(const std::vector<std::uint64_t>& c, const std::vector<std::uint64_t>& r,
                   std::size_t n) {
  const std::vector<std::uint64_t> a = ngrams(c, n);
  const std::vector<std::uint64_t> b = ngrams(r, n);
  std::size_t overlap = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++overlap;
      ++i;
      ++j;
    }
  }
  return score(overlap, a.size(), b.size());
}

std::size_t lcs_length(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::vector<std::size_t> row(b.size() + 1, 0);
  for (const std::uint64_t x : a) {
    std::size_t diagonal = 0;  // row[j - 1] of the previous row
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = x == b[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
      diagonal = up;
    }
  }
  return row[b.size()];
}

void add_to(RougeScore& sum, const RougeScore& s, double factor) {
  sum.precision += s.precision * factor;
  sum.recall += s.recall * factor;
  sum.f1 += s.f1 * factor;
}

void add_to(RougeScores& sum, const RougeScores& s, double factor) {
  add_to(sum.rouge1, s.rouge1, factor);
  add_to(sum.rouge2, s.rouge2, factor);
  add_to(sum.rouge_l, s.rouge_l, factor);
}

}  // namespace

std::vector<std::string> rouge_tokens(std::string_view text) {
  std::vector<std::string> out;
  const std::string folded = normalize_for_matching(text);
  detail::for_each_word(folded, [&](std::string_view w) { out.emplace_back(w); });
  return out;
}

RougeScores rouge(const std::vector<std::string>& candidate,
                  const std::vector<std::string>& reference) {
  Ids ids;
  const std::vector<std::uint64_t> c = ids.of(candidate);
  const std::vector<std::uint64_t> r = ids.of(reference);
  RougeScores s;
  s.rouge1 = rouge_n(c, r, 1);
  s.rouge2 = rouge_n(c, r, 2);
  s.rouge_l = score(lcs_length(c, r), c.size(), r.size());
  return s;
}

RougeScores rouge_average(std::string_view candidate, const std::vector<std::string>& references) {
  RougeScores sum;
  if (references.empty()) return sum;
  const std::vector<std::string> c = rouge_tokens(candidate);
  const double share = 1.0 / static_cast<double>(references.size());
  for (const std::string& reference : references) {
    add_to(sum, rouge(c, rouge_tokens(reference)), share);
  }
  return sum;
}

void RougeMean::add(const RougeScores& article) {
  add_to(sum_, article, 1.0);
  ++count_;
}

RougeScores RougeMean::mean() const {
  RougeScores m;
  if (count_ > 0) add_to(m, sum_, 1.0 / static_cast<double>(count_));
  return m;
}

}  // namespace khulasa
