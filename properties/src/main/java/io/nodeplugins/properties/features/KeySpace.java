package io.nodeplugins.properties.features;

import java.util.List;
import java.util.Objects;

/**
 * The keys a registry accepts, as the suites draw them: valid keys from a small space so that
 * registrations collide (the first two most often; shrinking renames towards the front), and, for a
 * registry that rejects bad input, malformed keys it must reject. Immutable.
 *
 * @param name         what the keys are, for the report: "node names (DNS-1123 subdomains)"
 * @param valid        valid keys, simplest first; at least two
 * @param malformed    keys the registry must reject with {@code IllegalArgumentException} (when it
 *                     offers {@link Feature#BAD_INPUT}), shortest first; may be empty
 * @param emptyKeyHint what the message for the empty key must contain, or null if nothing special
 *                     (node names: "scheduled", since an empty node name is an unscheduled pod)
 */
public record KeySpace(String name, List<String> valid, List<String> malformed, String emptyKeyHint) {

    /** Kubernetes node names: DNS-1123 subdomains; the empty name is an unscheduled pod. */
    public static final KeySpace NODE_NAMES = new KeySpace("node names (DNS-1123 subdomains)",
            List.of("node-a", "node-b", "worker-1.zone-a", "n", "a".repeat(253)),
            List.of("", " ", "\t", "A", "-", ".", "a-", "-a", "a.", ".a", "a..b", "a_b", "ü", "a-.b", "Node-A",
                    "node-a\n", "nöde-1", "узел-1", " node-a", "a".repeat(254)),
            "scheduled");

    /** Any string that is not blank: policy names, driver names, device ids. */
    public static final KeySpace NON_BLANK = new KeySpace("any non-blank string",
            List.of("a", "b", "round_robin", "Pick First", "ü-policy", "x".repeat(300)),
            List.of("", " ", "\t", "\n"), null);

    /**
     * Checks the lists.
     *
     * @throws IllegalArgumentException if there are fewer than two valid keys, or a key is in both lists
     */
    public KeySpace {
        Objects.requireNonNull(name, "name");
        valid = List.copyOf(valid);
        malformed = List.copyOf(malformed);
        if (valid.size() < 2) {
            throw new IllegalArgumentException("a key space needs at least two valid keys, so that registrations of"
                    + " distinct keys meet; got " + valid);
        }
        for (String key : malformed) {
            if (valid.contains(key)) {
                throw new IllegalArgumentException("key '" + key + "' is both valid and malformed");
            }
        }
    }

    /**
     * Returns a key space of the given keys, with no malformed ones.
     *
     * @param name  what the keys are
     * @param valid valid keys, simplest first; at least two
     * @return the key space
     */
    public static KeySpace of(String name, List<String> valid) {
        return new KeySpace(name, valid, List.of(), null);
    }

    /**
     * Returns this key space with keys the registry must reject.
     *
     * @param keys malformed keys, shortest first
     * @return the new key space
     */
    public KeySpace rejecting(List<String> keys) {
        return new KeySpace(name, valid, keys, emptyKeyHint);
    }
}
