package org.factquiz.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into blocks at blank lines. Inside a run of lines, a line that ends a sentence starts
 * a new block (one paragraph per line), a wrapped line continues its paragraph, and a run of short
 * lines that end no sentence is a menu, one block per line.
 */
final class BlockSplitter {
  private static final int SHORT_LINE = 40;

  List<Block> split(String text) {
    List<int[]> lines = lines(text);
    List<Block> blocks = new ArrayList<>();
    List<int[]> run = new ArrayList<>();
    for (int[] line : lines) {
      if (text.substring(line[0], line[1]).isBlank()) {
        flush(text, run, blocks);
      } else {
        run.add(line);
      }
    }
    flush(text, run, blocks);
    return blocks;
  }

  private static void flush(String text, List<int[]> run, List<Block> out) {
    if (run.isEmpty()) {
      return;
    }
    if (run.size() > 1 && run.stream().allMatch(l -> isShortFragment(text, l))) {
      for (int[] l : run) {
        out.add(block(text, l[0], l[1], true));
      }
      run.clear();
      return;
    }
    int start = run.get(0)[0];
    for (int i = 0; i < run.size(); i++) {
      int[] l = run.get(i);
      boolean last = i == run.size() - 1;
      if (last || !continues(text, l, run.get(i + 1))) {
        out.add(block(text, start, l[1], false));
        if (!last) {
          start = run.get(i + 1)[0];
        }
      }
    }
    run.clear();
  }

  private static boolean isShortFragment(String text, int[] l) {
    String s = text.substring(l[0], l[1]).strip();
    return s.length() <= SHORT_LINE && !block(text, l[0], l[1], false).endsLikeSentence();
  }

  /** A wrapped line: it ends no sentence and the next line goes on in lower case or it is long. */
  private static boolean continues(String text, int[] line, int[] next) {
    Block b = block(text, line[0], line[1], false);
    if (b.endsLikeSentence()) {
      return false;
    }
    String n = text.substring(next[0], next[1]).strip();
    return !n.isEmpty() && (Character.isLowerCase(n.charAt(0)) || b.text().strip().length() >= 50);
  }

  private static Block block(String text, int start, int end, boolean menu) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Block(start, end, text.substring(start, end), menu);
  }

  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new int[] {start, i});
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(new int[] {start, text.length()});
    }
    return lines;
  }
}
