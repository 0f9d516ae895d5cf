package io.nodeplugins.properties.suite;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the report's Markdown into a standalone HTML page, so that {@code index.html} shows exactly
 * what {@code summary.md} says. Knows only the Markdown the report writes: {@code #} headings,
 * {@code -} bullets, pipe tables (the second row is the separator), fenced code blocks (copied
 * verbatim, escaped), paragraphs, and inline {@code `code`} and {@code **bold**}. Table cells that
 * start with "pass" or "FAIL" get the CSS class {@code pass} or {@code fail}. Stateless.
 */
final class MarkdownPage {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final String STYLE = "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #999;padding:4px 8px}.pass{background:#d8f5d8}.fail{background:#f8d0d0}"
            + "pre{background:#f4f4f4;padding:8px;overflow-x:auto}";

    private MarkdownPage() {
    }

    /**
     * Renders {@code markdown} as an HTML page.
     *
     * @param title    the page title
     * @param markdown the report's Markdown
     * @return the HTML page
     */
    static String toHtml(String title, String markdown) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); ) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith("```")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                h.append("<pre>").append(escape(String.join("\n", lines.subList(i + 1, end)))).append("</pre>\n");
                i = end + 1;
            } else if (line.startsWith("#")) {
                int level = line.indexOf(' ');
                h.append("<h").append(level).append('>').append(inline(line.substring(level + 1)))
                        .append("</h").append(level).append(">\n");
                i++;
            } else {
                String kind = line.startsWith("- ") ? "- " : line.startsWith("|") ? "|" : "";
                int end = i;
                while (end < lines.size() && !lines.get(end).isBlank() && blockOf(lines.get(end)).equals(kind)) {
                    end++;
                }
                List<String> block = lines.subList(i, end);
                switch (kind) {
                    case "- " -> list(block, h);
                    case "|" -> table(block, h);
                    default -> h.append("<p>").append(inline(String.join("\n", block))).append("</p>\n");
                }
                i = end;
            }
        }
        return h.append("</body></html>\n").toString();
    }

    private static String blockOf(String line) {
        return line.startsWith("- ") ? "- " : line.startsWith("|") ? "|" : line.startsWith("#") || line.startsWith("```")
                ? "other" : "";
    }

    private static void list(List<String> items, StringBuilder h) {
        h.append("<ul>");
        items.forEach(item -> h.append("<li>").append(inline(item.substring(2))).append("</li>"));
        h.append("</ul>\n");
    }

    private static void table(List<String> rows, StringBuilder h) {
        h.append("<table>\n");
        for (int r = 0; r < rows.size(); r++) {
            if (r == 1) {
                continue; // the |---| separator
            }
            String row = rows.get(r).strip();
            String[] cells = row.substring(1, row.length() - 1).split("\\|", -1);
            h.append("<tr>");
            for (String cell : cells) {
                String text = cell.strip();
                String css = r == 0 ? "" : text.startsWith("FAIL") ? " class=\"fail\"" : text.startsWith("pass")
                        ? " class=\"pass\"" : "";
                String tag = r == 0 ? "th" : "td";
                h.append('<').append(tag).append(css).append('>').append(inline(text)).append("</").append(tag).append('>');
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static String inline(String text) {
        String html = CODE.matcher(escape(text)).replaceAll("<code>$1</code>");
        return BOLD.matcher(html).replaceAll("<b>$1</b>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
