package dev.labelsdk.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table, printed with aligned columns (and pasteable into Markdown). */
final class Table {

  private final String title;
  private final List<String[]> rows = new ArrayList<>();

  Table(String title, String... header) {
    this.title = title;
    rows.add(header);
  }

  Table row(Object... cells) {
    String[] text = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      text[i] = String.valueOf(cells[i]);
    }
    rows.add(text);
    return this;
  }

  void print() {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder("\n### ").append(title).append("\n\n");
    for (int r = 0; r < rows.size(); r++) {
      out.append('|');
      for (int i = 0; i < columns; i++) {
        out.append(' ').append(pad(rows.get(r)[i], width[i])).append(" |");
      }
      out.append('\n');
      if (r == 0) {
        out.append('|');
        for (int i = 0; i < columns; i++) {
          out.append('-').append("-".repeat(width[i])).append("-|");
        }
        out.append('\n');
      }
    }
    System.out.print(out);
    System.out.flush();
  }

  static String ratio(double value) {
    return String.format("%.2f", value);
  }

  static String number(double value) {
    return value >= 100 ? String.format("%,.0f", value) : String.format("%.2f", value);
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }
}
