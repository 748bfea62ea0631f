// Open documents: the text as the client has it, its core Document (structure, kept current under
// incremental edits), its line index, and the Analysis cached for the current version.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khulasa/document.hpp"
#include "khulasa/entities.hpp"
#include "position_map.hpp"

namespace khulasa::lsp {

/// The largest document the live server analyzes by default (`--max-document-bytes`): 16 MiB, a
/// few seconds of analysis and about 250 MB of memory; larger files are for `khulasa summarize`.
inline constexpr std::size_t kDefaultMaxAnalyzedBytes = std::size_t{16} << 20;

/// One open document. Not thread-safe.
class OpenDocument {
 public:
  /// `max_analyzed_bytes`: above this size the document is kept in sync but not analyzed.
  OpenDocument(std::string uri, std::string language_id, std::int64_t version, std::string text,
               std::size_t max_analyzed_bytes = kDefaultMaxAnalyzedBytes);

  [[nodiscard]] const std::string& uri() const { return uri_; }
  [[nodiscard]] const std::string& language_id() const { return language_id_; }
  [[nodiscard]] std::int64_t version() const { return version_; }
  void set_version(std::int64_t version) { version_ = version; }
  [[nodiscard]] std::string_view text() const { return document_.text(); }
  [[nodiscard]] const Document& document() const { return document_; }
  [[nodiscard]] const LineIndex& lines() const { return lines_; }
  [[nodiscard]] PositionMap positions(PositionEncoding encoding) const {
    return PositionMap(document_.text(), lines_, encoding);
  }

  /// Replaces `range` (in the client's positions) with `text`, or the whole text when `range` is
  /// absent. The range is clamped to the document (see position_map.hpp).
  void apply_change(const std::optional<Range>& range, std::string_view text,
                    PositionEncoding encoding);
  /// The same with a byte range (clamped to the text and to code point boundaries).
  void apply_byte_edit(ByteRange range, std::string_view text);

  /// The entities, quotes and facts of the current text; computed on first use after a change.
  /// Empty for a document larger than the live limit (too_large()).
  [[nodiscard]] const Analysis& analysis();
  /// Larger than the live server analyzes (features give empty results; the CLI has no limit).
  [[nodiscard]] bool too_large() const { return text().size() > max_analyzed_bytes_; }
  [[nodiscard]] std::size_t max_analyzed_bytes() const { return max_analyzed_bytes_; }
  /// Whether the user was told that this document is too large (told once per document).
  bool told_too_large = false;
  [[nodiscard]] bool has_analysis() const { return base_ && edits_since_analysis_ == 0; }

  /// The last semantic tokens sent for this document, for `full/delta` requests.
  struct SentTokens {
    std::string result_id;
    std::vector<std::uint32_t> data;
  };
  SentTokens sent_tokens;

 private:
  std::string uri_;
  std::string language_id_;
  std::int64_t version_;
  std::size_t max_analyzed_bytes_;
  Document document_;
  LineIndex lines_;
  /// The last analysis with what carries it over an edit (reanalyze()), and the edits since.
  std::optional<AnalysisBase> base_;
  std::size_t edits_since_analysis_ = 0;
  ByteRange last_edit_;
  std::size_t last_insert_size_ = 0;
};

/// The open documents by URI.
class DocumentStore {
 public:
  /// Documents opened from now on are analyzed up to this size.
  void set_max_analyzed_bytes(std::size_t bytes) { max_analyzed_bytes_ = bytes; }
  /// Opens (or reopens, replacing) a document.
  OpenDocument& open(const std::string& uri, std::string language_id, std::int64_t version,
                     std::string text);
  /// Returns false when the document was not open.
  bool close(const std::string& uri);
  [[nodiscard]] OpenDocument* find(const std::string& uri);
  [[nodiscard]] std::size_t size() const { return documents_.size(); }

 private:
  std::map<std::string, OpenDocument, std::less<>> documents_;
  std::size_t max_analyzed_bytes_ = kDefaultMaxAnalyzedBytes;
};

}  // namespace khulasa::lsp
