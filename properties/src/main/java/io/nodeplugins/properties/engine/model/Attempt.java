package io.nodeplugins.properties.engine.model;

import java.util.Optional;
import java.util.concurrent.Callable;

/** Runs one registry call and turns its return value or exception into an {@link Outcome}. */
final class Attempt {

    private Attempt() {
    }

    /**
     * Calls {@code call}; a returned string becomes the value, an exception the outcome.
     *
     * @param call    the registry call, rendering its result
     * @param subject what message checks need to know (see {@link Outcome#thrown})
     * @return the outcome
     */
    static Outcome of(Callable<String> call, String subject) {
        try {
            return Outcome.returned(call.call());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.thrown(e, subject);
        } catch (Exception e) {
            return Outcome.thrown(e, subject);
        }
    }

    /** Renders a returned plugin; a null or half-built plugin is rendered so that it never matches. */
    static String plugin(Plugin plugin) {
        if (plugin == null) {
            return "null";
        }
        return plugin.isFullyConstructed() ? plugin.id() : "partly constructed plugin " + plugin.id();
    }

    /** Renders a returned Optional of a plugin. */
    static String plugin(Optional<Plugin> plugin) {
        if (plugin == null) {
            return "null (an Optional was expected)";
        }
        return plugin.map(p -> "Optional[" + plugin(p) + "]").orElse("Optional.empty");
    }

    /** Renders the expected Optional of a plugin id. */
    static String pluginId(Optional<String> id) {
        return id.map(p -> "Optional[" + p + "]").orElse("Optional.empty");
    }

    /** Renders a Java string literal, abbreviating long runs of one character. */
    static String literal(String s) {
        if (s == null) {
            return "null";
        }
        if (s.length() > 20 && s.chars().allMatch(c -> c == s.charAt(0))) {
            return literal(String.valueOf(s.charAt(0))) + ".repeat(" + s.length() + ")";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /**
     * The expectation of an await (C6, C9): a present plugin at once, even after close; for an
     * absent one {@code whenAbsent} while open, IllegalStateException once closed.
     */
    static Transition awaited(RegistryModel model, String node, Outcome whenAbsent) {
        if (model.current(node).isPresent()) {
            return new Transition(model, Outcome.returned(model.current(node).get()));
        }
        if (model.isClosed()) {
            return new Transition(model, Outcome.threw(IllegalStateException.class, null));
        }
        return new Transition(model, whenAbsent);
    }

    /** Renames a node. */
    static String rename(String node, String from, String to) {
        return node.equals(from) ? to : node;
    }
}
