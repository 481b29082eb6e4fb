package org.factquiz.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.factquiz.generate.QuestionSetJson;

/** How records are kept as JSON text in the database: the question-set format, compact. */
final class StoreJson {
  private static final ObjectMapper MAPPER = QuestionSetJson.mapper().copy()
      .disable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .configure(MapperFeature.AUTO_DETECT_IS_GETTERS, false)
      .registerModule(new JavaTimeModule());

  private StoreJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot read stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot read stored JSON: " + e.getOriginalMessage(), e);
    }
  }
}
