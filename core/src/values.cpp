// Money, percentages, dates and numbers. The text is normalized (digits to ASCII, hamza and taa
// marbuta folded, Latin lowercased), cut into word / number / symbol tokens, and matched token by
// token; every range found is mapped back to the original bytes.
#include "khulasa/values.hpp"

#include <array>
#include <charconv>
#include <cstdlib>

#include "chars.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/utf8.hpp"

namespace khulasa {

std::string_view to_string(ValueKind kind) {
  switch (kind) {
    case ValueKind::money:
      return "money";
    case ValueKind::percent:
      return "percent";
    case ValueKind::date:
      return "date";
    case ValueKind::number:
      return "number";
  }
  return "number";
}

namespace {

enum class TokenKind : std::uint8_t { word, number, numeric_date, symbol };

struct Tok {
  TokenKind kind;
  std::size_t begin, end;  // bytes of the normalized text
  std::string_view text;
};

/// Cuts normalized text into tokens: words (letters), numbers (digits with inner . , ٫ ٬),
/// numeric dates (04.09.2025, 2025-09-04) and single symbols. White space is dropped.
std::vector<Tok> tokenize(std::string_view s) {
  std::vector<Tok> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t begin = pos;
    const char32_t c = next_code_point(s, pos);
    if (detail::is_space(c) || detail::is_line_end(c)) continue;
    if (detail::is_ascii_digit(c)) {
      // digits, with separators only between digits
      while (pos < s.size()) {
        std::size_t p = pos;
        char32_t d = next_code_point(s, p);
        if (detail::is_ascii_digit(d)) {
          pos = p;
          continue;
        }
        const bool sep = d == '.' || d == ',' || d == 0x066B || d == 0x066C || d == 0x060C ||
                         d == '/' || d == '-';
        if (!sep || p >= s.size()) break;
        std::size_t q = p;
        if (!detail::is_ascii_digit(next_code_point(s, q))) break;
        pos = p;
      }
      const std::string_view t = s.substr(begin, pos - begin);
      const bool slash_or_dash = t.find_first_of("/-") != std::string_view::npos;
      const bool two_dots = t.find('.') != t.rfind('.');
      out.push_back(Tok{slash_or_dash || two_dots ? TokenKind::numeric_date : TokenKind::number,
                        begin, pos, t});
      continue;
    }
    if (detail::is_arabic_letter(c) || detail::is_latin_letter(c)) {
      while (pos < s.size()) {
        std::size_t p = pos;
        const char32_t d = next_code_point(s, p);
        if (!detail::is_arabic_letter(d) && !detail::is_latin_letter(d)) break;
        pos = p;
      }
      out.push_back(Tok{TokenKind::word, begin, pos, s.substr(begin, pos - begin)});
      continue;
    }
    out.push_back(Tok{TokenKind::symbol, begin, pos, s.substr(begin, pos - begin)});
  }
  return out;
}

/// A word without its leading clitics (و ف ب ل ك, then ال); `skip` gets the bytes removed.
std::string_view strip_clitics(std::string_view w, std::size_t& skip, bool article = true) {
  skip = 0;
  for (std::string_view p : {"و", "ف", "ب", "ل", "ك"}) {
    if (w.size() > p.size() + 4 && w.starts_with(p)) {
      w.remove_prefix(p.size());
      skip += p.size();
      break;
    }
  }
  if (article && w.size() > 6 && w.starts_with("ال")) {
    w.remove_prefix(4);
    skip += 4;
  } else if (article && w.size() > 4 && w.starts_with("ل") && skip > 0) {
    // "لل" = ل + ال with the alef dropped
    w.remove_prefix(2);
    skip += 2;
  }
  return w;
}

template <std::size_t N>
int index_of(std::string_view w, const std::array<std::string_view, N>& list) {
  for (std::size_t i = 0; i < N; ++i) {
    if (list[i] == w) return static_cast<int>(i);
  }
  return -1;
}

// ---- numbers ----

/// A word that means a power of ten: a scale ("مليار" billion) or a vague amount ("مئات" hundreds).
struct PowerWord {
  std::string_view word;
  int pow10;
  std::string_view english;
};
using Scale = PowerWord;
constexpr std::array<Scale, 16> kScales = {{{"الف", 3, "thousand"},
                                            {"الاف", 3, "thousand"},
                                            {"مليون", 6, "million"},
                                            {"ملايين", 6, "million"},
                                            {"مليار", 9, "billion"},
                                            {"مليارات", 9, "billion"},
                                            {"بليون", 9, "billion"},
                                            {"تريليون", 12, "trillion"},
                                            {"thousand", 3, "thousand"},
                                            {"million", 6, "million"},
                                            {"millions", 6, "million"},
                                            {"billion", 9, "billion"},
                                            {"billions", 9, "billion"},
                                            {"bn", 9, "billion"},
                                            {"trillion", 12, "trillion"},
                                            {"الفا", 3, "thousand"}}};

const Scale* scale_of(std::string_view w) {
  std::size_t skip;
  const std::string_view bare = strip_clitics(w, skip);
  for (const Scale& s : kScales) {
    if (s.word == w || s.word == bare) return &s;
  }
  return nullptr;
}

// Number words (normalized: ة→ه, أ→ا, ى→ي) and their values.
struct NumberWord {
  std::string_view word;
  int value;
};
constexpr std::array<NumberWord, 46> kNumberWords = {
    {{"واحد", 1},    {"واحده", 1},   {"اثنان", 2},   {"اثنين", 2},    {"اثنتان", 2},
     {"اثنتين", 2},  {"ثلاث", 3},    {"ثلاثه", 3},   {"اربع", 4},     {"اربعه", 4},
     {"خمس", 5},     {"خمسه", 5},    {"ست", 6},      {"سته", 6},      {"سبع", 7},
     {"سبعه", 7},    {"ثماني", 8},   {"ثمانيه", 8},  {"ثمان", 8},     {"تسع", 9},
     {"تسعه", 9},    {"عشر", 10},    {"عشره", 10},   {"عشرون", 20},   {"عشرين", 20},
     {"ثلاثون", 30}, {"ثلاثين", 30}, {"اربعون", 40}, {"اربعين", 40},  {"خمسون", 50},
     {"خمسين", 50},  {"ستون", 60},   {"ستين", 60},   {"سبعون", 70},   {"سبعين", 70},
     {"ثمانون", 80}, {"ثمانين", 80}, {"تسعون", 90},  {"تسعين", 90},   {"مئه", 100},
     {"مائه", 100},  {"مئتان", 200}, {"مئتين", 200}, {"مائتين", 200}, {"الف", 1000},
     {"الفين", 2000}}};

int number_word(std::string_view w, std::size_t& skip) {
  for (const NumberWord& n : kNumberWords) {
    if (n.word == w) {
      skip = 0;
      return n.value;
    }
  }
  if (w.starts_with("و") && w.size() > 2) {  // "وعشرون" in "ثلاثة وعشرون"
    for (const NumberWord& n : kNumberWords) {
      if (n.word == w.substr(2)) {
        skip = 2;
        return n.value;
      }
    }
  }
  return 0;
}

// Vague amounts: "عشرات" tens, "مئات" hundreds, "الاف" thousands, "ملايين" millions.
constexpr std::array<PowerWord, 8> kVague = {{{"عشرات", 1, "tens"},
                                              {"مئات", 2, "hundreds"},
                                              {"الاف", 3, "thousands"},
                                              {"ملايين", 6, "millions"},
                                              {"مليارات", 9, "billions"},
                                              {"dozens", 1, "dozens"},
                                              {"hundreds", 2, "hundreds"},
                                              {"thousands", 3, "thousands"}}};

struct Amount {
  std::string digits;   // decimal digits of the mantissa, no separators ("143")
  int exp10 = 0;        // value = digits * 10^exp10
  std::string english;  // "14.3 billion", "8", "hundreds of millions"
  bool vague = false;
  std::size_t first, last;  // token indexes
  std::size_t skip = 0;     // clitic bytes before the first token
};

/// "143" × 10^8 → "14300000000"; "143" × 10^-1 → "14.3".
std::string format_decimal(const std::string& digits, int exp10) {
  std::string s = digits;
  if (exp10 >= 0) {
    s.append(static_cast<std::size_t>(exp10), '0');
  } else {
    const auto frac = static_cast<std::size_t>(-exp10);
    while (s.size() <= frac) s.insert(s.begin(), '0');
    s.insert(s.end() - static_cast<std::ptrdiff_t>(frac), '.');
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  std::size_t lead = 0;
  while (lead + 1 < s.size() && s[lead] == '0' && s[lead + 1] != '.') ++lead;
  return s.substr(lead);
}

double to_double(const Amount& a) {
  return std::strtod((a.digits + "e" + std::to_string(a.exp10)).c_str(), nullptr);
}

/// A number token as digits and a power of ten: "1,250.5", "14٫3", and the Maghrebi decimal comma
/// "1،1" or "1,5". A "," is a thousands separator only before exactly three digits.
bool parse_numeral(std::string_view t, std::string& digits, int& exp10) {
  digits.clear();
  exp10 = 0;
  bool fraction = false;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t p = i;
    const char32_t c = next_code_point(t, p);
    bool decimal_point = c == '.' || c == 0x066B || c == 0x060C;
    if (c == ',') {
      std::size_t run = 0;
      while (p + run < t.size() && detail::is_ascii_digit(static_cast<unsigned char>(t[p + run]))) {
        ++run;
      }
      decimal_point = run != 3;
    }
    if (detail::is_ascii_digit(c)) {
      digits += static_cast<char>(c);
      if (fraction) --exp10;
    } else if (decimal_point) {
      if (fraction) return false;
      fraction = true;
    } else if (c != ',' && c != 0x066C) {
      return false;
    }
    i = p;
  }
  return !digits.empty();
}

class Matcher {
 public:
  Matcher(std::string_view norm, const std::vector<Tok>& toks) : s_(norm), t_(toks) {}

  /// An amount at token i: a numeral or number words, then an optional scale; or a vague amount.
  std::optional<Amount> amount(std::size_t i) const {
    if (i >= t_.size()) return std::nullopt;
    Amount a;
    a.first = a.last = i;
    if (t_[i].kind == TokenKind::number) {
      if (!parse_numeral(t_[i].text, a.digits, a.exp10)) return std::nullopt;
      a.english = std::string(t_[i].text);
    } else if (t_[i].kind == TokenKind::word) {
      std::size_t skip = 0;
      const std::string_view w = t_[i].text;
      std::size_t cl = 0;
      if (number_word(w, skip) == 0) {
        // vague: "عشرات", "مئات الملايين"
        const std::string_view bare = strip_clitics(w, cl);
        for (const PowerWord& vg : kVague) {
          if (vg.word != w && vg.word != bare) continue;
          a.vague = true;
          a.skip = vg.word == w ? 0 : cl;
          a.digits = "1";
          a.exp10 = vg.pow10;
          a.english = std::string(vg.english);
          if (i + 1 < t_.size()) {  // "مئات الملايين", "عشرات الالاف"
            if (const Scale* sc = scale_of(t_[i + 1].text);
                sc && t_[i + 1].kind == TokenKind::word) {
              a.exp10 += sc->pow10;
              a.english += " of " + std::string(sc->english) + "s";
              a.last = i + 1;
            }
          }
          return a;
        }
        return std::nullopt;
      }
      // number words: "ثلاثة" or "ثلاثة وعشرون"
      long total = 0;
      std::size_t j = i;
      while (j < t_.size() && t_[j].kind == TokenKind::word) {
        std::size_t sk = 0;
        const int v = number_word(t_[j].text, sk);
        if (v == 0 || (j > i && sk == 0)) break;
        total += v;
        a.last = j;
        ++j;
      }
      a.digits = std::to_string(total);
      a.english = a.digits;
    } else {
      return std::nullopt;
    }
    // an optional scale: "14.3 مليار", "300 million"
    if (a.last + 1 < t_.size() && t_[a.last + 1].kind == TokenKind::word) {
      if (const Scale* sc = scale_of(t_[a.last + 1].text)) {
        a.exp10 += sc->pow10;
        a.english += " " + std::string(sc->english);
        ++a.last;
      }
    }
    return a;
  }

  const Tok& tok(std::size_t i) const { return t_[i]; }
  std::size_t size() const { return t_.size(); }
  std::string_view text() const { return s_; }

 private:
  std::string_view s_;
  const std::vector<Tok>& t_;
};

// ---- currencies ----

struct Currency {
  std::string_view word;  // normalized, without ال
  std::string_view code;  // ISO 4217, or "" when it depends on the country
  std::string_view symbol;
  std::string_view english;  // plural noun
};
constexpr std::array<Currency, 27> kCurrencies = {
    {{"دولار", "USD", "$", "dollars"},   {"دولارا", "USD", "$", "dollars"},
     {"دولارات", "USD", "$", "dollars"}, {"يورو", "EUR", "€", "euros"},
     {"جنيه", "", "", "pounds"},         {"جنيها", "", "", "pounds"},
     {"جنيهات", "", "", "pounds"},       {"ريال", "", "", "riyals"},
     {"ريالا", "", "", "riyals"},        {"ريالات", "", "", "riyals"},
     {"درهم", "", "", "dirhams"},        {"درهما", "", "", "dirhams"},
     {"دراهم", "", "", "dirhams"},       {"دينار", "", "", "dinars"},
     {"دينارا", "", "", "dinars"},       {"دنانير", "", "", "dinars"},
     {"ليره", "", "", "lira"},           {"ليرات", "", "", "lira"},
     {"ين", "JPY", "¥", "yen"},          {"يوان", "CNY", "", "yuan"},
     {"روبل", "RUB", "", "roubles"},     {"dollars", "USD", "$", "dollars"},
     {"dollar", "USD", "$", "dollars"},  {"euros", "EUR", "€", "euros"},
     {"euro", "EUR", "€", "euros"},      {"pounds", "GBP", "£", "pounds"},
     {"usd", "USD", "$", "dollars"}}};

// Country adjectives that fix an ambiguous currency: "دينار اردني" → JOD.
struct Qualified {
  std::string_view currency_english;
  std::string_view adjective;  // normalized
  std::string_view code;
};
constexpr std::array<Qualified, 22> kQualified = {
    {{"pounds", "استرليني", "GBP"}, {"pounds", "مصري", "EGP"},     {"pounds", "سوداني", "SDG"},
     {"riyals", "سعودي", "SAR"},    {"riyals", "قطري", "QAR"},     {"riyals", "عماني", "OMR"},
     {"riyals", "يمني", "YER"},     {"dirhams", "اماراتي", "AED"}, {"dirhams", "مغربي", "MAD"},
     {"dinars", "اردني", "JOD"},    {"dinars", "كويتي", "KWD"},    {"dinars", "تونسي", "TND"},
     {"dinars", "بحريني", "BHD"},   {"dinars", "عراقي", "IQD"},    {"dinars", "ليبي", "LYD"},
     {"dinars", "جزايري", "DZD"},   {"lira", "تركيه", "TRY"},      {"lira", "لبنانيه", "LBP"},
     {"lira", "سوريه", "SYP"},      {"dollars", "امريكي", "USD"},  {"dollars", "كندي", "CAD"},
     {"dollars", "استرالي", "AUD"}}};

const Currency* currency_of(std::string_view w, std::size_t& skip) {
  const std::string_view bare = strip_clitics(w, skip);
  for (const Currency& c : kCurrencies) {
    if (c.word == w) {
      skip = 0;
      return &c;
    }
    if (c.word == bare) return &c;
  }
  skip = 0;
  return nullptr;
}

std::string money_english(const Amount& a, std::string_view code, const Currency& c) {
  if (a.vague) return a.english + " of " + std::string(c.english);
  if (!c.symbol.empty()) return std::string(c.symbol) + a.english;
  if (!code.empty()) return std::string(code) + " " + a.english;
  return a.english + " " + std::string(c.english);
}

// ---- dates ----

struct Month {
  std::string_view word;
  int month;
  bool alone_ok;  // a month name that is not also a common word
};
constexpr std::array<Month, 44> kMonths = {
    {{"يناير", 1, true},     {"فبراير", 2, true},    {"مارس", 3, false},    {"ابريل", 4, true},
     {"مايو", 5, true},      {"يونيو", 6, true},     {"يونيه", 6, true},    {"يوليو", 7, true},
     {"يوليه", 7, true},     {"اغسطس", 8, true},     {"سبتمبر", 9, true},   {"اكتوبر", 10, true},
     {"نوفمبر", 11, true},   {"ديسمبر", 12, true},   {"شباط", 2, true},     {"اذار", 3, false},
     {"نيسان", 4, true},     {"ايار", 5, false},     {"حزيران", 6, true},   {"تموز", 7, true},
     {"اب", 8, false},       {"ايلول", 9, true},     {"جانفي", 1, true},    {"فيفري", 2, true},
     {"افريل", 4, true},     {"ماي", 5, false},      {"جوان", 6, true},     {"جويليه", 7, true},
     {"اوت", 8, false},      {"january", 1, true},   {"february", 2, true}, {"march", 3, false},
     {"april", 4, true},     {"may", 5, false},      {"june", 6, true},     {"july", 7, true},
     {"august", 8, true},    {"september", 9, true}, {"october", 10, true}, {"november", 11, true},
     {"december", 12, true}, {"كانون", 0, false},    {"تشرين", 0, false},   {"رمضان", -9, true}}};

constexpr std::array<std::string_view, 12> kEnglishMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Hijri months (normalized), 1-based, and their English names. (ربيع، جمادي and ذو take a second
// word, الأول/الآخر or القعدة/الحجة, that is not read yet: they map to the first of the pair.)
constexpr std::array<std::string_view, 12> kHijri = {
    "محرم", "صفر", "ربيع", "ربيع", "جمادي", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذو"};
constexpr std::array<std::string_view, 12> kHijriEnglish = {
    "Muharram", "Safar",  "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Awwal", "Jumada al-Thani",
    "Rajab",    "Shaban", "Ramadan",       "Shawwal",       "Dhu al-Qadah",    "Dhu al-Hijjah"};

std::string two(int v) {
  return (v < 10 ? "0" : "") + std::to_string(v);
}

bool year_like(std::string_view t, int& year) {
  if (t.size() != 4) return false;
  year = std::atoi(std::string(t).c_str());
  return year >= 1800 && year <= 2200;
}

}  // namespace

bool is_value_word(std::string_view w) {
  std::size_t skip = 0;
  if (number_word(w, skip) != 0 || scale_of(w) != nullptr) return true;
  const std::string_view bare = strip_clitics(w, skip, false);
  for (const PowerWord& v : kVague) {
    if (v.word == w || v.word == bare) return true;
  }
  for (const Month& mo : kMonths) {
    if (mo.word == w || mo.word == bare) return true;
  }
  return false;
}

std::vector<Value> find_values(std::string_view text) {
  const NormalizedText n = normalize(text);
  const std::vector<Tok> toks = tokenize(n.text);
  const Matcher m(n.text, toks);
  std::vector<Value> out;

  auto emit = [&](ValueKind kind, std::size_t first, std::size_t last, std::size_t skip,
                  std::string normalized, std::string english, std::optional<double> amount,
                  std::string currency) {
    const ByteRange norm{toks[first].begin + skip, toks[last].end};
    const ByteRange original = n.map.to_original(norm);
    // Matching folds "م³" (a unit's exponent) to "م3": an exponent is no number of its own.
    std::size_t at = original.begin;
    const char32_t c = at < text.size() ? next_code_point(text, at) : 0;
    if (c == U'¹' || c == U'²' || c == U'³' || (c >= 0x2070 && c <= 0x209F)) return;
    out.push_back(Value{kind, original, std::move(normalized), std::move(english), amount,
                        std::move(currency)});
  };
  auto word_at = [&](std::size_t i) -> std::string_view {
    return i < toks.size() && toks[i].kind == TokenKind::word ? toks[i].text : std::string_view();
  };
  auto symbol_at = [&](std::size_t i) -> std::string_view {
    return i < toks.size() && toks[i].kind == TokenKind::symbol ? toks[i].text : std::string_view();
  };

  for (std::size_t i = 0; i < toks.size();) {
    // -- money with a leading symbol or code: "$14.3 billion", "€ 300 million", "USD 5 million"
    {
      std::string_view sym = symbol_at(i);
      const Currency* c = nullptr;
      if (sym == "$") c = &kCurrencies[21];
      if (sym == "€") c = &kCurrencies[23];
      if (sym == "£") c = &kCurrencies[25];
      std::size_t sk = 0;
      if (c == nullptr && word_at(i) == "usd") c = currency_of("usd", sk);
      if (c != nullptr) {
        if (auto a = m.amount(i + 1); a && !a->vague) {
          const std::string code(c->code);
          emit(ValueKind::money, i, a->last, 0, code + " " + format_decimal(a->digits, a->exp10),
               std::string(c->symbol.empty() ? code + " " : std::string(c->symbol)) + a->english,
               to_double(*a), code);
          i = a->last + 1;
          continue;
        }
      }
    }
    // -- percent with a leading sign (typed right to left): "%35"
    if ((symbol_at(i) == "%" || symbol_at(i) == "٪") && i + 1 < toks.size() &&
        toks[i + 1].kind == TokenKind::number && i > 0 && toks[i - 1].kind != TokenKind::number) {
      if (auto a = m.amount(i + 1); a && a->last == i + 1) {
        const std::string v = format_decimal(a->digits, a->exp10);
        emit(ValueKind::percent, i, i + 1, 0, v + "%", v + "%", to_double(*a), "");
        i += 2;
        continue;
      }
    }
    // -- numeric date token
    if (toks[i].kind == TokenKind::numeric_date) {
      const std::string_view t = toks[i].text;
      int a = 0, b = 0, c = 0;
      const char* p = t.data();
      const char* end = t.data() + t.size();
      auto num = [&](int& v) {
        auto r = std::from_chars(p, end, v);
        const bool ok = r.ec == std::errc() && r.ptr != p;
        p = r.ptr;
        if (p < end) ++p;  // separator
        return ok;
      };
      if (num(a) && num(b) && num(c)) {
        int year = 0, month = 0, day = 0;
        if (a > 31) {
          year = a, month = b, day = c;
        } else {
          day = a, month = b, year = c < 100 ? 2000 + c : c;
        }
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
          emit(ValueKind::date, i, i, 0, std::to_string(year) + "-" + two(month) + "-" + two(day),
               std::to_string(day) + " " + std::string(kEnglishMonths[month - 1]) + " " +
                   std::to_string(year),
               std::nullopt, "");
          ++i;
          continue;
        }
      }
    }
    // -- dates with month names: "4 سبتمبر 2025", "سبتمبر 2025", "يوليو", Hijri "12 رمضان 1446 هـ"
    {
      std::size_t j = i;
      int day = 0;
      if (toks[j].kind == TokenKind::number && toks[j].text.size() <= 2) {
        day = std::atoi(std::string(toks[j].text).c_str());
        ++j;
      }
      std::size_t skip = 0;
      const std::string_view w = word_at(j);
      const std::string_view bare = w.empty() ? w : strip_clitics(w, skip, false);
      int month = 0;
      bool alone_ok = false;
      for (const Month& mo : kMonths) {
        if (mo.word == bare || mo.word == w) {
          month = mo.month;
          alone_ok = mo.alone_ok;
          if (mo.word == w) skip = 0;
          break;
        }
      }
      int hijri = 0;
      if (month == 0 && day > 0 && !w.empty()) {
        for (std::size_t h = 0; h < kHijri.size(); ++h) {
          if (kHijri[h] == bare) hijri = static_cast<int>(h) + 1;
        }
      }
      if (month < 0) {  // رمضان is also a Hijri month
        hijri = -month;
        month = 0;
      }
      int year = 0;
      const bool has_year = j + 1 < toks.size() && toks[j + 1].kind == TokenKind::number &&
                            (year_like(toks[j + 1].text, year) ||
                             (hijri > 0 && toks[j + 1].text.size() == 4 &&
                              (year = std::atoi(std::string(toks[j + 1].text).c_str())) > 0));
      const std::size_t first = day > 0 ? i : j;
      const std::size_t first_skip = day > 0 ? 0 : skip;
      if (hijri > 0 && day > 0 && has_year) {
        std::size_t last = j + 1;
        if (word_at(last + 1) == "ه") ++last;
        emit(ValueKind::date, first, last, first_skip,
             "AH " + std::to_string(year) + "-" + two(hijri) + "-" + two(day),
             std::to_string(day) + " " + std::string(kHijriEnglish[hijri - 1]) + " " +
                 std::to_string(year) + " AH",
             std::nullopt, "");
        i = last + 1;
        continue;
      }
      if (month > 0 && (has_year || day > 0 || alone_ok)) {
        std::string iso, english;
        const std::string mname(kEnglishMonths[month - 1]);
        std::size_t last = j;
        if (has_year) {
          last = j + 1;
          iso = std::to_string(year) + "-" + two(month) + (day > 0 ? "-" + two(day) : "");
          english = (day > 0 ? std::to_string(day) + " " : "") + mname + " " + std::to_string(year);
        } else {
          iso = "--" + two(month) + (day > 0 ? "-" + two(day) : "");
          english = (day > 0 ? std::to_string(day) + " " : "") + mname;
        }
        emit(ValueKind::date, first, last, first_skip, iso, english, std::nullopt, "");
        i = last + 1;
        continue;
      }
    }
    // -- years: "عام 2025", "منتصف عام 2025", "خلال 2023 و2024" (the range covers "عام" and
    // "منتصف", not a preposition before the year)
    {
      static constexpr std::array<std::string_view, 4> kYearNouns = {"عام", "العام", "سنه",
                                                                     "السنه"};
      static constexpr std::array<std::string_view, 6> kYearPrepositions = {
          "منذ", "خلال", "حتي", "بحلول", "in", "since"};
      static constexpr std::array<std::string_view, 8> kParts = {
          "منتصف", "مطلع", "بدايه", "اوايل", "اواخر", "نهايه", "mid", "early"};
      static constexpr std::array<std::string_view, 8> kPartsEnglish = {
          "mid-", "early ", "early ", "early ", "late ", "late ", "mid-", "early "};
      std::size_t j = i;
      std::size_t part_skip = 0;
      const int part =
          word_at(j).empty() ? -1 : index_of(strip_clitics(word_at(j), part_skip, false), kParts);
      if (part >= 0) ++j;
      std::size_t noun_skip = 0;
      const bool noun = !word_at(j).empty() &&
                        index_of(strip_clitics(word_at(j), noun_skip, false), kYearNouns) >= 0;
      const bool preposition = !noun && part < 0 && index_of(word_at(j), kYearPrepositions) >= 0;
      if (noun || preposition) ++j;
      // "2023 و2024": a year right after a date, joined by و.
      const bool coordinated =
          j == i && word_at(i) == "و" && !out.empty() && out.back().kind == ValueKind::date;
      if (coordinated) ++j;
      int year = 0;
      if ((noun || part >= 0 || preposition || coordinated) && j < toks.size() &&
          toks[j].kind == TokenKind::number && year_like(toks[j].text, year)) {
        const std::size_t first = (part >= 0 || noun) ? i : j;
        const std::size_t skip = part >= 0 ? part_skip : noun ? noun_skip : 0;
        emit(ValueKind::date, first, j, first == i ? skip : 0, std::to_string(year),
             (part >= 0 ? std::string(kPartsEnglish[part]) : std::string()) + std::to_string(year),
             std::nullopt, "");
        i = j + 1;
        continue;
      }
    }
    // -- amounts: money, percent or number
    if (auto a = m.amount(i)) {
      std::size_t next = a->last + 1;
      if (word_at(next) == "من" && a->vague) ++next;  // "مئات الملايين من الدولارات"
      std::size_t sk = 0;
      const Currency* c = next < toks.size() && toks[next].kind == TokenKind::word
                              ? currency_of(toks[next].text, sk)
                              : nullptr;
      if (c != nullptr) {
        std::string code(c->code);
        std::size_t last = next;
        std::size_t qs = 0;
        if (const std::string_view adj = word_at(next + 1); !adj.empty()) {
          const std::string_view bare_adj = strip_clitics(adj, qs);
          for (const Qualified& q : kQualified) {
            if (q.currency_english == c->english &&
                (bare_adj.starts_with(q.adjective) || adj.starts_with(q.adjective))) {
              code = std::string(q.code);
              last = next + 1;
            }
          }
        }
        const std::string amount_text =
            a->vague ? std::string(a->english) : format_decimal(a->digits, a->exp10);
        emit(ValueKind::money, a->first, last, a->skip,
             (code.empty() ? std::string(c->english) : code) + " " + amount_text,
             money_english(*a, code, *c), to_double(*a), code);
        i = last + 1;
        continue;
      }
      const std::string_view after = next < toks.size() ? toks[next].text : std::string_view();
      const bool percent_sign = after == "%" || after == "٪";
      const bool percent_word =
          after == "بالمئه" || after == "بالمائه" || after == "percent" ||
          (after == "في" && (word_at(next + 1) == "المئه" || word_at(next + 1) == "المائه"));
      if (!a->vague && (percent_sign || percent_word)) {
        const std::size_t last = after == "في" ? next + 1 : next;
        const std::string v = format_decimal(a->digits, a->exp10);
        emit(ValueKind::percent, a->first, last, a->skip, v + "%", v + "%", to_double(*a), "");
        i = last + 1;
        continue;
      }
      // A number: with the counted noun that follows it ("ثمانية موظفين", "450 ميغاواط").
      static constexpr std::array<std::string_view, 14> kNotNouns = {
          "في", "من", "علي", "الي", "عن", "مع", "و", "او", "ان", "the", "of", "in", "and", "to"};
      // The counted noun after a number is indefinite ("ثلاثة موظفين"); after a vague amount it is
      // a definite genitive ("عشرات العلماء"). So "18 التي" and "16 للمهرجان" take no noun.
      std::size_t last = a->last;
      const std::string_view noun = word_at(last + 1);
      const bool definite = noun.starts_with("ال") || noun.starts_with("لل") ||
                            noun.starts_with("بال") || noun.starts_with("وال");
      if (!noun.empty() && index_of(noun, kNotNouns) < 0 && (a->vague || !definite)) ++last;
      const std::string v =
          a->vague ? std::string(a->english) : format_decimal(a->digits, a->exp10);
      emit(ValueKind::number, a->first, last, a->skip, v, a->english, to_double(*a), "");
      i = last + 1;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace khulasa
