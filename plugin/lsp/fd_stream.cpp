#include "fd_stream.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace khulasa::lsp {

FdInputBuffer::FdInputBuffer(int fd) : fd_(fd) {
  setg(buffer_.data(), buffer_.data(), buffer_.data());
}

FdInputBuffer::int_type FdInputBuffer::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  for (;;) {
    const ssize_t got = ::read(fd_, buffer_.data(), buffer_.size());
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return traits_type::eof();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + got);
    return traits_type::to_int_type(*gptr());
  }
}

std::streamsize FdInputBuffer::showmanyc() {
  int available = 0;
  if (::ioctl(fd_, FIONREAD, &available) != 0 || available <= 0) return 0;
  return available;
}

FdOutputBuffer::FdOutputBuffer(int fd) : fd_(fd) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

FdOutputBuffer::~FdOutputBuffer() {
  flush_buffer();
}

bool FdOutputBuffer::write_all(const char* data, std::size_t size) {
  while (size > 0 && !failed_) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      failed_ = true;
      break;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return !failed_;
}

bool FdOutputBuffer::flush_buffer() {
  const auto size = static_cast<std::size_t>(pptr() - pbase());
  const bool ok = write_all(pbase(), size);
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

FdOutputBuffer::int_type FdOutputBuffer::overflow(int_type c) {
  if (!flush_buffer()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

std::streamsize FdOutputBuffer::xsputn(const char* s, std::streamsize n) {
  const auto size = static_cast<std::size_t>(n);
  if (size <= static_cast<std::size_t>(epptr() - pptr())) {
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(n));
    return n;
  }
  // Large writes (a big semantic-tokens array) go straight out after what is buffered.
  if (!flush_buffer() || !write_all(s, size)) return 0;
  return n;
}

int FdOutputBuffer::sync() {
  return flush_buffer() ? 0 : -1;
}

}  // namespace khulasa::lsp
