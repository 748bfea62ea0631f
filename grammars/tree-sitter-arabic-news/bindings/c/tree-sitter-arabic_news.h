#ifndef TREE_SITTER_ARABIC_NEWS_H_
#define TREE_SITTER_ARABIC_NEWS_H_

typedef struct TSLanguage TSLanguage;

#ifdef __cplusplus
extern "C" {
#endif

const TSLanguage *tree_sitter_arabic_news(void);

#ifdef __cplusplus
}
#endif

#endif // TREE_SITTER_ARABIC_NEWS_H_
