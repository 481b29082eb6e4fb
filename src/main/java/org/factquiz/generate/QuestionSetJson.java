package org.factquiz.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factquiz.FactQuizException;

/**
 * The question-set file format, {@code {"questions": [...]}}, as written by {@code generate} and
 * read by {@code export}: records as JSON objects, kinds by their wire names, nulls left out.
 */
public final class QuestionSetJson {
  private static final ObjectMapper MAPPER = newMapper();

  private QuestionSetJson() {}

  /** A mapper configured for questions (kind wire names, no nulls); callers may share it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  static ObjectMapper newMapper() {
    SimpleModule kinds = new SimpleModule("question-kinds");
    kinds.addSerializer(QuestionKind.class, new JsonSerializer<>() {
      @Override
      public void serialize(QuestionKind value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.wireName());
      }
    });
    kinds.addDeserializer(QuestionKind.class, new JsonDeserializer<>() {
      @Override
      public QuestionKind deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.getValueAsString();
        try {
          return QuestionKind.fromWireName(text);
        } catch (IllegalArgumentException e) {
          return (QuestionKind) ctxt.handleWeirdStringValue(QuestionKind.class, text, "not a question kind");
        }
      }
    });
    return JsonMapper.builder()
        .addModule(kinds)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  public static QuestionSet read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new FactQuizException("cannot read question set " + file + ": " + e.getMessage(), e);
    }
  }

  public static QuestionSet read(InputStream in) throws IOException {
    QuestionSet set = MAPPER.readValue(in, QuestionSet.class);
    if (set == null || set.questions() == null) {
      throw new FactQuizException("not a question set: expected {\"questions\": [...]}");
    }
    return set;
  }

  public static void write(QuestionSet set, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      MAPPER.writeValue(out, set);
    } catch (IOException e) {
      throw new FactQuizException("cannot write question set " + file + ": " + e.getMessage(), e);
    }
  }
}
