// Umbrella header: the whole public API of libkhulasa.
#pragma once

#include "khulasa/byte_range.hpp"
#include "khulasa/document.hpp"
#include "khulasa/entities.hpp"
#include "khulasa/language.hpp"
#include "khulasa/lines.hpp"
#include "khulasa/ner.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/offset_map.hpp"
#include "khulasa/ranking.hpp"
#include "khulasa/rouge.hpp"
#include "khulasa/sentences.hpp"
#include "khulasa/stem.hpp"
#include "khulasa/tokens.hpp"
#include "khulasa/utf8.hpp"
#include "khulasa/values.hpp"
