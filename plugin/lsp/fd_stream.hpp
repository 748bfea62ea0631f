// std::streambuf over POSIX file descriptors, for the server's stdin and stdout.
//
// Why not std::cin/std::cout: the server must know whether more input is already waiting (to read a
// `$/cancelRequest` ahead of the request it cancels) without blocking, which std::cin's in_avail()
// cannot tell for a pipe; and the protocol goes to a duplicate of the original stdout while fd 1
// itself is pointed at stderr, so that nothing printed by a library can corrupt the protocol.
#pragma once

#include <array>
#include <streambuf>

namespace khulasa::lsp {

/// Reads a file descriptor (not owned) through a 64 KiB buffer.
class FdInputBuffer : public std::streambuf {
 public:
  explicit FdInputBuffer(int fd);

 protected:
  int_type underflow() override;
  /// Bytes that can be read without blocking: FIONREAD on the descriptor (pipes, files, sockets).
  std::streamsize showmanyc() override;

 private:
  int fd_;
  std::array<char, 1 << 16> buffer_{};
};

/// Writes a file descriptor (not owned) through a buffer; sync() writes everything out.
class FdOutputBuffer : public std::streambuf {
 public:
  explicit FdOutputBuffer(int fd);
  ~FdOutputBuffer() override;

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool flush_buffer();
  bool write_all(const char* data, std::size_t size);

  int fd_;
  bool failed_ = false;
  std::array<char, 1 << 16> buffer_{};
};

}  // namespace khulasa::lsp
