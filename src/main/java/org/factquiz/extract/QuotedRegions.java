package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a paragraph that lie inside quotation marks (straight or curly). A quote left
 * open runs to the paragraph's end, one closed without an opening starts at the paragraph's start,
 * as happens when a quotation spans several paragraphs.
 */
final class QuotedRegions {
  private final List<int[]> regions;

  private QuotedRegions(List<int[]> regions) {
    this.regions = regions;
  }

  /** Regions as offsets into {@code text}. */
  static QuotedRegions of(String text) {
    List<int[]> regions = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u201c' && open < 0) {
        open = i;
      } else if (c == '\u201d') {
        int start = open >= 0 ? open : regions.isEmpty() ? 0 : regions.get(regions.size() - 1)[1];
        regions.add(new int[] {start, i + 1});
        open = -1;
      } else if (c == '"' && open < 0) {
        open = i;
      } else if (c == '"') {
        regions.add(new int[] {open, i + 1});
        open = -1;
      }
    }
    if (open >= 0) {
      regions.add(new int[] {open, text.length()});
    }
    return new QuotedRegions(regions);
  }

  /** Regions are in text order and do not overlap, so a binary search finds the candidate. */
  boolean contains(int offset) {
    int low = 0;
    int high = regions.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int[] region = regions.get(mid);
      if (offset < region[0]) {
        high = mid - 1;
      } else if (offset >= region[1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
