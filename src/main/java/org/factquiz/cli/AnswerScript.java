package org.factquiz.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load benchmark's answering students: each goes round its attempt's questions saving one of
 * a few prepared answers per question (requests built once, so the client stays cheap), and
 * remembers the last answer acknowledged with 204 for each question.
 */
final class AnswerScript implements SocketLoadDriver.Script {
  private static final int VARIANTS = 3;
  /** Per student, per question, per variant: the complete request. */
  private final List<byte[][][]> requests = new ArrayList<>();
  private final List<List<String>> questionIds = new ArrayList<>();
  private final List<String[][]> bodies = new ArrayList<>();
  private final List<Map<String, String>> acknowledged = new ArrayList<>();
  private final int[] turn;
  private final int[] lastQuestion;
  private final int[] lastVariant;

  AnswerScript(String hostPort, List<String> tokens, List<JsonNode> attempts) throws JsonProcessingException {
    int students = tokens.size();
    turn = new int[students];
    lastQuestion = new int[students];
    lastVariant = new int[students];
    for (int i = 0; i < students; i++) {
      JsonNode attempt = attempts.get(i);
      List<String> ids = new ArrayList<>();
      JsonNode questions = attempt.get("questions");
      byte[][][] perQuestion = new byte[questions.size()][VARIANTS][];
      String[][] bodyText = new String[questions.size()][VARIANTS];
      for (int q = 0; q < questions.size(); q++) {
        JsonNode question = questions.get(q);
        ids.add(question.get("id").asText());
        for (int v = 0; v < VARIANTS; v++) {
          String body = LoadClient.JSON.writeValueAsString(LoadBenchmark.answerFor(question, v + 1));
          bodyText[q][v] = body;
          perQuestion[q][v] = request(hostPort, "PUT", "/api/attempts/" + attempt.get("id").asLong() + "/answers/"
              + question.get("id").asText(), tokens.get(i), body);
        }
      }
      questionIds.add(ids);
      requests.add(perQuestion);
      bodies.add(bodyText);
      acknowledged.add(new HashMap<>());
    }
  }

  /** A complete HTTP/1.1 request with a bearer token and, when {@code body} is not null, a JSON body. */
  static byte[] request(String hostPort, String method, String path, String token, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String head = String.format(Locale.ROOT, "%s %s HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\n%s\r\n", method, path,
        hostPort, token, body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n");
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(content, 0, all, headBytes.length, content.length);
    return all;
  }

  @Override
  public byte[] request(int student) {
    byte[][][] mine = requests.get(student);
    int t = turn[student]++;
    lastQuestion[student] = t % mine.length;
    lastVariant[student] = (t / mine.length) % VARIANTS;
    return mine[lastQuestion[student]][lastVariant[student]];
  }

  @Override
  public void answered(int student, int status) {
    if (status == 204) {
      acknowledged.get(student).put(questionIds.get(student).get(lastQuestion[student]),
          bodies.get(student)[lastQuestion[student]][lastVariant[student]]);
    }
  }

  /** Question id to the JSON of the last answer the server acknowledged for it. */
  Map<String, String> acknowledged(int student) {
    return acknowledged.get(student);
  }
}
