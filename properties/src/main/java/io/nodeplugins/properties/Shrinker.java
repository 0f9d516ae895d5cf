package io.nodeplugins.properties;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a failing sequence: delta debugging (Zeller's ddmin) down to a 1-minimal sequence, one
 * from which removing any single step makes the failure go away; then simplification of the steps'
 * arguments and of the whole sequence (renamed nodes), followed by delta debugging again until
 * nothing changes. A candidate counts as failing only with the same {@link Failure#signature()}, so
 * shrinking cannot slip from one bug to another. Not thread-safe; one instance per shrink.
 *
 * @param <T> the step type
 */
final class Shrinker<T> {

    /** Reruns allowed per shrink; enough for sequences of the default length many times over. */
    static final int BUDGET = 4000;

    private final SequenceProperty<T> property;
    private final String signature;
    private int runs;
    private Failure lastFailure;

    Shrinker(SequenceProperty<T> property, Failure original) {
        this.property = property;
        this.signature = original.signature();
        this.lastFailure = original;
    }

    /** The shrunk sequence and what it proves. */
    record Shrunk<T>(List<T> steps, Failure failure, boolean oneMinimal, int runs) {
    }

    Shrunk<T> shrink(List<T> failing) {
        List<T> current = List.copyOf(failing);
        Failure failure = lastFailure;
        for (int round = 0; round < 8; round++) {
            current = ddmin(current);
            List<T> simpler = simplify(current);
            if (simpler.equals(current)) {
                break;
            }
            current = simpler;
        }
        // Confirm the result and fetch its failure (step indices refer to the shrunk sequence).
        if (fails(current)) {
            failure = lastFailure;
        } else {
            current = List.copyOf(failing); // flaky: keep what is known to fail
        }
        return new Shrunk<>(current, failure, isOneMinimal(current), runs);
    }

    private boolean isOneMinimal(List<T> steps) {
        if (runs >= BUDGET) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (fails(without(steps, i, i + 1))) {
                return false;
            }
        }
        return true;
    }

    private List<T> ddmin(List<T> input) {
        List<T> c = input;
        int n = 2;
        while (c.size() >= 2 && runs < BUDGET) {
            n = Math.min(n, c.size());
            List<List<T>> parts = split(c, n);
            List<T> reduced = null;
            for (List<T> part : parts) {
                if (fails(part)) {
                    reduced = part;
                    n = 2;
                    break;
                }
            }
            if (reduced == null && n > 2) {
                int start = 0;
                for (List<T> part : parts) {
                    List<T> complement = without(c, start, start + part.size());
                    start += part.size();
                    if (fails(complement)) {
                        reduced = complement;
                        n = Math.max(n - 1, 2);
                        break;
                    }
                }
            }
            if (reduced != null) {
                c = reduced;
            } else if (n >= c.size()) {
                break;
            } else {
                n = Math.min(2 * n, c.size());
            }
        }
        if (c.size() == 1 && fails(List.of())) {
            return List.of();
        }
        return c;
    }

    private List<T> simplify(List<T> input) {
        List<T> c = new ArrayList<>(input);
        for (int i = 0; i < c.size() && runs < BUDGET; i++) {
            boolean changed = true;
            while (changed && runs < BUDGET) {
                changed = false;
                for (T simpler : property.simplifications(c.get(i))) {
                    List<T> candidate = new ArrayList<>(c);
                    candidate.set(i, simpler);
                    if (fails(candidate)) {
                        c = candidate;
                        changed = true;
                        break;
                    }
                }
            }
        }
        boolean changed = true;
        while (changed && runs < BUDGET) {
            changed = false;
            for (List<T> candidate : property.simplifications(c)) {
                if (!candidate.equals(c) && fails(candidate)) {
                    c = new ArrayList<>(candidate);
                    changed = true;
                    break;
                }
            }
        }
        return List.copyOf(c);
    }

    private boolean fails(List<T> candidate) {
        runs++;
        Failure f = property.check().check(candidate);
        if (f != null && f.signature().equals(signature)) {
            lastFailure = f;
            return true;
        }
        return false;
    }

    private static <T> List<List<T>> split(List<T> c, int n) {
        List<List<T>> parts = new ArrayList<>(n);
        int start = 0;
        for (int i = 0; i < n; i++) {
            int end = start + (c.size() - start) / (n - i);
            parts.add(List.copyOf(c.subList(start, end)));
            start = end;
        }
        return parts;
    }

    private static <T> List<T> without(List<T> c, int from, int to) {
        List<T> rest = new ArrayList<>(c.subList(0, from));
        rest.addAll(c.subList(to, c.size()));
        return List.copyOf(rest);
    }
}
