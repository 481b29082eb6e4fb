package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the roles an article gives a person around a name: titles before it ("State Department
 * spokesman Jon Berg"), appositives after it (", Norway's ambassador to the UN,"
 * or "-- formerly head of ... --"), a fronted appositive ("The director of X, Name, said"), a
 * copula ("Name is a retired officer who heads ...") and "as" ("... as UN Secretary General").
 */
final class RoleReader {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final int MAX_ROLE_TOKENS = 14;

  private final Vocabulary vocabulary = Vocabulary.get();

  /** The title written before a name: the run's prefix plus role words and names left of it. */
  String before(String text, SentenceView s, int runFirst, int nameFirst) {
    List<Token> tokens = s.tokens();
    int left = runFirst;
    while (left > 0) {
      Token t = tokens.get(left - 1);
      if (!onlySpace(text, t.end(), tokens.get(left).start())) {
        break;
      }
      boolean roleWord = !t.capitalized() && vocabulary.isRoleWord(t.text());
      boolean nameWord = t.capitalized() && !vocabulary.functionWords.contains(t.text());
      // "White House press secretary": one lower-case word between a name and a role word
      boolean qualifier = !t.capitalized() && left - 1 > 0 && tokens.get(left - 2).capitalized()
          && !vocabulary.functionWords.contains(tokens.get(left - 2).text()) && vocabulary.isRoleHead(tokens.get(left).text())
          && t.text().chars().allMatch(Character::isLetter);
      if (!roleWord && !nameWord && !qualifier) {
        break;
      }
      left--;
    }
    if (left == nameFirst) {
      return null;
    }
    boolean hasHead = false;
    for (int i = left; i < nameFirst; i++) {
      String w = tokens.get(i).text();
      hasHead |= vocabulary.isRoleHead(w) || vocabulary.ranks.contains(w) || isHeadCompound(w);
    }
    if (!hasHead) {
      return null;
    }
    int end = tokens.get(nameFirst - 1).end();
    while (left < nameFirst && vocabulary.honorifics.contains(tokens.get(left).text())) {
      left++;
    }
    int cut = nameFirst;
    while (cut > left && vocabulary.honorifics.contains(tokens.get(cut - 1).text())) {
      cut--;
    }
    if (cut == left) {
      return null;
    }
    end = tokens.get(cut - 1).end();
    return text.substring(tokens.get(left).start(), end).strip();
  }

  /** Roles written after a name that ends at token index {@code nameLast}. */
  List<String> after(String text, SentenceView s, int nameLast) {
    List<String> roles = new ArrayList<>();
    List<Token> tokens = s.tokens();
    int pos = tokens.get(nameLast).end();
    String rest = text.substring(pos, s.end());
    if (rest.startsWith(", ")) {
      int close = rest.indexOf(',', 2);
      String phrase = (close < 0 ? rest.substring(2) : rest.substring(2, close)).strip();
      phrase = stripFinalStop(phrase);
      if ((close > 0 || rest.strip().endsWith(".")) && isRolePhrase(phrase, false)) {
        roles.add(dropDeterminer(phrase));
      }
    } else if (rest.startsWith(" -- ") || rest.startsWith(" \u2014 ") || rest.startsWith("\u2014")) {
      String dash = rest.startsWith(" -- ") ? "--" : "\u2014";
      int open = rest.indexOf(dash) + dash.length();
      int close = rest.indexOf(dash, open);
      if (close > 0) {
        String phrase = rest.substring(open, close).strip();
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.startsWith("who is ") || lower.startsWith("who was ")) {
          roles.add(phrase.substring(phrase.indexOf(' ', 4) + 1));
        } else if (isRolePhrase(phrase, true)) {
          roles.add(dropDeterminer(phrase));
        }
      }
    } else if (rest.startsWith(" is a ") || rest.startsWith(" is an ") || rest.startsWith(" was a ") || rest.startsWith(" was an ")) {
      copula(rest.substring(rest.indexOf(' ', 1) + 1), roles);
    }
    asRole(rest, roles);
    return roles;
  }

  /** "The director of X, Name, said": the role fronted before the name. */
  String fronted(String text, SentenceView s, int runFirst) {
    List<Token> tokens = s.tokens();
    if (runFirst < 2) {
      return null;
    }
    String before = text.substring(s.start(), tokens.get(runFirst).start());
    if (!before.endsWith(", ")) {
      return null;
    }
    String phrase = before.substring(0, before.length() - 2).strip();
    phrase = phrase.substring(phrase.lastIndexOf(", ") + 1).strip(); // "Speaking outside court, the lawyer, Name,"
    String lower = phrase.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("the ") || lower.startsWith("a ")) && isRolePhrase(phrase, false)) {
      return dropDeterminer(phrase);
    }
    return null;
  }

  private void copula(String phrase, List<String> roles) {
    String p = stripFinalStop(phrase);
    int who = p.indexOf(" who ");
    String head = who > 0 ? p.substring(0, who) : p;
    int comma = head.indexOf(',');
    if (comma > 0) {
      head = head.substring(0, comma);
    }
    if (isRolePhrase(head, false)) {
      roles.add(dropDeterminer(head));
    }
    if (who > 0) {
      String clause = p.substring(who + 5);
      if (clause.startsWith("heads ")) {
        String obj = clause.substring(6);
        roles.add("head " + (obj.startsWith("of ") ? obj : "of " + obj));
      }
    }
  }

  private void asRole(String rest, List<String> roles) {
    int as = rest.indexOf(" as ");
    if (as < 0 || as > 60 || namesSomeoneElse(rest.substring(0, as))) {
      return;
    }
    String[] words = rest.substring(as + 4).split("\\s+");
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      String bare = w.replaceAll("[^\\p{L}\\-/']", "");
      boolean capital = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
      if (bare.isEmpty() || !(capital || vocabulary.isRoleWord(bare)) || vocabulary.functionWords.contains(bare)) {
        break;
      }
      kept.add(bare);
      if (!w.equals(bare)) {
        break;
      }
    }
    if (!kept.isEmpty() && kept.stream().anyMatch(vocabulary::isRoleHead)) {
      roles.add(String.join(" ", kept));
    }
  }

  /** Whether a stretch between a name and "as" holds another name ("remove Smith as speaker"). */
  private boolean namesSomeoneElse(String between) {
    for (String w : between.split("[^\\p{L}'\\-.]+")) {
      String bare = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
      if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !vocabulary.isCountryWord(bare)
          && !vocabulary.places.contains(bare) && !vocabulary.knownBodies.containsKey(bare) && !bare.matches("\\p{Lu}-.*")) {
        return true;
      }
    }
    return false;
  }

  private boolean isRolePhrase(String phrase, boolean allowFormerly) {
    String[] words = phrase.split("\\s+");
    if (words.length == 0 || words.length > MAX_ROLE_TOKENS || phrase.contains("\"") || phrase.contains("\u201c")) {
      return false;
    }
    String first = words[0].toLowerCase(Locale.ROOT);
    boolean goodStart = DETERMINERS.contains(first) || words[0].endsWith("'s") || words[0].endsWith("\u2019s")
        || vocabulary.isRoleWord(first) || (allowFormerly && (first.equals("formerly") || first.equals("once")));
    if (!goodStart) {
      return false;
    }
    for (String w : words) {
      String bare = w.replaceAll("[^\\p{L}\\-]", "");
      if (vocabulary.isRoleHead(bare) || isHeadCompound(bare)) {
        return true;
      }
    }
    return false;
  }

  /** "Secretary-General", "think-tank"-free compounds whose parts are role words. */
  private boolean isHeadCompound(String word) {
    if (!word.contains("-")) {
      return false;
    }
    for (String part : word.split("-")) {
      if (vocabulary.isRoleHead(part)) {
        return true;
      }
    }
    return false;
  }

  private static String dropDeterminer(String phrase) {
    String[] parts = phrase.split("\\s+", 2);
    return parts.length == 2 && DETERMINERS.contains(parts[0].toLowerCase(Locale.ROOT)) ? parts[1] : phrase;
  }

  private static String stripFinalStop(String phrase) {
    String p = phrase.strip();
    while (p.endsWith(".") || p.endsWith(",") || p.endsWith(";")) {
      p = p.substring(0, p.length() - 1).strip();
    }
    return p;
  }

  private static boolean onlySpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
