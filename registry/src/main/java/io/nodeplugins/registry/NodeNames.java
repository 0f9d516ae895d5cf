package io.nodeplugins.registry;

/**
 * The rules for Kubernetes node names (C10): a node name is a DNS-1123 subdomain, that is at most
 * {@value #MAX_LENGTH} characters of lower-case letters, digits, '-' and '.', made of labels that
 * start and end with a letter or digit. The empty string gets its own message, because it is what a
 * pod's {@code spec.nodeName} holds before the pod is scheduled, the root cause of the DRA e2e
 * panic this project was written after. Stateless and thread-safe.
 */
public final class NodeNames {

    /** The longest valid node name. */
    public static final int MAX_LENGTH = 253;

    /** The rule a node registry applies to its keys. */
    public static final KeyRule<String> RULE = NodeNames::check;

    private NodeNames() {
    }

    /**
     * Returns whether {@code name} is a valid node name.
     *
     * @param name the candidate; null is invalid
     * @return true if it is a DNS-1123 subdomain of at most {@value #MAX_LENGTH} characters
     */
    public static boolean isValid(String name) {
        return name != null && problem(name) == null;
    }

    /**
     * Checks a node name.
     *
     * @param name the candidate
     * @return {@code name}, for chaining
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if it is not a valid node name, saying why
     */
    public static String check(String name) {
        if (name == null) {
            throw new NullPointerException("node name is null");
        }
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return name;
    }

    private static String problem(String name) {
        if (name.isEmpty()) {
            return "node name is empty: the pod has probably not been scheduled yet (spec.nodeName is set by the "
                    + "scheduler); wait until the pod is scheduled, then use its node name";
        }
        if (name.isBlank()) {
            return "node name '" + name + "' is blank: a node name is a DNS-1123 subdomain such as 'worker-1'";
        }
        if (name.length() > MAX_LENGTH) {
            return "node name '" + name.substring(0, 40) + "...' is " + name.length()
                    + " characters long; the maximum is " + MAX_LENGTH;
        }
        int labelStart = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (i == labelStart) {
                    return "node name '" + name + "' has an empty label at index " + i
                            + ": a dot must sit between letters or digits";
                }
                if (name.charAt(i - 1) == '-') {
                    return "node name '" + name + "' has a label ending with '-' at index " + (i - 1)
                            + ": labels must start and end with a lower-case letter or digit";
                }
                labelStart = i + 1;
            } else if (c == '-') {
                if (i == labelStart) {
                    return "node name '" + name + "' has a label starting with '-' at index " + i
                            + ": labels must start and end with a lower-case letter or digit";
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                String what = c >= 'A' && c <= 'Z' ? "an upper-case letter" : "a character not allowed";
                return "node name '" + name + "' has " + what + " '" + printable(c) + "' at index " + i
                        + ": only lower-case letters, digits, '-' and '.' are allowed (DNS-1123 subdomain)";
            }
        }
        int last = name.length() - 1;
        if (name.charAt(last) == '.') {
            return "node name '" + name + "' ends with '.': labels must start and end with a lower-case letter or digit";
        }
        if (name.charAt(last) == '-') {
            return "node name '" + name + "' ends with '-': labels must start and end with a lower-case letter or digit";
        }
        return null;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
