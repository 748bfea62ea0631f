// isolate_bidi_runs(): which runs of a mixed Arabic–Latin line get directional isolates, and which
// characters stay outside them. In the expected strings \u2066 is LRI, \u2067 RLI, \u2069 PDI.
#include "bidi.hpp"

#include <gtest/gtest.h>

namespace khulasa::cli {
namespace {

TEST(bidi_test, lines_of_one_direction_are_unchanged) {
  for (const std::string_view line :
       {"", "   ", "قال الوزير إن النمو بلغ 2.4% هذا العام.", "Samer al-Khatib ×1",
        "- **2025-2026**", "بلغ 2.4 مليار دولار (٣٠٠ ألف م³)"}) {
    EXPECT_EQ(isolate_bidi_runs(line), line);
  }
}

TEST(bidi_test, latin_runs_inside_arabic_lines) {
  EXPECT_EQ(isolate_bidi_runs("وقال Dr. Omar Haddad، إن"), "وقال \u2066Dr. Omar Haddad\u2069، إن");
  // Brackets and the count after a run stay outside it, so they pair and mirror in the Arabic.
  EXPECT_EQ(isolate_bidi_runs("سامر الخطيب (Samer al-Khatib) ×1"),
            "سامر الخطيب (\u2066Samer al-Khatib\u2069) ×1");
  EXPECT_EQ(isolate_bidi_runs("- **مؤسسات**: IFC ×1، Siemens Energy ×1"),
            "- **مؤسسات**: \u2066IFC\u2069 ×1، \u2066Siemens Energy\u2069 ×1");
  // A number with its currency before a Latin word, or a number after one, belongs to the run.
  EXPECT_EQ(isolate_bidi_runs("بلغت $2.4 billion العام الماضي"),
            "بلغت \u2066$2.4 billion\u2069 العام الماضي");
  EXPECT_EQ(isolate_bidi_runs("أطلقت GPT-4 ثم Windows 11 هنا"),
            "أطلقت \u2066GPT-4\u2069 ثم \u2066Windows 11\u2069 هنا");
  // Brackets inside a run are kept whole.
  EXPECT_EQ(isolate_bidi_runs("شركة Google (Alphabet) الأمريكية"),
            "شركة \u2066Google (Alphabet)\u2069 الأمريكية");
  EXPECT_EQ(isolate_bidi_runs("للتواصل: newsroom@example.com | هاتف"),
            "للتواصل: \u2066newsroom@example.com\u2069 | هاتف");
  // A sentence that ends with a Latin word keeps its full stop outside.
  EXPECT_EQ(isolate_bidi_runs("تحالف يضم IFC."), "تحالف يضم \u2066IFC\u2069.");
}

TEST(bidi_test, arabic_runs_inside_latin_lines) {
  EXPECT_EQ(isolate_bidi_runs("- **People**: Samer al-Khatib (سامر الخطيب) ×1"),
            "- **People**: Samer al-Khatib (\u2067سامر الخطيب\u2069) ×1");
  // Numbers touching an Arabic run go with it.
  EXPECT_EQ(isolate_bidi_runs("Date: منتصف عام 2028 here"),
            "Date: \u2067منتصف عام 2028\u2069 here");
  EXPECT_EQ(isolate_bidi_runs("Cost: 2.4 مليار دولار"), "Cost: \u20672.4 مليار دولار\u2069");
}

TEST(bidi_test, lines_with_directional_controls_are_left_alone) {
  const std::string line = "قال \u2066Omar\u2069 إن";
  EXPECT_EQ(isolate_bidi_runs(line), line);
  const std::string marked = "قال Omar\u200F إن";
  EXPECT_EQ(isolate_bidi_runs(marked), marked);
}

}  // namespace
}  // namespace khulasa::cli
