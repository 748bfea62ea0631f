#include "documents.hpp"

#include <algorithm>

namespace khulasa::lsp {
namespace {

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
}

/// Moves `offset` back to the start of its code point.
std::size_t code_point_start(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  while (offset > 0 && offset < text.size() && is_continuation(text[offset])) --offset;
  return offset;
}

}  // namespace

OpenDocument::OpenDocument(std::string uri, std::string language_id, std::int64_t version,
                           std::string text, std::size_t max_analyzed_bytes)
    : uri_(std::move(uri)),
      language_id_(std::move(language_id)),
      version_(version),
      max_analyzed_bytes_(max_analyzed_bytes),
      document_(std::move(text)),
      lines_(document_.text()) {}

void OpenDocument::apply_change(const std::optional<Range>& range, std::string_view text,
                                PositionEncoding encoding) {
  if (!range) {
    document_ = Document(std::string(text));
    lines_ = LineIndex(document_.text());
    base_.reset();
    return;
  }
  apply_byte_edit(positions(encoding).to_byte_range(*range), text);
}

void OpenDocument::apply_byte_edit(ByteRange range, std::string_view text) {
  const std::string_view old = document_.text();
  range.begin = code_point_start(old, range.begin);
  range.end = std::max(range.begin, code_point_start(old, range.end));
  document_.apply_edit(range, text);
  lines_.update(document_.text(), range, text.size());
  ++edits_since_analysis_;
  last_edit_ = range;
  last_insert_size_ = text.size();
}

const Analysis& OpenDocument::analysis() {
  if (has_analysis()) return base_->analysis;
  // One keystroke in a plain word since the last analysis: carried over (reanalyze()), else the
  // whole document is analyzed (its unchanged sentences come from the core's caches).
  const bool carried = base_ && edits_since_analysis_ == 1 && !too_large() &&
                       reanalyze(*base_, document_, last_edit_, last_insert_size_);
  if (!carried) {
    // Over the live limit: an empty analysis, and no copy of the (large) text to carry it over.
    base_ = too_large() ? AnalysisBase{} : make_analysis_base(document_, analyze(document_));
  }
  edits_since_analysis_ = 0;
  return base_->analysis;
}

OpenDocument& DocumentStore::open(const std::string& uri, std::string language_id,
                                  std::int64_t version, std::string text) {
  documents_.erase(uri);
  return documents_
      .try_emplace(uri, uri, std::move(language_id), version, std::move(text), max_analyzed_bytes_)
      .first->second;
}

bool DocumentStore::close(const std::string& uri) {
  return documents_.erase(uri) > 0;
}

OpenDocument* DocumentStore::find(const std::string& uri) {
  const auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : &it->second;
}

}  // namespace khulasa::lsp
