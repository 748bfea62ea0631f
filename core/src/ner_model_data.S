/* The entity tagger's model (core/data/ner.model, see core/data/README.md), embedded in the
   library so nothing is read or downloaded at run time. The include path is set by
   core/CMakeLists.txt. */
    .section .rodata
    .global khulasa_ner_model_begin
    .global khulasa_ner_model_end
    .hidden khulasa_ner_model_begin
    .hidden khulasa_ner_model_end
    .balign 16
khulasa_ner_model_begin:
    .incbin "ner.model"
khulasa_ner_model_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
