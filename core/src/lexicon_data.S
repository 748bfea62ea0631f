/* The shipped lexicon (core/data/lexicon.tsv) embedded as bytes, read by core/src/lexicon.cpp.
   core/CMakeLists.txt puts core/data on the include path (where .incbin looks) and rebuilds this
   object when the file changes. Why .incbin: see the comment at the top of lexicon.cpp. The
   symbols are hidden: they belong to libkhulasa, not to its interface. */
    .section .rodata
    .global khulasa_lexicon_tsv_begin
    .global khulasa_lexicon_tsv_end
    .hidden khulasa_lexicon_tsv_begin
    .hidden khulasa_lexicon_tsv_end
    .balign 16
khulasa_lexicon_tsv_begin:
    .incbin "lexicon.tsv"
khulasa_lexicon_tsv_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
