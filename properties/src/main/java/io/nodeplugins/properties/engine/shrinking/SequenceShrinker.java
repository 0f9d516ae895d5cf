package io.nodeplugins.properties.engine.shrinking;

import io.nodeplugins.properties.engine.core.Failure;
import io.nodeplugins.properties.engine.sequential.SequenceProperty;
import io.nodeplugins.properties.engine.core.Failure;
import io.nodeplugins.properties.engine.core.Property;
import io.nodeplugins.properties.engine.core.Shrunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Shrinks a failing sequence of steps: delta debugging (Zeller's ddmin) down to a 1-minimal
 * sequence, one from which removing any single step makes the failure go away; then simplification
 * of the steps' arguments and of the whole sequence (renamed nodes), followed by delta debugging
 * again until nothing changes. A candidate counts as failing only with the same
 * {@link Failure#signature()}, so shrinking cannot slip from one bug to another. Stateless between
 * shrinks; each {@link #shrink} keeps its own state, so one instance may serve several threads.
 *
 * @param <T> the step type
 */
public final class SequenceShrinker<T> implements Property.SequenceShrinker<List<T>> {

    /** Reruns allowed per shrink; enough for sequences of the default length many times over. */
    static final int BUDGET = 4000;

    private final Property.Trial<List<T>> trial;
    private final Function<T, List<T>> stepSimplifier;
    private final Function<List<T>, List<List<T>>> sequenceSimplifier;

    /**
     * Creates a shrinker.
     *
     * @param trial              reruns candidates
     * @param stepSimplifier     one step to simpler variants, simplest first
     * @param sequenceSimplifier a whole sequence to simpler variants of the same length
     */
    public SequenceShrinker(Property.Trial<List<T>> trial, Function<T, List<T>> stepSimplifier,
                            Function<List<T>, List<List<T>>> sequenceSimplifier) {
        this.trial = Objects.requireNonNull(trial, "trial");
        this.stepSimplifier = Objects.requireNonNull(stepSimplifier, "stepSimplifier");
        this.sequenceSimplifier = Objects.requireNonNull(sequenceSimplifier, "sequenceSimplifier");
    }

    @Override
    public Shrunk<List<T>> shrink(List<T> failing, Failure failure) {
        return new Run(failure).shrink(failing);
    }

    /** The state of one shrink. */
    private final class Run {
        private final String signature;
        private int runs;
        private Failure lastFailure;

        Run(Failure original) {
            this.signature = original.signature();
            this.lastFailure = original;
        }

        Shrunk<List<T>> shrink(List<T> failing) {
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
            String how = (isOneMinimal(current) ? "1-minimal (removing any one step makes it pass)"
                    : "not verified 1-minimal (shrinking budget spent)") + ", after " + runs + " shrinking runs";
            return new Shrunk<>(current, failure, how);
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
                    for (T simpler : stepSimplifier.apply(c.get(i))) {
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
                for (List<T> candidate : sequenceSimplifier.apply(c)) {
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
            Failure f = trial.run(candidate);
            if (f != null && f.signature().equals(signature)) {
                lastFailure = f;
                return true;
            }
            return false;
        }

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
