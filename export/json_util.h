// demarche/export/json_util.h (private to export/): RapidJSON set-up shared by the JSON writers.
#ifndef DEMARCHE_EXPORT_JSON_UTIL_H_
#define DEMARCHE_EXPORT_JSON_UTIL_H_

#define RAPIDJSON_HAS_STDSTRING 1
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>
#include <vector>

#include "core/model.h"

namespace demarche {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

inline void Key(JsonWriter& w, const char* key) { w.Key(key); }
inline void Str(JsonWriter& w, const std::string& value) {
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_JSON_UTIL_H_
