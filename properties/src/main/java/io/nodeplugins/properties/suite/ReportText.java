package io.nodeplugins.properties.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text safe for every report file: no control characters (a Lincheck trace or a registry's
 * message may carry a NUL byte, which breaks XML and terminals) and no absolute path of this machine
 * (a report is shared, archived by CI and merged on another machine). Stateless and thread-safe.
 */
final class ReportText {

    /**
     * An absolute path: a slash not preceded by a word character, a dot, a colon, a slash or a
     * tilde (so not {@code java.base/java.lang}, {@code https://host}, {@code 6/6} or {@code ~/x}),
     * followed by at least one path character.
     */
    private static final Pattern ABSOLUTE = Pattern.compile("(?<![\\w.:/~-])/[\\w.@+-][^\\s'\"`:;,()<>|\\[\\]{}=]*");

    private ReportText() {
    }

    /**
     * Cleans one piece of report text: control characters other than newline and tab become
     * {@code \}{@code uXXXX} escapes, a carriage return is dropped, and every absolute path that starts
     * in an existing top-level directory becomes relative to the working directory.
     *
     * @param text the text, or null
     * @return the clean text; empty for null
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c < 0xa0 || c == 0xfffe || c == 0xffff
                    || Character.isSurrogate(c) && !validSurrogate(text, i);
            out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return relativePaths(out.toString());
    }

    /** Whether the surrogate at {@code i} is half of a pair (a lone one has no UTF-8 encoding). */
    static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static String relativePaths(String text) {
        if (text.indexOf('/') < 0) {
            return text;
        }
        Matcher m = ABSOLUTE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(relative(m.group())));
        }
        return m.appendTail(out).toString();
    }

    /**
     * Returns a path relative to the working directory if it is an absolute path of this machine
     * (its first directory exists), else unchanged.
     *
     * @param path the path as written
     * @return the relative path ({@code .} for the working directory itself), or {@code path}
     */
    static String relative(String path) {
        try {
            Path p = Path.of(path);
            if (!p.isAbsolute() || p.getNameCount() == 0 || !Files.isDirectory(p.getRoot().resolve(p.getName(0)))) {
                return path;
            }
            String relative = Path.of("").toAbsolutePath().relativize(p.normalize()).toString();
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException e) { // InvalidPathException too
            return path;
        }
    }
}
